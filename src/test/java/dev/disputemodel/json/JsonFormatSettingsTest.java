package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A {@link JsonFormat}'s limits and layout: defaults, copies that change one, their bounds. */
class JsonFormatSettingsTest {
  private static final JsonFormat JSON = JsonFormat.standard();

  @Test
  void theStandardFormatHasTheDocumentedDefaults() {
    assertEquals(JsonFormat.DEFAULT_MAX_INPUT_LENGTH, JSON.maxInputLength());
    assertEquals(JsonFormat.DEFAULT_MAX_NESTING_DEPTH, JSON.maxNestingDepth());
    assertEquals(JsonFormat.DEFAULT_MAX_PROBLEMS, JSON.maxProblems());
    assertTrue(JSON.isPretty());
    assertEquals("JsonFormat[1.3, maxInputLength=536870912, maxNestingDepth=32, maxProblems=100,"
        + " pretty]", JSON.toString());
  }

  @Test
  void eachCopyChangesOneSettingAndKeepsTheOthers() {
    JsonFormat f = JSON.withMaxInputLength(1_000).withMaxNestingDepth(5).withMaxProblems(7)
        .withPretty(false);
    assertEquals(1_000, f.maxInputLength());
    assertEquals(5, f.maxNestingDepth());
    assertEquals(7, f.maxProblems());
    assertFalse(f.isPretty());
    assertEquals("JsonFormat[1.3, maxInputLength=1000, maxNestingDepth=5, maxProblems=7, compact]",
        f.toString());
    assertTrue(f.withPretty(true).isPretty());
    assertEquals(JSON.toString(), JSON.withPretty(true).toString());
  }

  @Test
  void theSmallestLimitsAreOne() {
    assertEquals(1, JSON.withMaxInputLength(1).maxInputLength());
    assertEquals(1, JSON.withMaxNestingDepth(1).maxNestingDepth());
    assertEquals(1, JSON.withMaxProblems(1).maxProblems());
    InvalidValueException input = assertThrows(InvalidValueException.class,
        () -> JSON.withMaxInputLength(0));
    assertTrue(input.getMessage().contains("maxInputLength"), input.getMessage());
    InvalidValueException depth = assertThrows(InvalidValueException.class,
        () -> JSON.withMaxNestingDepth(0));
    assertTrue(depth.getMessage().contains("maxNestingDepth"), depth.getMessage());
    InvalidValueException problems = assertThrows(InvalidValueException.class,
        () -> JSON.withMaxProblems(0));
    assertTrue(problems.getMessage().contains("maxProblems"), problems.getMessage());
  }
}
