package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.check.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The part of {@link JsonFormat} that calls Jackson: its streaming parser and generator, set up
 * with the format's limits, driving {@link ModelCodec} and {@link ReportCodec}. Loaded only once
 * {@link JsonFormat} has found Jackson. Immutable and thread-safe.
 */
final class JacksonIo {
  private final long maxInputLength;
  private final int maxNestingDepth;
  private final JsonFactory factory;

  JacksonIo(long maxInputLength, int maxNestingDepth) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
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
    return read(() -> factory.createParser(json));
  }

  DisputeModel read(InputStream in) throws IOException {
    return read(() -> factory.createParser(in));
  }

  DisputeModel read(Reader in) throws IOException {
    return read(() -> factory.createParser(in));
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
        throw JsonFormat.tooLong("more than " + maxInputLength, maxInputLength);
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
}
