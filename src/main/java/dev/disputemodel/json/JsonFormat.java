package dev.disputemodel.json;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.MissingDependencyException;
import dev.disputemodel.Parallelism;
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
 * {@link JsonFormatException}, each with its JSON path and offending value (the first
 * {@link #maxProblems()} listed, the rest counted); a read returns a whole model or nothing. The
 * memory a read holds grows with the model read, not with the input: no tree is built, and
 * problems beyond the limit are only counted. A document of a newer major format version is refused. Input longer than
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
 * <p>Requires Jackson ({@code com.fasterxml.jackson.core:jackson-databind}) on the class path, or
 * its module on the module path; without it {@link #standard()} throws a
 * {@link MissingDependencyException} naming it. Immutable and thread-safe.
 *
 * <p>About 400 lines because it is the package's whole public face: the settings with their
 * javadoc, and one method per kind of input and output; the work is in the codecs and
 * {@code JacksonIo}.
 */
public final class JsonFormat {
  /** The format version this library writes: {@value}. */
  public static final String FORMAT_VERSION = "1.3";

  /** The major format version this library reads; documents of a newer major are refused. */
  static final int FORMAT_MAJOR = 1;

  /**
   * The default input limit: 512 MiB, above an indented document of a million claims (about
   * 315 MB) and below what a service reading untrusted files should accept by accident.
   */
  public static final long DEFAULT_MAX_INPUT_LENGTH = 512L * 1024 * 1024;

  /** The default nesting limit: 32 levels of objects and arrays (the format needs at most 8). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /**
   * The default number of problems a failed read lists: {@value}, as a compiler lists its first
   * errors; the rest are counted ({@link JsonFormatException#omittedProblems()}).
   */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /**
   * The shortest document, in bytes, read in two parts at once when the format's
   * {@link #parallelism()} is parallel: {@value} (1 MiB). A shorter one reads faster on one
   * thread.
   */
  public static final int SPLIT_LENGTH = 1 << 20;

  /** The dependency this package needs: Maven coordinates and module name. */
  private static final String JACKSON = "com.fasterxml.jackson.core:jackson-databind";

  private static final String JACKSON_MODULE = "com.fasterxml.jackson.databind";

  /** A class of each Jackson module {@link JacksonIo} uses, probed before it is loaded. */
  private static final List<String> JACKSON_CLASSES = List.of(
      "com.fasterxml.jackson.core.StreamReadConstraints",
      "com.fasterxml.jackson.databind.ObjectMapper");

  private static volatile boolean jacksonFound;

  private final long maxInputLength;
  private final int maxNestingDepth;
  private final int maxProblems;
  private final boolean pretty;
  private final Parallelism parallelism;
  // Every use of Jackson is in JacksonIo: this class names no Jackson type, so it loads without
  // Jackson and can report the missing dependency instead of a NoClassDefFoundError.
  private final JacksonIo io;

  private JsonFormat(long maxInputLength, int maxNestingDepth, int maxProblems, boolean pretty,
      Parallelism parallelism) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxProblems = maxProblems;
    this.pretty = pretty;
    this.parallelism = parallelism;
    this.io = new JacksonIo(maxInputLength, maxNestingDepth, maxProblems);
  }

  /** The standard format, created on first use, once Jackson is known to be there. */
  private static final class Standard {
    static final JsonFormat FORMAT =
        new JsonFormat(DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_PROBLEMS,
            true, Parallelism.commonPool());
  }

  /**
   * Returns the format with the default limits ({@value #DEFAULT_MAX_INPUT_LENGTH} bytes,
   * {@value #DEFAULT_MAX_NESTING_DEPTH} levels, {@value #DEFAULT_MAX_PROBLEMS} problems listed),
   * indented output, and large documents read in two parts at once on the common fork-join pool
   * ({@link #withParallelism}).
   *
   * @throws MissingDependencyException if Jackson is not on the class path (or, on the module
   *     path, not readable by this module)
   */
  public static JsonFormat standard() {
    requireJackson();
    return Standard.FORMAT;
  }

  private static void requireJackson() {
    if (jacksonFound) {
      return;
    }
    Module self = JsonFormat.class.getModule();
    for (String name : JACKSON_CLASSES) {
      Class<?> found;
      try {
        found = Class.forName(name, false, JsonFormat.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new MissingDependencyException(
            "JSON (dev.disputemodel.json)", JACKSON, JACKSON_MODULE, name + " not found");
      }
      if (!self.canRead(found.getModule())) {
        throw new MissingDependencyException("JSON (dev.disputemodel.json)", JACKSON,
            JACKSON_MODULE, "module " + self.getName() + " does not read " + found.getModule());
      }
    }
    jacksonFound = true;
  }

  /** Returns the largest input read, in bytes (or chars when reading text). */
  public long maxInputLength() {
    return maxInputLength;
  }

  /** Returns the deepest nesting of objects and arrays read. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Returns the number of problems a failed read lists at most; the rest are counted. */
  public int maxProblems() {
    return maxProblems;
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
    return new JsonFormat(length, maxNestingDepth, maxProblems, pretty, parallelism);
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
    return new JsonFormat(maxInputLength, depth, maxProblems, pretty, parallelism);
  }

  /**
   * Returns a copy whose failed reads list at most {@code count} problems and count the rest.
   * Once more problems are found than listed, references between entities are no longer
   * checked: {@link JsonFormatException#omittedProblems()} then counts the problems found until
   * the end of the input.
   *
   * @throws InvalidValueException if {@code count} is less than 1
   */
  public JsonFormat withMaxProblems(int count) {
    if (count < 1) {
      throw new InvalidValueException("JsonFormat", "maxProblems", count, "must be at least 1");
    }
    return new JsonFormat(maxInputLength, maxNestingDepth, count, pretty, parallelism);
  }

  /** Returns a copy that writes indented ({@code true}) or compact ({@code false}) output. */
  public JsonFormat withPretty(boolean indent) {
    return new JsonFormat(maxInputLength, maxNestingDepth, maxProblems, indent, parallelism);
  }

  /**
   * Returns where a large document is read: {@link Parallelism#commonPool()} unless set by
   * {@link #withParallelism}.
   */
  public Parallelism parallelism() {
    return parallelism;
  }

  /**
   * Returns a copy that reads documents of at least {@value #SPLIT_LENGTH} bytes given as bytes
   * or files ({@link #read(byte[])}, {@link #read(Path)}) in two parts at once, one on the
   * calling thread and one forked on {@code parallelism}; with
   * {@link Parallelism#callingThread()}, every read runs on the calling thread only. The model
   * read and the problems reported do not depend on it: a document with a problem is read again
   * on the calling thread, which reports its problems as any read does.
   */
  public JsonFormat withParallelism(Parallelism parallelism) {
    Objects.requireNonNull(parallelism, "parallelism");
    return new JsonFormat(maxInputLength, maxNestingDepth, maxProblems, pretty, parallelism);
  }

  // ---- writing

  /** Returns {@code model} as a JSON document. */
  public String write(DisputeModel model) {
    Objects.requireNonNull(model, "model");
    return text(out -> write(model, out));
  }

  /** Writes one document to a writer. */
  private interface Document {
    void writeTo(Writer out) throws IOException;
  }

  private static String text(Document document) {
    StringWriter out = new StringWriter();
    try {
      document.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes {@code model} as a JSON document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(DisputeModel model, Writer out) throws IOException {
    io.write(Objects.requireNonNull(model, "model"), Objects.requireNonNull(out, "out"), pretty);
  }

  /**
   * Writes {@code model} as a UTF-8 JSON document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(DisputeModel model, OutputStream out) throws IOException {
    io.write(Objects.requireNonNull(model, "model"), Objects.requireNonNull(out, "out"), pretty);
  }

  /**
   * Writes {@code model} as a UTF-8 JSON document to the file {@code path}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(DisputeModel model, Path path) throws IOException {
    Objects.requireNonNull(model, "model");
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(path, "path"))) {
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
    return text(out -> write(report, out));
  }

  /**
   * Writes the consistency report {@code report} as a JSON document to {@code out}, which is
   * flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Report report, Writer out) throws IOException {
    io.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"), pretty);
  }

  // ---- reading

  /**
   * Returns the model in the JSON document {@code json}. A byte order mark ({@code U+FEFF}) at
   * its start is skipped, as it is in bytes and readers.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   */
  public DisputeModel read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return io.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
  }

  /**
   * Returns the model in the JSON document {@code json} (UTF-8, -16 or -32, detected), which is
   * not changed. A document of at least {@value #SPLIT_LENGTH} bytes is read in two parts at once
   * when the format's {@link #parallelism()} is parallel (the default).
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   */
  public DisputeModel read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > maxInputLength) {
      throw tooLong(json.length + " bytes");
    }
    try {
      return io.read(json, parallelism);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading bytes does not fail
    }
  }

  /**
   * Returns the model in the JSON document read from {@code in} (UTF-8, -16 or -32, detected),
   * which is not closed. A stream is read on the calling thread; a document held as bytes or in a
   * file may read faster ({@link #read(byte[])}, {@link #read(Path)}).
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if {@code in} fails
   */
  public DisputeModel read(InputStream in) throws IOException {
    return io.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Returns the model in the JSON document read from {@code in}, which is not closed. A byte
   * order mark at its start is skipped.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if {@code in} fails
   */
  public DisputeModel read(Reader in) throws IOException {
    return io.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Returns the model in the JSON file {@code path}. A file larger than
   * {@link #maxInputLength()} is refused before it is opened. A file of at least
   * {@value #SPLIT_LENGTH} bytes is read into memory whole and read in two parts at once when
   * the format's {@link #parallelism()} is parallel (the default); else it is streamed.
   *
   * @throws JsonFormatException listing every problem, if the document is not a valid model
   * @throws IOException if the file cannot be read
   */
  public DisputeModel read(Path path) throws IOException {
    long size = Files.size(Objects.requireNonNull(path, "path"));
    if (size > maxInputLength) {
      throw tooLong(size + " bytes");
    }
    if (size >= SPLIT_LENGTH && parallelism.isParallel()) {
      return read(Files.readAllBytes(path));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  private JsonFormatException tooLong(String length) {
    return tooLong(length, maxInputLength);
  }

  /** Returns the error for input of {@code length} above {@code limit}. */
  static JsonFormatException tooLong(String length, long limit) {
    return new JsonFormatException(List.of(new JsonProblem("$", "(" + length + ")",
        "refused: input longer than the limit of " + limit + " (JsonFormat.withMaxInputLength)")));
  }

  /** Returns the limits and layout, for diagnostics. */
  @Override
  public String toString() {
    return "JsonFormat[" + FORMAT_VERSION + ", maxInputLength=" + maxInputLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxProblems=" + maxProblems
        + (pretty ? ", pretty" : ", compact")
        + (parallelism.isParallel() ? "" : ", reads on the calling thread") + "]";
  }
}
