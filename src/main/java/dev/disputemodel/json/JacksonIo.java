package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Parallelism;
import dev.disputemodel.check.Report;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The part of {@link JsonFormat} that calls Jackson: its streaming parser and generator, set up
 * with the format's limits, driving {@link ModelCodec} and {@link ReportCodec}. Loaded only once
 * {@link JsonFormat} has found Jackson. Immutable and thread-safe.
 */
final class JacksonIo {
  /** The byte order mark: skipped once at the start of any input. */
  private static final String BOM = "\uFEFF";

  private final long maxInputLength;
  private final int maxNestingDepth;
  private final int maxProblems;
  private final JsonFactory factory;

  JacksonIo(long maxInputLength, int maxNestingDepth, int maxProblems) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxProblems = maxProblems;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxInputLength)
            .maxNestingDepth(maxNestingDepth)
            .build())
        .build();
  }

  void write(DisputeModel model, Writer out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(factory.createGenerator(out), pretty)) {
      ModelCodec.write(model, g);
    }
  }

  void write(DisputeModel model, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(factory.createGenerator(out), pretty)) {
      ModelCodec.write(model, g);
    }
  }

  void write(Report report, Writer out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(factory.createGenerator(out), pretty)) {
      ReportCodec.write(report, g);
    }
  }

  private static JsonGenerator generator(JsonGenerator g, boolean pretty) {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return pretty ? g.useDefaultPrettyPrinter() : g;
  }

  DisputeModel read(String json) throws IOException {
    if (json.startsWith(BOM)) { // as the parser of bytes does: one byte order mark is skipped
      return read(() -> factory.createParser(json.toCharArray(), 1, json.length() - 1));
    }
    return read(() -> factory.createParser(json));
  }

  DisputeModel read(InputStream in) throws IOException {
    return read(() -> factory.createParser(in));
  }

  /**
   * Reads {@code bytes}: in two parts at once on {@code parallelism} ({@link SplitRead}) if it is
   * parallel and they are at least {@link JsonFormat#SPLIT_LENGTH} long, else (and if the
   * document has a problem or cannot be split) on the calling thread.
   */
  DisputeModel read(byte[] bytes, Parallelism parallelism) throws IOException {
    if (parallelism.isParallel() && bytes.length >= JsonFormat.SPLIT_LENGTH) {
      DisputeModel model = new SplitRead(factory, maxProblems, bytes, parallelism).tryRead();
      if (model != null) {
        return model;
      }
    }
    return read(() -> factory.createParser(bytes));
  }

  DisputeModel read(Reader in) throws IOException {
    return read(() -> factory.createParser(skipByteOrderMark(in)));
  }

  /** Returns {@code in} after one byte order mark, if it begins with one. */
  private static Reader skipByteOrderMark(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != BOM.charAt(0)) {
      pushback.unread(first);
    }
    return pushback;
  }

  /** Opens a parser on the caller's input. */
  private interface Input {
    JsonParser open() throws IOException;
  }

  private DisputeModel read(Input input) throws IOException {
    try (JsonParser p = input.open()) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      ReadContext in = new ReadContext(p, maxProblems);
      try {
        return ModelCodec.read(in);
      } catch (JsonProcessingException | CharConversionException e) {
        throw refused(in, e); // while the parser is open, so it still knows where it is
      }
    } catch (JsonProcessingException | CharConversionException e) {
      throw refused(null, e); // the start of the input was not readable
    }
  }

  /** Returns the exception for input that the parser refused, with {@code in}'s problems. */
  private JsonFormatException refused(ReadContext in, IOException e) {
    if (e instanceof StreamConstraintsException c) {
      String m = String.valueOf(c.getOriginalMessage());
      if (m.contains("ocument length")) {
        return JsonFormat.tooLong("more than " + maxInputLength, maxInputLength);
      }
      return refused(in, "(input)", "refused: " + m + " (limit: maxNestingDepth "
          + maxNestingDepth + ", maxInputLength " + maxInputLength + ")");
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return refused(in, "(input)", "not well-formed JSON" + where + ": " + j.getOriginalMessage());
    }
    // CharConversionException: bytes that are not text in the encoding detected
    return refused(in, "(input)", "not well-formed JSON: " + e.getMessage());
  }

  /**
   * Returns the exception for input the parser could not go on with, at the parser's place: the
   * problems found before it, then this one.
   */
  private static JsonFormatException refused(ReadContext in, String value, String message) {
    if (in == null) {
      return new JsonFormatException(List.of(new JsonProblem("$", value, message)));
    }
    in.problemAt(in.pathOrRoot(), value, message);
    return new JsonFormatException(in.problems(), in.problemCount() - in.problems().size());
  }
}
