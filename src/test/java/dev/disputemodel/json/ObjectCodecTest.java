package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.disputemodel.time.Precision;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An {@link ObjectCodec} made at run time from its {@link Fields}, as every codec class makes
 * its own when it is loaded: fields in any order, unknown names listed with every declared name,
 * names matched by the enum codec {@link Values#enumOf}.
 */
class ObjectCodecTest {
  record Mark(String name, Precision precision, Optional<String> note) {}


  /** Made by each test, so that the codec and the enum codec are made while the test runs. */
  private static ObjectCodec<Mark> codec() {
    Fields<Mark> fields = Fields.of();
    Slot<String> name = fields.required("name", Mark::name, Values.STRING);
    Slot<Precision> precision =
        fields.required("precision", Mark::precision, Values.enumOf(Precision.class));
    Slot<Optional<String>> note = fields.optional("note", Mark::note, Values.STRING);
    return fields.codec(s -> new Mark(s.get(name), s.get(precision), s.get(note)));
  }

  private static ReadContext context(String json) throws IOException {
    JsonParser p = new JsonFactory().createParser(json);
    p.nextToken();
    return new ReadContext(p, 100);
  }

  private static String problems(ReadContext in) {
    return in.problems().stream().map(JsonProblem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void readsTheFieldsInAnyOrder() throws IOException {
    ObjectCodec<Mark> codec = codec();
    for (String json : new String[] {
        "{\"name\":\"n\",\"precision\":\"DAY\",\"note\":\"x\"}",
        "{\"note\":\"x\",\"precision\":\"DAY\",\"name\":\"n\"}",
        "{\"precision\":\"DAY\",\"note\":\"x\",\"name\":\"n\"}"}) {
      ReadContext in = context(json);
      assertEquals(new Mark("n", Precision.DAY, Optional.of("x")), codec.read(in), json);
      assertEquals("", problems(in), json);
    }
  }

  @Test
  void anUnknownFieldIsReportedWithTheNamesDeclaredWhereverItComes() throws IOException {
    ObjectCodec<Mark> codec = codec();
    ReadContext in = context("{\"name\":\"n\",\"precision\":\"DAY\",\"note\":\"x\",\"naem\":1,"
        + "\"precision\":\"YEAR\",\"nome\":2}");
    assertNull(codec.read(in));
    String expected = "unknown field; expected one of [name, precision, note]";
    assertEquals("$.naem = 1: " + expected + "\n"
        + "$.precision = \"YEAR\": duplicate field; a field may appear once in an object\n"
        + "$.nome = 2: " + expected, problems(in));
  }

  @Test
  void anEnumIsReadByTheNamesOfItsConstants() throws IOException {
    ValueCodec<Precision> precision = Values.enumOf(Precision.class);
    ReadContext in = context("\"MINUTE\"");
    assertEquals(Precision.MINUTE, precision.read(in));
    in = context("\"MINUTES\"");
    assertNull(precision.read(in));
    assertEquals("$ = \"MINUTES\": unknown Precision; expected one of "
        + java.util.Arrays.toString(Precision.values()), problems(in));
  }
}
