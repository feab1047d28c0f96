package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * How one JSON value of type {@code T} is read and written: a string, an id, a time, or a whole
 * object ({@link ObjectCodec}). Codecs are stateless and thread-safe; the state of one read is
 * the {@link ReadContext}.
 *
 * @param <T> the Java type of the value
 */
interface ValueCodec<T> {
  /**
   * Reads the value that begins at the parser's current token and leaves the parser on its last
   * token (the value itself, or the end of the object or array). A value that breaks the format
   * is reported to {@code in} and consumed all the same.
   *
   * @return the value, or null after reporting a problem
   * @throws IOException if the input fails or is not well-formed JSON
   */
  T read(ReadContext in) throws IOException;

  /**
   * Writes {@code value}, which is not null.
   *
   * @throws IOException if the output fails
   */
  void write(T value, JsonGenerator out) throws IOException;
}
