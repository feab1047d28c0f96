package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;

/**
 * An object that is one of several variants, told apart by its {@code type} field (a
 * proposition, a provision). Each name is mapped explicitly to the variant's codec, declared
 * with {@link Fields#variant}: no class name is ever taken from the input. The writer puts
 * {@code type} first, so reading usually knows the variant at once; when another field comes
 * first, the object is copied and read again once its type is known.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the common type of the variants
 */
final class UnionCodec<T> implements ValueCodec<T> {
  static final String TYPE = "type";

  private final ValueCodec<ObjectCodec<? extends T>> byName;
  private final ImmutableMap<Class<?>, ObjectCodec<? extends T>> byClass;
  private final String missing;

  private UnionCodec(Builder<T> b) {
    ImmutableMap<String, ObjectCodec<? extends T>> names = b.byName.buildOrThrow();
    this.byName = Values.named(TYPE, names, ObjectCodec::tag);
    this.byClass = b.byClass.buildOrThrow();
    this.missing = "required field missing; one of " + names.keySet();
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  @Override
  public T read(ReadContext in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.reject("expected an object");
    }
    JsonParser p = in.parser();
    String first = p.nextFieldName();
    if (TYPE.equals(first)) {
      p.nextToken();
      ObjectCodec<? extends T> variant = variant(in);
      if (variant == null) {
        in.skipRestOfObject();
        return null;
      }
      Slots values = variant.slots(in);
      values.see(variant.field(TYPE));
      variant.readFields(in, values, p.nextFieldName());
      return variant.finish(in, values);
    }
    byte[] copy = in.copyRestOfObject(first);
    String path = in.path();
    ObjectCodec<? extends T> variant = in.reread(copy, path, this::findVariant);
    return variant == null ? null : in.reread(copy, path, variant::read);
  }

  /** Returns the variant named by the object's {@code type}, or null after reporting a problem. */
  private ObjectCodec<? extends T> findVariant(ReadContext in) throws IOException {
    JsonParser p = in.parser();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (name.equals(TYPE)) {
        return variant(in);
      }
      p.skipChildren();
    }
    in.problemAt(ReadContext.child(in.path(), TYPE), "(absent)", missing);
    return null;
  }

  /** Returns the variant named by the current value, or null after reporting a problem. */
  private ObjectCodec<? extends T> variant(ReadContext in) throws IOException {
    return byName.read(in);
  }

  @Override
  @SuppressWarnings("unchecked") // registered by the value's class
  public void write(T value, JsonGenerator out) throws IOException {
    ObjectCodec<T> variant = (ObjectCodec<T>) byClass.get(value.getClass());
    if (variant == null) {
      throw new IllegalArgumentException("no JSON codec for " + value.getClass());
    }
    variant.write(value, out);
  }

  /** Registers the variants; not thread-safe. */
  static final class Builder<T> {
    private final ImmutableMap.Builder<String, ObjectCodec<? extends T>> byName =
        ImmutableMap.builder();
    private final ImmutableMap.Builder<Class<?>, ObjectCodec<? extends T>> byClass =
        ImmutableMap.builder();

    /**
     * Adds the variant of objects of {@code javaType}, read and written by {@code codec}, which was
     * declared with {@link Fields#variant} and so knows its {@code type}.
     */
    <V extends T> Builder<T> variant(Class<V> javaType, ObjectCodec<V> codec) {
      byName.put(codec.tag(), codec);
      byClass.put(javaType, codec);
      return this;
    }

    UnionCodec<T> build() {
      return new UnionCodec<>(this);
    }
  }
}
