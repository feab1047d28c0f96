package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.EntityId;
import java.io.IOException;
import java.util.function.Function;

/**
 * The ids of one kind, as JSON strings. Each id read is the one object that every reference to
 * the same entity in the document shares ({@link ReadContext#ids}); an id met before is found
 * from the parser's characters without a new string.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <I> the kind of id
 */
final class IdCodec<I extends EntityId> implements ValueCodec<I> {
  /** The kind name of the format: {@code "party"}. */
  final String kind;
  /** The place of this kind among {@link Ids#ALL}, which picks its table in a read. */
  final int index;
  private final Function<String, I> factory;

  IdCodec(String kind, int index, Function<String, I> factory) {
    this.kind = kind;
    this.index = index;
    this.factory = factory;
  }

  @Override
  public I read(ReadContext in) throws IOException {
    if (in.token() != JsonToken.VALUE_STRING) {
      return in.reject("expected a string");
    }
    JsonParser p = in.parser();
    try {
      return intern(in, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (DisputeModelException e) {
      in.problem(ReadContext.quote(p.getText()), e.getMessage());
      return null;
    }
  }

  /**
   * Returns the id with the text {@code text}, the object every reference to it in the document
   * shares.
   *
   * @throws DisputeModelException if {@code text} is not an id
   */
  I make(ReadContext in, String text) {
    char[] chars = text.toCharArray();
    return intern(in, chars, 0, chars.length);
  }

  @SuppressWarnings("unchecked") // the table of this kind holds only ids made by its factory
  private I intern(ReadContext in, char[] chars, int offset, int length) {
    IdTable table = in.ids(index);
    I id = (I) table.find(chars, offset, length);
    if (id == null) {
      id = factory.apply(new String(chars, offset, length));
      if (!in.overflowed()) { // past the problem limit nothing is built: sharing ids is moot
        table.add(id, chars, offset, length);
      }
    }
    return id;
  }

  @Override
  public void write(I value, JsonGenerator out) throws IOException {
    out.writeString(value.value());
  }
}
