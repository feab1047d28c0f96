package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Times in the compact forms at the edges of what begins with a digit (years 0800 and 9999) and
 * of {@code about}, and the strings that are no time at all.
 */
class TimeCodecTest {
  private static final JsonFormat JSON = JsonFormat.standard().withPretty(false);
  private static final String VALID = JSON.write(JsonModels.full());

  private static String replaced(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replace(from, to);
  }

  @Test
  void compactTimesBeginningWithZeroOrNineAndAboutSuchDaysAreReadAndWrittenCompact() {
    String text = replaced("\"madeAt\":\"2022-09-12 NIGHT\"", "\"madeAt\":\"0800\"")
        .replace("\"madeAt\":\"2022-09-13\"", "\"madeAt\":\"9999\"")
        .replace("\"proclaimed\":\"about 1974-07-20\",\"dissolved\":\"1974-08 MID\"",
            "\"proclaimed\":\"about 0800-07-20\",\"dissolved\":\"about 9000-07-20\"");
    DisputeModel model = JSON.read(text);
    assertEquals(FuzzyTime.inYear(java.time.Year.of(800)), model.claims().get(0).madeAt());
    assertEquals(FuzzyTime.inYear(java.time.Year.of(9999)), model.claims().get(1).madeAt());
    assertEquals(FuzzyTime.about(LocalDate.of(800, 7, 20)),
        model.parties().get(1).proclaimed().orElseThrow());
    assertEquals(FuzzyTime.about(LocalDate.of(9000, 7, 20)),
        model.parties().get(1).dissolved().orElseThrow());
    assertEquals(text, JSON.write(model));
  }

  @Test
  void stringsThatAreNoCompactTimeAreReportedAsNotATime() {
    for (String bad : new String[] {"", "about ", "about", "about x", "about /", "about :",
        "x1994", "/1994", ":1994"}) {
      JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(
          replaced("\"madeAt\":\"2022-09-12 NIGHT\"", "\"madeAt\":\"" + bad + "\"")), bad);
      assertEquals(1, e.problems().size(), e.getMessage());
      JsonProblem p = e.problems().get(0);
      assertEquals("$.claims[0].madeAt", p.path(), e.getMessage());
      assertEquals("\"" + bad + "\"", p.value(), e.getMessage());
      assertTrue(p.message().startsWith("not a time; expected \"2022-09-13T08:00\""), bad + ": "
          + e.getMessage());
    }
  }
}
