package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a {@link JsonProblem}'s parts and the message of a {@link JsonFormatException}:
 * exactly at a bound a part is kept whole; one character above, it is shortened to the bound.
 */
class JsonProblemTest {
  private static final String P = "$.p";

  @Test
  void aValueAtItsBoundIsKeptAndOneLongerKeepsItsHead() {
    String atBound = "v".repeat(JsonProblem.LONGEST_VALUE - 1) + "w";
    assertEquals(atBound, new JsonProblem(P, atBound, "m").value());
    String longer = "0123456789".repeat(8) + "x";
    assertEquals("0123456789".repeat(7) + "0123456...", new JsonProblem(P, longer, "m").value());
    assertEquals(JsonProblem.LONGEST_VALUE, new JsonProblem(P, longer, "m").value().length());
  }

  @Test
  void aPathOrMessageAboveItsBoundKeepsItsBeginningAndEnd() {
    String path = "$." + "a".repeat(JsonProblem.LONGEST_PATH - 3) + "z";
    assertEquals(path, new JsonProblem(path, "v", "m").path());
    String longPath = path + "!";
    // 200 in all: the first 98 characters, "...", the last 99
    assertEquals(longPath.substring(0, 98) + "..." + longPath.substring(longPath.length() - 99),
        new JsonProblem(longPath, "v", "m").path());
    String message = "b" + "c".repeat(JsonProblem.LONGEST_MESSAGE - 2) + "d";
    assertEquals(message, new JsonProblem(P, "v", message).message());
    String longMessage = "<" + message + ">";
    String shortened = new JsonProblem(P, "v", longMessage).message();
    assertEquals(longMessage.substring(0, 198) + "..." + longMessage.substring(402 - 199),
        shortened);
    assertEquals(JsonProblem.LONGEST_MESSAGE, shortened.length());
  }

  @Test
  void theExceptionMessageCountsEveryProblemAndListsThoseKept() {
    JsonProblem a = new JsonProblem("$.a", "1", "bad");
    JsonProblem b = new JsonProblem("$.b", "2", "worse");
    assertEquals("1 problem in the JSON document:\n  $.a = 1: bad",
        new JsonFormatException(List.of(a)).getMessage());
    assertEquals("2 problems in the JSON document:\n  $.a = 1: bad\n  $.b = 2: worse",
        new JsonFormatException(List.of(a, b), 0).getMessage());
    JsonFormatException more = new JsonFormatException(List.of(a), 3);
    assertEquals("4 problems in the JSON document:\n  $.a = 1: bad\n  ... and 3 more problems",
        more.getMessage());
    assertEquals(3, more.omittedProblems());
    assertEquals(List.of(a), more.problems());
    assertThrows(IllegalArgumentException.class, () -> new JsonFormatException(List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> new JsonFormatException(List.of(a), -1));
  }
}
