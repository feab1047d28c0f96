package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.check.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes a whole {@link DisputeModel} in the JSON format documented in
 * {@code docs/json-format.md} (format version {@value #FORMAT_VERSION}).
 *
 * <p>Writing gives every entity with its fields in a fixed order, leaving out empty optional
 * values and empty collections; a time that is one whole unit is written in compact form
 * ({@code "2022-09-13 MORNING"}, as {@link dev.disputemodel.time.FuzzyTime#toString()} writes
 * it). Reading streams the document token by token, without a tree, and is strict: unknown,
 * duplicate and null fields, missing required fields, wrong types, unknown names, invalid values,
 * duplicate ids and dangling references are all collected and thrown together in one
 * {@link JsonFormatException}, each with its JSON path and offending value; a read returns a whole
 * model or nothing. A document of a newer major format version is refused. Input longer than
 * {@link #maxInputLength()} (bytes, or chars for text input) or nested deeper than
 * {@link #maxNestingDepth()} is refused as soon as the parser gets there. The format also writes
 * a consistency {@link Report}.
 *
 * <pre>{@code
 * JsonFormat json = JsonFormat.standard();
 * String text = json.write(model);
 * DisputeModel same = json.read(text);   // same.equals(model)
 * }</pre>
 *
 * <p>Requires Jackson's streaming API (jackson-core, which jackson-databind brings) on the class
 * path. Immutable and thread-safe.
 */
public final class JsonFormat {
  /** The format version this library writes: {@value}. */
  public static final String FORMAT_VERSION = "1.0";

  /** The major format version this library reads; documents of a newer major are refused. */
  static final int FORMAT_MAJOR = 1;

  /**
   * The default input limit: 512 MiB, above an indented document of a million claims (about
   * 315 MB) and below what a service reading untrusted files should accept by accident.
   */
  public static final long DEFAULT_MAX_INPUT_LENGTH = 512L * 1024 * 1024;

  /** The default nesting limit: 32 levels of objects and arrays (the format needs at most 8). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  private static final JsonFormat STANDARD =
      new JsonFormat(DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_NESTING_DEPTH, true);

  private final long maxInputLength;
  private final int maxNestingDepth;
  private final boolean pretty;
  private final JsonFactory factory;

  private JsonFormat(long maxInputLength, int maxNestingDepth, boolean pretty) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
    this.pretty = pretty;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxInputLength)
            .maxNestingDepth(maxNestingDepth)
            .build())
        .build();
  }

  /**
   * Returns the format with the default limits ({@value #DEFAULT_MAX_INPUT_LENGTH} bytes,
   * {@value #DEFAULT_MAX_NESTING_DEPTH} levels) and indented output.
   */
  public static JsonFormat standard() {
    return STANDARD;
  }

  /** Returns the largest input read, in bytes (or chars when reading text). */
  public long maxInputLength() {
    return maxInputLength;
  }

  /** Returns the deepest nesting of objects and arrays read. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Returns true if output is indented for people to read, false if compact. */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Returns a copy that refuses input longer than {@code length} bytes (chars for text input).
   *
   * @throws InvalidValueException if {@code length} is not positive
   */
  public JsonFormat withMaxInputLength(long length) {
    if (length <= 0) {
      throw new InvalidValueException("JsonFormat", "maxInputLength", length, "must be positive");
    }
    return new JsonFormat(length, maxNestingDepth, pretty);
  }

  /**
   * Returns a copy that refuses input nested deeper than {@code depth} objects and arrays.
   *
   * @throws InvalidValueException if {@code depth} is less than 1
   */
  public JsonFormat withMaxNestingDepth(int depth) {
    if (depth < 1) {
      throw new InvalidValueException("JsonFormat", "maxNestingDepth", depth, "must be at least 1");
    }
    return new JsonFormat(maxInputLength, depth, pretty);
  }

  /** Returns a copy that writes indented ({@code true}) or compact ({@code false}) output. */
  public JsonFormat withPretty(boolean indent) {
    return new JsonFormat(maxInputLength, maxNestingDepth, indent);
  }

  // ---- writing

  /** Returns {@code model} as a JSON document. */
  public String write(DisputeModel model) {
    Objects.requireNonNull(model, "model");
    return text(g -> ModelCodec.write(model, g));
  }

  /**
   * Writes {@code model} as a JSON document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(DisputeModel model, Writer out) throws IOException {
    Objects.requireNonNull(model, "model");
    write(factory.createGenerator(Objects.requireNonNull(out, "out")),
        g -> ModelCodec.write(model, g));
  }

  /**
   * Writes {@code model} as a UTF-8 JSON document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(DisputeModel model, OutputStream out) throws IOException {
    Objects.requireNonNull(model, "model");
    write(factory.createGenerator(Objects.requireNonNull(out, "out")),
        g -> ModelCodec.write(model, g));
  }

  /**
   * Writes {@code model} as a UTF-8 JSON document to the file {@code path}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(DisputeModel model, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(model, out);
    }
  }

  /**
   * Returns the consistency report {@code report} as a JSON document: counts by severity and by
   * rule, then every finding in report order, each with its rule, severity, certainty, focus,
   * path, value (an absent one is {@code null}), related entities and message
   * ({@code docs/json-format.md}).
   */
  public String write(Report report) {
    Objects.requireNonNull(report, "report");
    return text(g -> ReportCodec.write(report, g));
  }

  /**
   * Writes the consistency report {@code report} as a JSON document to {@code out}, which is
   * flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Report report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    write(factory.createGenerator(Objects.requireNonNull(out, "out")),
        g -> ReportCodec.write(report, g));
  }

  /** Writes one document with a generator. */
  private interface Document {
    void write(JsonGenerator g) throws IOException;
  }

  private String text(Document document) {
    StringWriter out = new StringWriter();
    try {
      write(factory.createGenerator(out), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void write(JsonGenerator generator, Document document) throws IOException {
    try (JsonGenerator g = generator(generator)) {
      document.write(g);
    }
  }

  private JsonGenerator generator(JsonGenerator g) {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return pretty ? g.useDefaultPrettyPrinter() : g;
  }

  // ---- reading

  /**
   * Returns the model in the JSON document {@code json}.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   */
  public DisputeModel read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(() -> factory.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
  }

  /**
   * Returns the model in the JSON document read from {@code in} (UTF-8, -16 or -32, detected),
   * which is not closed.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if {@code in} fails
   */
  public DisputeModel read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(() -> factory.createParser(in));
  }

  /**
   * Returns the model in the JSON document read from {@code in}, which is not closed.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if {@code in} fails
   */
  public DisputeModel read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(() -> factory.createParser(in));
  }

  /**
   * Returns the model in the JSON file {@code path}. A file larger than
   * {@link #maxInputLength()} is refused before it is opened.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if the file cannot be read
   */
  public DisputeModel read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > maxInputLength) {
      throw tooLong(size + " bytes");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /** Opens a parser on the caller's input. */
  private interface Input {
    JsonParser open() throws IOException;
  }

  private DisputeModel read(Input input) throws IOException {
    try (JsonParser p = input.open()) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return ModelCodec.read(new ReadContext(p));
    } catch (StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("ocument length")) {
        throw tooLong("more than " + maxInputLength);
      }
      throw new JsonFormatException(List.of(new JsonProblem(
          "$", "(input)", "refused: " + m + " (limit: maxNestingDepth " + maxNestingDepth
              + ", maxInputLength " + maxInputLength + ")")));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      throw new JsonFormatException(List.of(new JsonProblem(
          "$", "(input)", "not well-formed JSON" + where + ": " + e.getOriginalMessage())));
    }
  }

  private JsonFormatException tooLong(String length) {
    return new JsonFormatException(List.of(new JsonProblem("$", "(" + length + ")",
        "refused: input longer than the limit of " + maxInputLength
            + " (JsonFormat.withMaxInputLength)")));
  }

  /** Returns the limits and layout, for diagnostics. */
  @Override
  public String toString() {
    return "JsonFormat[" + FORMAT_VERSION + ", maxInputLength=" + maxInputLength
        + ", maxNestingDepth=" + maxNestingDepth + (pretty ? ", pretty" : ", compact") + "]";
  }
}
