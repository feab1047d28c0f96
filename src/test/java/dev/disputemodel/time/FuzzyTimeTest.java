package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Factories, text forms, half-open bounds and three-valued comparisons of {@link FuzzyTime}. */
class FuzzyTimeTest {
  // The clashes began on the night of Monday 12 September 2022; the ceasefire took effect on
  // Tuesday 13 September 2022 in the morning (border-clash-2022-facts.md).
  static final LocalDate MONDAY = LocalDate.of(2022, 9, 12);
  static final LocalDate TUESDAY = LocalDate.of(2022, 9, 13);

  @Test
  void atMinuteDropsSecondsAndSpansOneMinute() {
    FuzzyTime t = FuzzyTime.atMinute(LocalDateTime.of(2022, 9, 13, 8, 15, 42, 7));
    assertEquals(LocalDateTime.of(2022, 9, 13, 8, 15), t.earliest());
    assertEquals(LocalDateTime.of(2022, 9, 13, 8, 16), t.latest());
    assertEquals(Precision.MINUTE, t.precision());
    assertEquals("2022-09-13T08:15", t.toString());
  }

  @Test
  void atHourDropsMinutesAndSpansOneHour() {
    FuzzyTime t = FuzzyTime.atHour(LocalDateTime.of(2022, 9, 12, 22, 40));
    assertEquals(LocalDateTime.of(2022, 9, 12, 22, 0), t.earliest());
    assertEquals(LocalDateTime.of(2022, 9, 12, 23, 0), t.latest());
    assertEquals(Precision.HOUR, t.precision());
    assertEquals("[2022-09-12T22:00, 2022-09-12T23:00) HOUR", t.toString());
  }

  @Test
  void onPartOfDay() {
    FuzzyTime morning = FuzzyTime.on(TUESDAY, PartOfDay.MORNING);
    assertEquals(TUESDAY.atTime(6, 0), morning.earliest());
    assertEquals(TUESDAY.atTime(12, 0), morning.latest());
    assertEquals(Precision.PART_OF_DAY, morning.precision());
    assertEquals("2022-09-13 MORNING", morning.toString());
    assertEquals("2022-09-13 AFTERNOON", FuzzyTime.on(TUESDAY, PartOfDay.AFTERNOON).toString());
    assertEquals("2022-09-13 EVENING", FuzzyTime.on(TUESDAY, PartOfDay.EVENING).toString());
    assertEquals("2022-09-12 NIGHT", FuzzyTime.on(MONDAY, PartOfDay.NIGHT).toString());
  }

  @Test
  void nightSpansMidnightIntoTheNextDay() {
    FuzzyTime night = FuzzyTime.on(MONDAY, PartOfDay.NIGHT);
    assertEquals(MONDAY.atTime(18, 0), night.earliest());
    assertEquals(TUESDAY.atTime(6, 0), night.latest());
    assertEquals(MONDAY.atTime(18, 0), PartOfDay.NIGHT.start(MONDAY));
    assertEquals(TUESDAY.atTime(6, 0), PartOfDay.NIGHT.end(MONDAY));
    // Tuesday 02:00 is a possible reading of Monday night, not of Monday the calendar day.
    assertEquals(POSSIBLY, night.isBefore(TUESDAY.atTime(2, 0)));
    assertEquals(DEFINITELY, FuzzyTime.onDay(MONDAY).isBefore(TUESDAY.atTime(2, 0)));
    // Overnight on Monday is definitely before the ceasefire of Tuesday morning: they touch.
    assertEquals(DEFINITELY, night.isBefore(FuzzyTime.on(TUESDAY, PartOfDay.MORNING)));
    // The night and the evening of the same day share 18:00-24:00.
    assertEquals(Certainty.POSSIBLY, night.overlaps(FuzzyTime.on(MONDAY, PartOfDay.EVENING)));
  }

  @Test
  void partsOfDayHaveTheirConventionalBounds() {
    assertEquals(MONDAY.atTime(6, 0), PartOfDay.MORNING.start(MONDAY));
    assertEquals(MONDAY.atTime(12, 0), PartOfDay.MORNING.end(MONDAY));
    assertEquals(MONDAY.atTime(12, 0), PartOfDay.AFTERNOON.start(MONDAY));
    assertEquals(MONDAY.atTime(18, 0), PartOfDay.AFTERNOON.end(MONDAY));
    assertEquals(MONDAY.atTime(18, 0), PartOfDay.EVENING.start(MONDAY));
    assertEquals(TUESDAY.atStartOfDay(), PartOfDay.EVENING.end(MONDAY));
  }

