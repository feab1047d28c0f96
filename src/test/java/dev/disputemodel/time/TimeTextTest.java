package dev.disputemodel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FuzzyTime#parse} and {@link FuzzyPeriod#parse}: every shape, and bad text. */
class TimeTextTest {
  private static final LocalDate TUESDAY = LocalDate.of(2022, 9, 13);

  private static void assertShape(String text, FuzzyTime expected) {
    assertEquals(text, expected.toString());
    assertEquals(expected, FuzzyTime.parse(text));
  }

  @Test
  void everyWholeUnitHasItsShortForm() {
    assertShape("2022-09-13T08:15", FuzzyTime.atMinute(TUESDAY.atTime(8, 15)));
    assertShape("2022-09-13 MORNING", FuzzyTime.on(TUESDAY, PartOfDay.MORNING));
    assertShape("2022-09-13 AFTERNOON", FuzzyTime.on(TUESDAY, PartOfDay.AFTERNOON));
    assertShape("2022-09-13 EVENING", FuzzyTime.on(TUESDAY, PartOfDay.EVENING));
    assertShape("2022-09-12 NIGHT", FuzzyTime.on(TUESDAY.minusDays(1), PartOfDay.NIGHT));
    assertShape("2022-09-13", FuzzyTime.onDay(TUESDAY));
    assertShape("2022-09", FuzzyTime.inMonth(YearMonth.of(2022, 9)));
    assertShape("2022", FuzzyTime.inYear(Year.of(2022)));
    assertShape("1980s", FuzzyTime.inDecade(Year.of(1980)));
    assertShape("about 1974-07-20", FuzzyTime.about(LocalDate.of(1974, 7, 20)));
    assertShape("1974-08 EARLY", FuzzyTime.in(YearMonth.of(1974, 8), PartOfMonth.EARLY));
    assertShape("1974-08 MID", FuzzyTime.in(YearMonth.of(1974, 8), PartOfMonth.MID));
    assertShape("2024-02 LATE", FuzzyTime.in(YearMonth.of(2024, 2), PartOfMonth.LATE));
  }

  @Test
  void aboutAndPartsOfAMonthCrossingTheYear() {
    assertShape("about 2023-01-01", FuzzyTime.about(LocalDate.of(2023, 1, 1)));
    assertEquals(LocalDate.of(2022, 12, 29).atStartOfDay(), FuzzyTime.parse("about 2023-01-01").earliest());
    assertShape("+10000-12 LATE", FuzzyTime.in(YearMonth.of(10000, 12), PartOfMonth.LATE));
    assertShape("[1974-07-17T00:00, 1974-07-24T00:00) MONTH",
        FuzzyTime.of(LocalDate.of(1974, 7, 17).atStartOfDay(), LocalDate.of(1974, 7, 24).atStartOfDay(),
            Precision.MONTH));
  }

  @Test
  void anHourAndUnevenBoundsAreWrittenAsBounds() {
    assertShape("[2022-09-12T22:00, 2022-09-12T23:00) HOUR",
        FuzzyTime.atHour(LocalDateTime.of(2022, 9, 12, 22, 40)));
    assertShape("[2020-09-01T00:00, 2020-12-01T00:00) MONTH", FuzzyTime.between(
        FuzzyTime.inMonth(YearMonth.of(2020, 9)), FuzzyTime.inMonth(YearMonth.of(2020, 11))));
    assertShape("[2022-09-13T00:00:30, 2022-09-13T00:01) MINUTE", FuzzyTime.of(
        TUESDAY.atTime(0, 0, 30), TUESDAY.atTime(0, 1), Precision.MINUTE));
    assertShape("[2022-09-13T00:00, 2022-09-14T00:00) MONTH",
        FuzzyTime.of(TUESDAY.atStartOfDay(), TUESDAY.plusDays(1).atStartOfDay(), Precision.MONTH));
  }

  @Test
  void yearsAreWrittenAsLocalDateWritesThem() {
    assertShape("0800", FuzzyTime.inYear(Year.of(800)));
    assertShape("0000s", FuzzyTime.inDecade(Year.of(0)));
    assertShape("-0044", FuzzyTime.inYear(Year.of(-44)));
    assertShape("-0050s", FuzzyTime.inDecade(Year.of(-50)));
    assertShape("+12345", FuzzyTime.inYear(Year.of(12345)));
    assertShape("+10000-01", FuzzyTime.inMonth(YearMonth.of(10000, 1)));
    assertShape("0800-02", FuzzyTime.inMonth(YearMonth.of(800, 2)));
    assertShape("-0044-03-15", FuzzyTime.onDay(LocalDate.of(-44, 3, 15)));
    assertShape("+10000-01-01T00:00", FuzzyTime.atMinute(LocalDateTime.of(10000, 1, 1, 0, 0)));
  }

