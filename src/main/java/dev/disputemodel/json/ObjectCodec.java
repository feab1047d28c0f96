package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.InvalidValueException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes one kind of JSON object from the {@link Slot fields} declared for it with
 * {@link Fields}. Reading streams the object's fields in any order and reports, each at its
 * path: unknown, repeated and null fields, values of the wrong type (by the field's codec),
 * required fields that are missing, and the invariants the Java type enforces when built
 * ({@link InvalidValueException}, each violation at the field it names). Nothing is built for an object with a
 * problem, or with a problem inside it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type the object is read as
 */
final class ObjectCodec<T> implements ValueCodec<T> {
  private final Slot<?>[] slots;
  private final ImmutableMap<String, Slot<?>> byName;
  private final String expected;
  private final Function<Slots, T> build;

  ObjectCodec(List<Slot<?>> slots, Function<Slots, T> build) {
    this.slots = slots.toArray(new Slot<?>[0]);
    ImmutableMap.Builder<String, Slot<?>> names = ImmutableMap.builder();
    slots.forEach(s -> names.put(s.name, s));
    this.byName = names.buildOrThrow();
    this.expected = "unknown field; expected one of " + byName.keySet();
    this.build = build;
  }

  @Override
  public T read(ReadContext in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.reject("expected an object");
    }
    Slots values = new Slots(in, slots.length);
    readFields(in, values, in.parser().nextFieldName());
    return finish(in, values);
  }

  /** Returns the slots for one object of this kind, for a reader that reads some fields itself. */
  Slots slots(ReadContext in) {
    return new Slots(in, slots.length);
  }

  /**
   * Returns the {@code type} of a variant declared with {@link Fields#variant}.
   *
   * @throws IllegalStateException if this codec is not a variant's
   */
  String tag() {
    if (!(slots[0] instanceof Slot.Tag tag)) {
      throw new IllegalStateException("not a variant: " + byName.keySet());
    }
    return tag.value(null);
  }

  /** Returns the field named {@code name}, or null if there is none. */
  Slot<?> field(String name) {
    return byName.get(name);
  }

  /**
   * Reads the fields of the current object, from the field {@code first} whose name has just been
   * read (null at the end of the object), up to the end of the object.
   */
  void readFields(ReadContext in, Slots values, String first) throws IOException {
    JsonParser p = in.parser();
    int next = 0;
    for (String name = first; name != null; name = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      Slot<?> slot = slotNamed(name, next);
      next = slot == null ? next : slot.index + 1;
      if (slot == null) {
        in.reject(expected);
      } else if (!values.see(slot)) {
        in.reject("duplicate field; a field may appear once in an object");
      } else if (token == JsonToken.VALUE_NULL) {
        in.problem("null", slot.required
            ? "null is not allowed; give a value"
            : "null is not allowed; omit the field instead");
      } else {
        values.put(slot, slot.read(in));
      }
    }
  }

  /**
   * Returns the field named {@code name}, or null if there is none. The parser gives field names
   * interned, as the slots' names are: they are compared by identity first, from {@code from}
   * (the slot after the field before, at most the number of slots, as fields usually come in the
   * order written), then looked up by value.
   */
  private Slot<?> slotNamed(String name, int from) {
    for (int i = from; i < slots.length; i++) {
      if (slots[i].name == name) {
        return slots[i];
      }
    }
    for (int i = 0; i < from; i++) {
      if (slots[i].name == name) {
        return slots[i];
      }
    }
    return byName.get(name);
  }

  /**
   * At the end of the object: reports missing required fields, then builds the Java object
   * unless a problem was found in it.
   *
   * @return the object, or null after reporting a problem
   */
  T finish(ReadContext in, Slots values) {
    String path = null;
    for (int i = 0; i < slots.length; i++) { // no iterator: this runs for every object read
      Slot<?> slot = slots[i];
      if (slot.required && !values.saw(slot)) {
        path = path == null ? in.path() : path;
        in.problemAt(ReadContext.child(path, slot.name), "(absent)", "required field missing");
      }
    }
    if (values.failed()) {
      return null;
    }
    try {
      return build.apply(values);
    } catch (InvalidValueException e) {
      for (InvalidValueException.Violation v : e.violations()) { // every one, each at its field
        Slot<?> slot = byName.get(v.field());
        String at = slot != null && values.saw(slot) ? ReadContext.child(in.path(), v.field()) : in.path();
        in.problemAt(at, v.value(), v.toString());
      }
    } catch (Refusal | DisputeModelException e) {
      in.problemAt(in.path(), values.sawAny() ? "{...}" : "{}", e.getMessage());
    }
    return null;
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    for (int i = 0; i < slots.length; i++) {
      slots[i].write(value, out);
    }
    out.writeEndObject();
  }

  /**
   * Thrown by a build function when the object as a whole is wrong, such as a period with neither
   * start nor end; reported at the object's path. Never leaves the package.
   */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message, null, false, false);
    }
  }
}
