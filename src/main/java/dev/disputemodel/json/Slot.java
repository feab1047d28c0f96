package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a kind of JSON object, declared once in its type's codec with {@link Fields}: its
 * name, whether it is required, how its value is read and written, and how the value is taken
 * from the Java object. A codec's build function gets the value read with
 * {@link Slots#get(Slot)}, typed as the Java attribute is: {@code V}, {@code Optional<V>},
 * {@code List<V>}, {@code OptionalInt} or {@code OptionalLong}.
 *
 * @param <V> the type of the value as the build function gets it
 */
abstract class Slot<V> {
  final String name;
  final SerializedString key;
  final int index;
  final boolean required;

  private Slot(String name, int index, boolean required) {
    this.name = name.intern(); // as the parser gives field names: compared by identity first
    this.key = new SerializedString(name);
    this.index = index;
    this.required = required;
  }

  /**
   * Reads the field's value at the parser's current token (never JSON null): returns what
   * {@link #value} turns into the attribute's value, or null after reporting a problem.
   */
  abstract Object read(ReadContext in) throws IOException;

  /** Returns the attribute's value from what {@link #read} returned, null if the field was absent. */
  abstract V value(Object read);

  /** Writes the field of {@code owner}, unless it is empty and so left out. */
  abstract void write(Object owner, JsonGenerator out) throws IOException;

  @SuppressWarnings("unchecked") // a slot is only ever given objects of its codec's type
  private static <T, R> Function<Object, R> erased(Function<? super T, R> getter) {
    return (Function<Object, R>) getter;
  }

  /**
   * A single value: required and always written, or optional and written when present. The
   * attribute's type {@code A} is {@code V} itself, or for an optional value {@code Optional<V>},
   * {@code OptionalInt} or {@code OptionalLong}: {@code wrap} makes it from the value read (null
   * if absent), {@code unwrap} gives the value to write.
   */
  static final class Single<V, A> extends Slot<A> {
    private final Function<Object, Optional<V>> unwrap;
    private final Function<V, A> wrap;
    private final ValueCodec<V> codec;

    <T> Single(String name, int index, boolean required, Function<? super T, Optional<V>> unwrap,
        Function<V, A> wrap, ValueCodec<V> codec) {
      super(name, index, required);
      this.unwrap = erased(unwrap);
      this.wrap = wrap;
      this.codec = codec;
    }

    @Override
    Object read(ReadContext in) throws IOException {
      return codec.read(in);
    }

    @Override
    @SuppressWarnings("unchecked") // read by codec
    A value(Object read) {
      return wrap.apply((V) read);
    }

    @Override
    void write(Object owner, JsonGenerator out) throws IOException {
      Optional<V> v = unwrap.apply(owner);
      if (v.isPresent()) {
        out.writeFieldName(key);
        codec.write(v.get(), out);
      }
    }
  }

  /** An array of values, written when not empty; absent means empty unless required. */
  static final class Many<V> extends Slot<List<V>> {
    private final Function<Object, ? extends Collection<V>> getter;
    private final ValueCodec<V> codec;

    <T> Many(String name, int index, boolean required,
        Function<? super T, ? extends Collection<V>> getter, ValueCodec<V> codec) {
      super(name, index, required);
      this.getter = erased(getter);
      this.codec = codec;
    }

    @Override
    Object read(ReadContext in) throws IOException {
      if (in.token() != JsonToken.START_ARRAY) {
        return in.reject("expected an array");
      }
      List<V> values = new ArrayList<>();
      while (in.parser().nextToken() != JsonToken.END_ARRAY) {
        V v = codec.read(in);
        if (v != null) {
          values.add(v);
        }
      }
      return values;
    }

    @Override
    @SuppressWarnings("unchecked") // read by read()
    List<V> value(Object read) {
      return read == null ? List.of() : (List<V>) read;
    }

    @Override
    void write(Object owner, JsonGenerator out) throws IOException {
      Collection<V> values = getter.apply(owner);
      if (!values.isEmpty()) {
        out.writeFieldName(key);
        out.writeStartArray();
        for (V v : values) {
          codec.write(v, out);
        }
        out.writeEndArray();
      }
    }
  }

  /**
   * The {@code type} of one variant of a {@link UnionCodec}: written first, with the variant's
   * name; when read, already checked by the union, so the value is skipped.
   */
  static final class Tag extends Slot<String> {
    private final SerializedString type;

    Tag(String type) {
      super(UnionCodec.TYPE, 0, false);
      this.type = new SerializedString(type);
    }

    @Override
    Object read(ReadContext in) throws IOException {
      in.parser().skipChildren();
      return null;
    }

    @Override
    String value(Object read) {
      return type.getValue();
    }

    @Override
    void write(Object owner, JsonGenerator out) throws IOException {
      out.writeFieldName(key);
      out.writeString(type);
    }
  }
}