  @Test
  void aWholeUnitWrittenAsBoundsReadsAsTheSameTime() {
    assertEquals(FuzzyTime.onDay(TUESDAY),
        FuzzyTime.parse("[2022-09-13T00:00, 2022-09-14T00:00) DAY"));
  }

  @Test
  void periodsOfEveryShape() {
    FuzzyTime start = FuzzyTime.onDay(TUESDAY);
    FuzzyTime end = FuzzyTime.atHour(TUESDAY.atTime(22, 0));
    for (FuzzyPeriod p : new FuzzyPeriod[] {FuzzyPeriod.of(start, end), FuzzyPeriod.since(end),
        FuzzyPeriod.until(start), FuzzyPeriod.at(end)}) {
      assertEquals(p, FuzzyPeriod.parse(p.toString()), p.toString());
    }
    assertEquals(FuzzyPeriod.until(start), FuzzyPeriod.parse("?..2022-09-13"));
    assertEquals(FuzzyPeriod.since(end), FuzzyPeriod.parse("[2022-09-13T22:00, 2022-09-13T23:00) HOUR.."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22", "2022-9", "2022-09-1", "2022-09-13 NOON", "2022-09-13 morning",
      "2022-09-13T08", "2022-09-13T08:15:00", "2022-09-13T08:15Z", " 2022", "2022 ", "1985s",
      "2022s", "+2022", "20220", "2022-13", "2022-02-30", "2022-09-13T24:00", "2022-09-13T08:60",
      "[2022-09-13T00:00, 2022-09-13T00:00) DAY", "[2022-09-13T00:00, 2022-09-12T00:00) DAY",
      "[2022-09-13T00:00, 2022-09-14T00:00) WEEK", "[2022-09-13T00:00,2022-09-14T00:00) DAY",
      "[2022-09-13, 2022-09-14) DAY", "[2022-09-13T00:00, 2022-09-14T00:00)", "1980s..",
      "1974-08 mid", "1974-08 MIDDLE", "1974-08-20 MID", "about 1974-07", "about  1974-07-20",
      "about 1974-07-20 ", "About 1974-07-20", "about 1974-02-30"})
  void badTimeTextIsRefusedNamingTheText(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FuzzyTime.parse(text));
    assertEquals("FuzzyTime", e.type());
    assertEquals("text", e.field());
    assertEquals("\"" + text + "\"", e.value());
  }

  @Test
  void badTimeTextSaysWhatIsWrong() {
    assertMessage("2022-13", "not a real date");
    assertMessage("2022-02-30", "not a real date");
    assertMessage("2022-09-13T24:00", "not a real time of day");
    assertMessage("1985s", "a decade begins in a year divisible by 10");
    assertMessage("2022-09-13 NOON", "expected 2022-09-13T08:15, 2022-09-13 MORNING");
    assertMessage("[2022-09-13T00:00, 2022-09-14T00:00) WEEK", "unknown precision");
    assertMessage("[2022-09-13T00:00, 2022-09-12T00:00) DAY", "must be after earliest");
  }

  private static void assertMessage(String text, String part) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FuzzyTime.parse(text));
    assertTrue(e.getMessage().startsWith("FuzzyTime.text = \"" + text + "\": "), e.getMessage());
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2022", "..", "?..", "?..?", "2022...2023", "2022..2020",
      "2022-13..", "x..2020", "2020..2021 ", "2020 ..2021"})
  void badPeriodTextIsRefusedNamingTheText(String text) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FuzzyPeriod.parse(text));
    assertEquals("FuzzyPeriod", e.type());
    assertEquals("\"" + text + "\"", e.value());
  }

  @Test
  void badPeriodTextSaysWhatIsWrong() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FuzzyPeriod.parse("2022..2020"));
    assertTrue(e.getMessage().contains("must not be before start"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> FuzzyPeriod.parse("?.."));
    assertTrue(e.getMessage().contains("needs a start, an end, or both"), e.getMessage());
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> FuzzyTime.parse(null));
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.parse(null));
  }
}
