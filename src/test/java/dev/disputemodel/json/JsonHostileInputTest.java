package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs of issue 16 that once escaped the reader: each is refused with one bounded
 * {@link JsonFormatException} whose problems say where, never with another exception, and never
 * with a message as large as the input.
 */
class JsonHostileInputTest {
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final String VALID = JSON.withPretty(false).write(JsonModels.full());

  private static JsonFormatException refused(String json) {
    return assertThrows(JsonFormatException.class, () -> JSON.read(json));
  }

  private static String paths(JsonFormatException e) {
    return e.problems().stream().map(JsonProblem::path).collect(Collectors.joining(" "));
  }

  private static String replaced(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replace(from, to);
  }

  @Test
  void aTimeInYear999999999IsRefusedWithItsPathNotARawDateTimeException() {
    String bounds = "{\"earliest\":\"+999999999-01-01T00:00\",\"latest\":"
        + "\"+999999999-12-31T00:00\",\"precision\":\"YEAR\"}";
    JsonFormatException e = refused(replaced("\"madeAt\":\"2022-09-12 NIGHT\"",
        "\"madeAt\":" + bounds));
    assertEquals("$.claims[0].madeAt.earliest", paths(e), e.getMessage());
    assertTrue(e.getMessage().contains("year"), e.getMessage());
    JsonFormatException compact = refused(replaced("\"madeAt\":\"2022-09-12 NIGHT\"",
        "\"madeAt\":\"+999999999\""));
    assertEquals("$.claims[0].madeAt", paths(compact), compact.getMessage());
  }

  @Test
  void problemsAreCappedAndTheRestCounted() {
    String parties = "{}," .repeat(10_000) + "{}";
    JsonFormatException e = refused("{\"formatVersion\":\"1.1\",\"parties\":[" + parties + "]}");
    assertEquals(JsonFormat.DEFAULT_MAX_PROBLEMS, e.problems().size());
    assertTrue(e.omittedProblems() > 10_000, String.valueOf(e.omittedProblems()));
    assertTrue(e.getMessage().endsWith("and " + e.omittedProblems() + " more problems"),
        e.getMessage().substring(e.getMessage().length() - 100));
    assertTrue(e.getMessage().length() < 20_000, e.getMessage().length() + " characters");
    JsonFormatException few = assertThrows(JsonFormatException.class,
        () -> JSON.withMaxProblems(3).read("{\"formatVersion\":\"1.1\",\"parties\":[" + parties + "]}"));
    assertEquals(3, few.problems().size());
  }

  @Test
  void longValuesAreShortenedInValuesAndMessages() {
    String name = "x".repeat(2_000_000);
    JsonFormatException e = refused(replaced("\"name\":\"Beta\"", "\"name\":\" " + name + "\""));
    JsonProblem p = e.problems().get(0);
    assertEquals("$.parties[1].name", p.path(), e.getMessage());
    assertTrue(p.value().length() <= JsonProblem.LONGEST_VALUE, p.value().length() + " characters");
    assertTrue(p.message().length() <= JsonProblem.LONGEST_MESSAGE,
        p.message().length() + " characters");
    assertTrue(p.message().endsWith("must not begin or end with white space"), p.message());
    assertTrue(e.getMessage().length() < 1_000, e.getMessage().length() + " characters");
  }

  @Test
  void aTooLongTimeTextIsShortenedToo() {
    JsonFormatException e = refused(replaced("\"madeAt\":\"2022-09-12 NIGHT\"",
        "\"madeAt\":\"2022" + "9".repeat(100_000) + "\""));
    assertTrue(e.getMessage().length() < 1_000, e.getMessage().length() + " characters");
  }

  @Test
  void syntaxErrorsAreReportedWhereTheyAre() {
    JsonFormatException e = refused(replaced("\"name\":\"Beta\"", "\"name\":\"Beta\" \"kind\""));
    assertEquals("$.parties[1].name", paths(e), e.getMessage());
    JsonFormatException inArray = refused(replaced("\"name\":\"Beta\"", "\"name\":[1 2]"));
    assertEquals("$.parties[1].name[1]", paths(inArray), inArray.getMessage());
  }

  @Test
  void duplicateKeysAreReportedWhereTheyAre() {
    JsonFormatException e = refused("{\"formatVersion\":\"1.1\",\"formatVersion\":\"1.1\"}");
    assertEquals("$.formatVersion", paths(e), e.getMessage());
    JsonFormatException inner = refused(replaced("\"name\":\"Beta\"",
        "\"name\":\"Beta\",\"name\":\"Beta\""));
    assertEquals("$.parties[1].name", paths(inner), inner.getMessage());
  }

  @Test
  void aByteOrderMarkIsReadTheSameFromTextReadersAndBytes() throws IOException {
    String bom = "\uFEFF" + VALID;
    assertEquals(JsonModels.full(), JSON.read(bom));
    assertEquals(JsonModels.full(), JSON.read(new StringReader(bom)));
    assertEquals(JsonModels.full(), JSON.read(
        new ByteArrayInputStream(bom.getBytes(StandardCharsets.UTF_8))));
    JsonFormatException twice = refused("\uFEFF" + bom);
    assertEquals("$", paths(twice), twice.getMessage());
    assertThrows(JsonFormatException.class, () -> JSON.read(new ByteArrayInputStream(
        ("\uFEFF" + bom).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInIds() {
    for (String bad : List.of("\\u0000", "\\u001f", "\\n", "\\u007f", "\\ud800", "\\udc00x")) {
      JsonFormatException e = refused(replaced("\"id\":\"B\"", "\"id\":\"B" + bad + "\""));
      assertTrue(paths(e).startsWith("$.parties[1].id"), bad + ": " + e.getMessage());
    }
    assertEquals(JsonModels.full().size(), JSON.read(replaced("\"Beta\"", "\"Beta \\ud83c\\udf0d\"")).size());
  }

  @Test
  void loneSurrogatesAreRefusedInNames() {
    JsonFormatException e = refused(replaced("\"name\":\"Beta\"", "\"name\":\"Beta\\ud800\""));
    assertEquals("$.parties[1].name", paths(e), e.getMessage());
  }

  @Test
  void anEncodingErrorInBytesIsAJsonFormatException() {
    // Jackson reads UTF-32 through a reader that throws CharConversionException (an IOException).
    byte[] utf32Cut = {0, 0, 0, '{', 0, 0};
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(utf32Cut)));
    assertEquals("$", paths(e), e.getMessage());
  }
}