  @Test
  void onDayInMonthInYearInDecade() {
    FuzzyTime day = FuzzyTime.onDay(TUESDAY);
    assertEquals(TUESDAY.atStartOfDay(), day.earliest());
    assertEquals(TUESDAY.plusDays(1).atStartOfDay(), day.latest());
    assertEquals(Precision.DAY, day.precision());
    assertEquals("2022-09-13", day.toString());

    FuzzyTime month = FuzzyTime.inMonth(YearMonth.of(2022, 9));
    assertEquals(LocalDate.of(2022, 9, 1).atStartOfDay(), month.earliest());
    assertEquals(LocalDate.of(2022, 10, 1).atStartOfDay(), month.latest());
    assertEquals(Precision.MONTH, month.precision());
    assertEquals("2022-09", month.toString());

    FuzzyTime year = FuzzyTime.inYear(Year.of(2020));
    assertEquals(LocalDate.of(2020, 1, 1).atStartOfDay(), year.earliest());
    assertEquals(LocalDate.of(2021, 1, 1).atStartOfDay(), year.latest());
    assertEquals(Precision.YEAR, year.precision());
    assertEquals("2020", year.toString());

    FuzzyTime decade = FuzzyTime.inDecade(Year.of(1980));
    assertEquals(LocalDate.of(1980, 1, 1).atStartOfDay(), decade.earliest());
    assertEquals(LocalDate.of(1990, 1, 1).atStartOfDay(), decade.latest());
    assertEquals(Precision.DECADE, decade.precision());
    assertEquals("1980s", decade.toString());
  }

  @Test
  void decemberRollsOverIntoTheNextYear() {
    FuzzyTime december = FuzzyTime.inMonth(YearMonth.of(2020, 12));
    assertEquals(LocalDate.of(2021, 1, 1).atStartOfDay(), december.latest());
    assertEquals("2020-12", december.toString());
  }

