package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Dates as the pictures say them, at each precision, and the axis and gantt forms of a moment. */
class DatesTest {
  private static long epoch(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  @Test
  void eachPrecisionIsSaidAsAReaderSaysIt() {
    assertEquals("1980s", Dates.of(FuzzyTime.inDecade(Year.of(1980))));
    assertEquals("1985", Dates.of(FuzzyTime.inYear(Year.of(1985))));
    assertEquals("Sep 2022", Dates.of(FuzzyTime.inMonth(YearMonth.of(2022, 9))));
    assertEquals("12 Sep 2022", Dates.of(FuzzyTime.onDay(LocalDate.of(2022, 9, 12))));
    assertEquals("12 Sep 2022 night", Dates.of(FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT)));
    assertEquals("12 Sep 2022 18:05", Dates.of(FuzzyTime.atMinute(LocalDateTime.of(2022, 9, 12, 18, 5))));
    assertEquals("about 12 Sep 2022 18:00", Dates.of(FuzzyTime.atHour(LocalDateTime.of(2022, 9, 12, 18, 0))));
    assertEquals("between 10 Nov 2020 and 30 Sep 2022", Dates.of(FuzzyTime.of(
        LocalDateTime.of(2020, 11, 10, 0, 0), LocalDateTime.of(2022, 10, 1, 0, 0), Precision.DAY)));
    assertEquals("between 10 Nov 2020 06:00 and 1 Oct 2022 12:30", Dates.of(FuzzyTime.of(
        LocalDateTime.of(2020, 11, 10, 6, 0), LocalDateTime.of(2022, 10, 1, 12, 30), Precision.MINUTE)));
  }

  @Test
  void aDayOrLessIsOnAndLongerIsIn() {
    assertEquals("on 13 Sep 2022", Dates.onOrIn(FuzzyTime.onDay(LocalDate.of(2022, 9, 13))));
    assertEquals("on 13 Sep 2022 night", Dates.onOrIn(FuzzyTime.on(LocalDate.of(2022, 9, 13), PartOfDay.NIGHT)));
    assertEquals("in Jun 2003", Dates.onOrIn(FuzzyTime.inMonth(YearMonth.of(2003, 6))));
    assertEquals("in the 1980s", Dates.onOrIn(FuzzyTime.inDecade(Year.of(1980))));
    assertEquals("in 1985", Dates.onOrIn(FuzzyTime.inYear(Year.of(1985))));
    // A day and a second is more than a day.
    FuzzyTime longer = FuzzyTime.of(LocalDateTime.of(2003, 6, 1, 0, 0), LocalDateTime.of(2003, 6, 2, 0, 0, 1),
        Precision.MINUTE);
    assertEquals("between 1 Jun 2003 and 2 Jun 2003 00:00", Dates.onOrIn(longer));
  }

  @Test
  void aPeriodIsItsStartAndEndOrOneMoment() {
    FuzzyTime day = FuzzyTime.onDay(LocalDate.of(2003, 6, 2));
    assertEquals("2 Jun 2003", Dates.of(FuzzyPeriod.at(day)));
    assertEquals("2 Jun 2003 \u2013 ongoing", Dates.of(FuzzyPeriod.since(day)));
    assertEquals("start not stated \u2013 2 Jun 2003", Dates.of(FuzzyPeriod.until(day)));
  }

  @Test
  void ticksAreTheYearTheMonthTheDayOrTheMinute() {
    assertEquals("2003", Dates.tick(epoch(LocalDateTime.of(2003, 1, 1, 0, 0))));
    assertEquals("Jun 2003", Dates.tick(epoch(LocalDateTime.of(2003, 6, 1, 0, 0))));
    assertEquals("2 Jun 2003", Dates.tick(epoch(LocalDateTime.of(2003, 6, 2, 0, 0))));
    assertEquals("1 Jan 2003 06:00", Dates.tick(epoch(LocalDateTime.of(2003, 1, 1, 6, 0))));
    assertEquals("2003-06-02 18:05", Dates.gantt(epoch(LocalDateTime.of(2003, 6, 2, 18, 5))));
  }
}
