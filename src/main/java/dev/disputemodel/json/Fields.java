package dev.disputemodel.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Declares the fields of one kind of JSON object, in the order they are written, each once: its
 * name, whether it is required, its {@link ValueCodec} and the accessor that gives its value when
 * writing. {@link #codec} then makes the {@link ObjectCodec} from them and a build function.
 *
 * <pre>{@code
 * private static final Fields<Source> FIELDS = Fields.of();
 * private static final Slot<SourceId> ID = FIELDS.required("id", Source::id, Ids.SOURCE);
 * private static final Slot<Optional<String>> PUBLISHER =
 *     FIELDS.optional("publisher", Source::publisher, Values.STRING);
 * static final ObjectCodec<Source> CODEC = FIELDS.codec(s -> Source.builder()
 *     .id(s.get(ID)).publisher(s.get(PUBLISHER)).build());
 * }</pre>
 *
 * <p>Used only while a codec class is initialized; not thread-safe.
 *
 * @param <T> the Java type the object is read as
 */
final class Fields<T> {
  private final List<Slot<?>> slots = new ArrayList<>();

  private Fields() {}

  /** Returns an empty declaration. */
  static <T> Fields<T> of() {
    return new Fields<>();
  }

  /** Returns a declaration for a variant of a {@link UnionCodec}, whose {@code type} is {@code type}. */
  static <T> Fields<T> variant(String type) {
    Fields<T> fields = new Fields<>();
    fields.slots.add(new Slot.Tag(type));
    return fields;
  }

  /** Declares a required field, always written. */
  <V> Slot<V> required(String name, Function<? super T, V> getter, ValueCodec<V> codec) {
    Function<T, Optional<V>> present = t -> Optional.of(getter.apply(t));
    return add(new Slot.Single<V, V>(name, slots.size(), true, present, v -> v, codec));
  }

  /** Declares an optional field, written when present. */
  <V> Slot<Optional<V>> optional(
      String name, Function<? super T, Optional<V>> getter, ValueCodec<V> codec) {
    return add(new Slot.Single<>(name, slots.size(), false, getter, Optional::ofNullable, codec));
  }

  /** Declares an optional array, written when not empty; an absent array is empty. */
  <V> Slot<List<V>> list(
      String name, Function<? super T, ? extends Collection<V>> getter, ValueCodec<V> codec) {
    return add(new Slot.Many<>(name, slots.size(), false, getter, codec));
  }

  /** Declares a required array, written when not empty. */
  <V> Slot<List<V>> requiredList(
      String name, Function<? super T, ? extends Collection<V>> getter, ValueCodec<V> codec) {
    return add(new Slot.Many<>(name, slots.size(), true, getter, codec));
  }

  /** Declares an optional whole number of the int range. */
  Slot<OptionalInt> optionalInt(String name, Function<? super T, OptionalInt> getter) {
    Function<? super T, Optional<Integer>> boxed = t -> {
      OptionalInt n = getter.apply(t);
      return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    };
    return add(new Slot.Single<>(name, slots.size(), false, boxed,
        n -> n == null ? OptionalInt.empty() : OptionalInt.of(n), Values.INT));
  }

  /** Declares an optional whole number of the long range. */
  Slot<OptionalLong> optionalLong(String name, Function<? super T, OptionalLong> getter) {
    Function<? super T, Optional<Long>> boxed = t -> {
      OptionalLong n = getter.apply(t);
      return n.isPresent() ? Optional.of(n.getAsLong()) : Optional.empty();
    };
    return add(new Slot.Single<>(name, slots.size(), false, boxed,
        n -> n == null ? OptionalLong.empty() : OptionalLong.of(n), Values.LONG));
  }

  /**
   * Returns the codec of these fields; {@code build} makes the Java object from the values read
   * and throws {@link dev.disputemodel.DisputeModelException} if they break its invariants.
   */
  ObjectCodec<T> codec(Function<Slots, T> build) {
    return new ObjectCodec<>(slots, build);
  }

  private <S extends Slot<?>> S add(S slot) {
    if (slots.size() == Long.SIZE) {
      throw new IllegalStateException("an object codec has at most 64 fields");
    }
    slots.add(slot);
    return slot;
  }
}
