package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/**
 * The local date-times of a time's bounds form ({@code {"earliest", "latest", "precision"}}) are
 * read as {@link LocalDateTime#parse} reads them, whether the text is the whole minute read by
 * {@link FuzzyTime#parse} or anything else, and a text it refuses is reported as before.
 */
class DateTimeValueTest {
  private static final JsonFormat JSON = JsonFormat.standard().withPretty(false);
  private static final String VALID = JSON.write(JsonModels.full());
  /** The bounds of the event at {@link JsonModels#HOUR}, which is written in the bounds form. */
  private static final String EARLIEST = "\"earliest\":\"2022-09-13T22:00\"";
  private static final LocalDateTime LATEST = LocalDateTime.of(2022, 9, 13, 23, 0);

  /** Whole minutes of four-digit years: the texts the minute scanner reads. */
  private static final String[] MINUTES = {"2022-09-13T21:59", "2022-09-13T00:00",
      "0000-01-01T00:00", "2020-02-29T12:30", "1999-12-31T23:59", "0800-07-20T06:15"};
  /** Texts of a local date-time that are not such a minute: left to {@code LocalDateTime}. */
  private static final String[] OTHER_DATE_TIMES = {"2022-09-13T21:59:30",
      "2022-09-13t21:00", "2022-09-13T21:00:00.5", "-0044-03-15T12:00"};
  /** Texts that are no local date-time, some of them other forms of a time of 16 characters. */
  private static final String[] NOT_DATE_TIMES = {"-0000-01-01T00:00", "+1000-01-01T00:00", "2021-02-29T00:00",
      "2022-09-13T24:00", "2022-09-13T21:60", "2022-09-13 NIGHT", "about 2022-09-13",
      "2022-09-13", "2022-09-13T21", "2022-09-13T21:0", "20220-09-13T21:00", "1980s",
      "[2022-09-13T21:00, 2022-09-13T22:00) HOUR", ""};

  private static String withEarliest(String text) {
    assertTrue(VALID.contains(EARLIEST));
    return VALID.replace(EARLIEST, "\"earliest\":\"" + text + "\"");
  }

  private static FuzzyTime eventTime(DisputeModel model) {
    return model.events().stream().filter(e -> e.id().value().equals("E2")).findFirst()
        .map(Event::time).orElseThrow();
  }

  @Test
  void aWholeMinuteOrAnyOtherLocalDateTimeIsReadAsLocalDateTimeParsesIt() {
    for (String[] texts : new String[][] {MINUTES, OTHER_DATE_TIMES}) {
      for (String text : texts) {
        DisputeModel model = JSON.read(withEarliest(text));
        assertEquals(FuzzyTime.of(LocalDateTime.parse(text), LATEST, Precision.HOUR),
            eventTime(model), text);
      }
    }
  }

  @Test
  void aTextThatIsNoLocalDateTimeIsReportedAtItsBound() {
    for (String text : NOT_DATE_TIMES) {
      assertThrows(DateTimeParseException.class, () -> LocalDateTime.parse(text), text);
      JsonFormatException e =
          assertThrows(JsonFormatException.class, () -> JSON.read(withEarliest(text)), text);
      assertEquals(1, e.problems().size(), e.getMessage());
      JsonProblem p = e.problems().get(0);
      assertTrue(p.path().endsWith(".time.earliest"), e.getMessage());
      assertEquals("\"" + text + "\"", p.value(), e.getMessage());
      assertEquals("expected a local date-time such as \"2022-09-13T06:00\"", p.message(),
          e.getMessage());
    }
  }

  @Test
  void theMinuteScannerReadsOnlyWholeMinutesOfFourDigitYears() {
    for (String text : MINUTES) {
      assertEquals(LocalDateTime.parse(text), Values.wholeMinute(text), text);
    }
    for (String[] texts : new String[][] {OTHER_DATE_TIMES, NOT_DATE_TIMES}) {
      for (String text : texts) {
        assertNull(Values.wholeMinute(text), text);
      }
    }
  }
}
