package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.disputemodel.DisputeModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The part of {@link JsonFormat} that calls Jackson: its parser and generator, set up with the
 * format's limits. Loaded only once {@link JsonFormat} has found Jackson. Immutable and
 * thread-safe.
 */
final class JacksonIo {
  private final long maxInputLength;
  private final int maxNestingDepth;
  private final ObjectMapper mapper;

  JacksonIo(long maxInputLength, int maxNestingDepth) {
    this.maxInputLength = maxInputLength;
    this.maxNestingDepth = maxNestingDepth;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxInputLength)
            .maxNestingDepth(maxNestingDepth)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  void write(DisputeModel model, Writer out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(mapper.getFactory().createGenerator(out), pretty)) {
      new ModelWriter(g).write(model);
    }
  }

  void write(DisputeModel model, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(mapper.getFactory().createGenerator(out), pretty)) {
      new ModelWriter(g).write(model);
    }
  }

  private static JsonGenerator generator(JsonGenerator g, boolean pretty) {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return pretty ? g.useDefaultPrettyPrinter() : g;
  }

  DisputeModel read(String json) throws IOException {
    return read(() -> mapper.getFactory().createParser(json));
  }

  DisputeModel read(InputStream in) throws IOException {
    return read(() -> mapper.getFactory().createParser(in));
  }

  DisputeModel read(Reader in) throws IOException {
    return read(() -> mapper.getFactory().createParser(in));
  }

  /** Opens a parser on the caller's input. */
  private interface Input {
    JsonParser open() throws IOException;
  }

  private DisputeModel read(Input input) throws IOException {
    JsonNode root;
    try (JsonParser p = input.open()) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      root = mapper.readTree(p);
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
    if (root == null || root.isMissingNode()) {
      throw new JsonFormatException(
          List.of(new JsonProblem("$", "(empty)", "no JSON document in the input")));
    }
    return new ModelReader().read(root);
  }
}
