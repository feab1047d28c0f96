package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An object that breaks several invariants of its Java type is reported once per broken
 * invariant, each at the field it names, not only at the first.
 */
class JsonEveryViolationTest {
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final String VALID = JSON.withPretty(false).write(JsonModels.full());

  @Test
  void aPartyWithThreeBrokenInvariantsGivesThreeProblems() {
    String from = "\"name\":\"Beta\"";
    assertTrue(VALID.contains(from));
    String json = VALID.replace(from,
        "\"name\":\" \",\"office\":\"President\",\"externalIds\":{\"iso-3166\":\"xx\"}");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(json));
    List<JsonProblem> p = e.problems();
    assertEquals(3, p.size(), p.toString());
    assertEquals("$.parties[1].name", p.get(0).path());
    assertEquals("\" \"", p.get(0).value());
    assertTrue(p.get(0).message().contains("must not be blank"), p.get(0).message());
    assertEquals("$.parties[1].office", p.get(1).path());
    assertEquals("\"President\"", p.get(1).value());
    assertTrue(p.get(1).message().contains("only a PERSON holds an office"), p.get(1).message());
    assertEquals("$.parties[1]", p.get(2).path());
    assertEquals("\"xx\"", p.get(2).value());
    assertTrue(p.get(2).message().startsWith("Party.externalIds[iso-3166] = \"xx\""),
        p.get(2).message());
  }
}