  @Test
  void inDecadeRejectsAYearNotDivisibleByTen() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FuzzyTime.inDecade(Year.of(1985)));
    assertEquals("FuzzyTime", e.type());
    assertEquals("firstYear", e.field());
    assertEquals("1985", e.value());
    assertEquals(
        "FuzzyTime.firstYear = 1985: a decade begins in a year divisible by 10", e.getMessage());
  }

  @Test
  void betweenSpansFromTheStartOfOneToTheEndOfTheOther() {
    // "between September and November 2020"
    FuzzyTime t =
        FuzzyTime.between(
            FuzzyTime.inMonth(YearMonth.of(2020, 9)), FuzzyTime.inMonth(YearMonth.of(2020, 11)));
    assertEquals(LocalDate.of(2020, 9, 1).atStartOfDay(), t.earliest());
    assertEquals(LocalDate.of(2020, 12, 1).atStartOfDay(), t.latest());
    assertEquals(Precision.MONTH, t.precision());
    assertEquals("[2020-09-01T00:00, 2020-12-01T00:00) MONTH", t.toString());
  }

  @Test
  void betweenTakesTheCoarserPrecision() {
    FuzzyTime t =
        FuzzyTime.between(FuzzyTime.onDay(MONDAY), FuzzyTime.inMonth(YearMonth.of(2022, 10)));
    assertEquals(Precision.MONTH, t.precision());
    assertEquals(MONDAY.atStartOfDay(), t.earliest());
    assertEquals(LocalDate.of(2022, 11, 1).atStartOfDay(), t.latest());
  }

  @Test
  void betweenRejectsAnEndBeforeTheStart() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                FuzzyTime.between(
                    FuzzyTime.onDay(TUESDAY), FuzzyTime.onDay(TUESDAY.minusDays(2))));
    assertEquals("FuzzyTime", e.type());
    assertEquals("latest", e.field());
    assertEquals("2022-09-12T00:00", e.value());
    assertEquals(
        "FuzzyTime.latest = 2022-09-12T00:00: must be after earliest (2022-09-13T00:00)",
        e.getMessage());
  }

  @Test
  void ofRejectsInvertedAndEmptyBounds() {
    LocalDateTime t = TUESDAY.atTime(6, 0);
    InvalidValueException inverted =
        assertThrows(
            InvalidValueException.class, () -> FuzzyTime.of(t, t.minusHours(1), Precision.HOUR));
    assertEquals("FuzzyTime", inverted.type());
    assertEquals("latest", inverted.field());
    assertEquals("2022-09-13T05:00", inverted.value());
    assertEquals(
        "FuzzyTime.latest = 2022-09-13T05:00: must be after earliest (2022-09-13T06:00)",
        inverted.getMessage());

    InvalidValueException empty =
        assertThrows(InvalidValueException.class, () -> FuzzyTime.of(t, t, Precision.MINUTE));
    assertEquals(
        "FuzzyTime.latest = 2022-09-13T06:00: must be after earliest (2022-09-13T06:00)",
        empty.getMessage());
  }

  @Test
  void ofWithUnusualBoundsPrintsTheInterval() {
    FuzzyTime twoDays =
        FuzzyTime.of(MONDAY.atStartOfDay(), TUESDAY.plusDays(1).atStartOfDay(), Precision.DAY);
    assertEquals("[2022-09-12T00:00, 2022-09-14T00:00) DAY", twoDays.toString());
  }

  /**
   * Each factory names its null argument itself: a message that rests on the JVM's helpful
   * null-pointer messages disappears once the JIT throws the exception without a stack trace.
   */
  @Test
  void factoriesNameTheirNullArgument() {
    YearMonth month = YearMonth.of(2022, 9);
    assertEquals("month", assertThrows(NullPointerException.class,
        () -> FuzzyTime.in(null, PartOfMonth.MID)).getMessage());
    assertEquals("part", assertThrows(NullPointerException.class,
        () -> FuzzyTime.in(month, null)).getMessage());
    assertEquals("month", assertThrows(NullPointerException.class,
        () -> FuzzyTime.inMonth(null)).getMessage());
    assertEquals("moment", assertThrows(NullPointerException.class,
        () -> FuzzyTime.atHour(null)).getMessage());
    assertEquals("day", assertThrows(NullPointerException.class,
        () -> FuzzyTime.on(null, PartOfDay.MORNING)).getMessage());
    assertEquals("part", assertThrows(NullPointerException.class,
        () -> FuzzyTime.on(MONDAY, null)).getMessage());
    assertEquals("day", assertThrows(NullPointerException.class,
        () -> FuzzyTime.onDay(null)).getMessage());
    assertEquals("day", assertThrows(NullPointerException.class,
        () -> FuzzyTime.about(null)).getMessage());
    assertEquals("year", assertThrows(NullPointerException.class,
        () -> FuzzyTime.inYear(null)).getMessage());
    assertEquals("firstYear", assertThrows(NullPointerException.class,
        () -> FuzzyTime.inDecade(null)).getMessage());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> FuzzyTime.of(null, TUESDAY.atStartOfDay(), Precision.DAY));
    assertThrows(NullPointerException.class, () -> FuzzyTime.of(MONDAY.atStartOfDay(), null, Precision.DAY));
    assertThrows(
        NullPointerException.class,
        () -> FuzzyTime.of(MONDAY.atStartOfDay(), TUESDAY.atStartOfDay(), null));
    assertThrows(NullPointerException.class, () -> FuzzyTime.onDay(null));
    assertThrows(NullPointerException.class, () -> FuzzyTime.on(MONDAY, null));
    assertThrows(NullPointerException.class, () -> FuzzyTime.onDay(MONDAY).isBefore((FuzzyTime) null));
    assertThrows(
        NullPointerException.class, () -> FuzzyTime.onDay(MONDAY).isBefore((LocalDateTime) null));
  }

  @Test
  void touchingTimesAreDefinitelyOrdered() {
    FuzzyTime monday = FuzzyTime.onDay(MONDAY);
    FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
    assertEquals(DEFINITELY, monday.isBefore(tuesday));
    assertEquals(NOT, monday.isAfter(tuesday));
    assertEquals(NOT, tuesday.isBefore(monday));
    assertEquals(DEFINITELY, tuesday.isAfter(monday));
    assertEquals(Certainty.NOT, monday.overlaps(tuesday), "half-open days do not share their boundary");
  }

  @Test
  void theSameDayIsPossiblyBeforeAndPossiblyAfterItself() {
    FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
    assertEquals(POSSIBLY, tuesday.isBefore(tuesday));
    assertEquals(POSSIBLY, tuesday.isAfter(tuesday));
    assertEquals(Certainty.POSSIBLY, tuesday.overlaps(tuesday));
  }

  @Test
  void overlappingTimesArePossiblyOrderedBothWays() {
    FuzzyTime night = FuzzyTime.on(MONDAY, PartOfDay.NIGHT); // Mon 18:00 - Tue 06:00
    FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
    assertEquals(POSSIBLY, night.isBefore(tuesday));
    assertEquals(POSSIBLY, tuesday.isBefore(night));
    assertEquals(Certainty.POSSIBLY, night.overlaps(tuesday));
  }

  @Test
  void nestedTimesArePossiblyOrderedBothWays() {
    FuzzyTime september = FuzzyTime.inMonth(YearMonth.of(2022, 9));
    FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
    assertEquals(POSSIBLY, tuesday.isBefore(september));
    assertEquals(POSSIBLY, september.isBefore(tuesday));
    assertEquals(POSSIBLY, september.isAfter(tuesday));
    assertEquals(Certainty.POSSIBLY, september.overlaps(tuesday));
  }

  @Test
  void disjointTimesAreNot() {
    FuzzyTime september = FuzzyTime.inMonth(YearMonth.of(2022, 9));
    FuzzyTime war2020 = FuzzyTime.inYear(Year.of(2020));
    assertEquals(NOT, september.isBefore(war2020));
    assertEquals(DEFINITELY, september.isAfter(war2020));
    assertEquals(Certainty.NOT, september.overlaps(war2020));
  }

  @Test
  void comparisonWithAnExactMomentAtTheBounds() {
    FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
    LocalDateTime start = TUESDAY.atStartOfDay();
    LocalDateTime end = TUESDAY.plusDays(1).atStartOfDay();
    LocalDateTime noon = TUESDAY.atTime(12, 0);

    // the exclusive latest bound: every reading is before it
    assertEquals(DEFINITELY, tuesday.isBefore(end));
    assertEquals(NOT, tuesday.isAfter(end));
    // the inclusive earliest bound: no reading is before it
    assertEquals(NOT, tuesday.isBefore(start));
    assertEquals(DEFINITELY, tuesday.isAfter(start));
    // inside
    assertEquals(POSSIBLY, tuesday.isBefore(noon));
    assertEquals(POSSIBLY, tuesday.isAfter(noon));
    // outside
    assertEquals(NOT, tuesday.isBefore(start.minusSeconds(1)));
    assertEquals(DEFINITELY, tuesday.isAfter(start.minusSeconds(1)));
    assertEquals(DEFINITELY, tuesday.isBefore(end.plusSeconds(1)));
    assertEquals(NOT, tuesday.isAfter(end.plusSeconds(1)));
  }

  @Test
  void spanCoversBothAtTheCoarserPrecision() {
    FuzzyTime night = FuzzyTime.on(MONDAY, PartOfDay.NIGHT);
    FuzzyTime morning = FuzzyTime.on(TUESDAY, PartOfDay.MORNING);
    FuzzyTime span = night.span(morning);
    assertEquals(MONDAY.atTime(18, 0), span.earliest());
    assertEquals(TUESDAY.atTime(12, 0), span.latest());
    assertEquals(Precision.PART_OF_DAY, span.precision());
    assertEquals(Precision.MONTH, FuzzyTime.onDay(MONDAY).span(FuzzyTime.inMonth(YearMonth.of(2022, 9))).precision());
  }

  @Test
  void epochSecondsAreTheLocalTimeReadAsUtc() {
    FuzzyTime t = FuzzyTime.onDay(LocalDate.of(1970, 1, 2));
    assertEquals(86_400L, t.earliestEpochSecond());
    assertEquals(172_800L, t.latestEpochSecond());
  }

  @Test
  void equalityIsBoundsAndPrecision() {
    FuzzyTime day = FuzzyTime.onDay(TUESDAY);
    FuzzyTime same = FuzzyTime.of(TUESDAY.atStartOfDay(), TUESDAY.plusDays(1).atStartOfDay(), Precision.DAY);
    FuzzyTime coarser =
        FuzzyTime.of(TUESDAY.atStartOfDay(), TUESDAY.plusDays(1).atStartOfDay(), Precision.MONTH);
    assertEquals(day, same);
    assertEquals(day.hashCode(), same.hashCode());
    assertNotEquals(day, coarser);
    assertEquals("[2022-09-13T00:00, 2022-09-14T00:00) MONTH", coarser.toString());
  }

  @Test
  void orderIsByEarliestThenLatestThenPrecision() {
    FuzzyTime september = FuzzyTime.inMonth(YearMonth.of(2022, 9));
    FuzzyTime firstOfSeptember = FuzzyTime.onDay(LocalDate.of(2022, 9, 1));
    FuzzyTime monday = FuzzyTime.onDay(MONDAY);
    FuzzyTime mondayAsMonth =
        FuzzyTime.of(MONDAY.atStartOfDay(), TUESDAY.atStartOfDay(), Precision.MONTH);
    List<FuzzyTime> times = new ArrayList<>(List.of(mondayAsMonth, monday, september, firstOfSeptember));
    times.sort(FuzzyTime.ORDER);
    assertEquals(List.of(firstOfSeptember, september, monday, mondayAsMonth), times);
  }
}
