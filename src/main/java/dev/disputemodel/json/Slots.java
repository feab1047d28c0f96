package dev.disputemodel.json;

import dev.disputemodel.EntityId;

/**
 * The values read for the fields of one JSON object, for its codec's build function. One per
 * object read; not thread-safe.
 */
final class Slots {
  private final ReadContext in;
  private final Object[] values;
  /** The fields seen, one bit per {@link Slot#index}. */
  private long seen;
  /** The number of problems reported before this object: more after it means it failed. */
  private final int problemsBefore;

  Slots(ReadContext in, int size) {
    this.in = in;
    this.values = new Object[size];
    this.problemsBefore = in.problemCount();
  }

  /** Returns the value of {@code slot}: the attribute's empty value if the field was absent. */
  <V> V get(Slot<V> slot) {
    return slot.value(values[slot.index]);
  }

  /**
   * Returns the id of kind {@code kind} with the text {@code text}, the object every reference to
   * it in the document shares.
   *
   * @throws dev.disputemodel.InvalidValueException if {@code text} is not an id
   */
  <I extends EntityId> I id(IdCodec<I> kind, String text) {
    return kind.make(in, text);
  }

  void put(Slot<?> slot, Object value) {
    values[slot.index] = value;
  }

  /** Marks {@code slot} seen; returns false if it had been seen already. */
  boolean see(Slot<?> slot) {
    long bit = 1L << slot.index;
    boolean first = (seen & bit) == 0;
    seen |= bit;
    return first;
  }

  boolean saw(Slot<?> slot) {
    return (seen & (1L << slot.index)) != 0;
  }

  boolean sawAny() {
    return seen != 0;
  }

  /** Returns true if a problem was reported since this object began. */
  boolean failed() {
    return in.problemCount() > problemsBefore;
  }
}
