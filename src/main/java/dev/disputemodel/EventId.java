package dev.disputemodel;

/** Identifies an event within a conflict in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class EventId extends EntityId {
  private EventId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static EventId of(String value) {
    return new EventId(value);
  }
}
