package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * "Early / mid / late" a month ({@link FuzzyTime#in(YearMonth, PartOfMonth)}, a precision between
 * day and month) and "about" a day ({@link FuzzyTime#about(LocalDate)}). The dates are test
 * data.
 */
class PartOfMonthAndAboutTest {
  static final YearMonth AUGUST_1974 = YearMonth.of(1974, 8);

  @Test
  void thePartsOfAMonthAreItsThirdsWithTheLastRunningToItsEnd() {
    FuzzyTime early = FuzzyTime.in(AUGUST_1974, PartOfMonth.EARLY);
    FuzzyTime mid = FuzzyTime.in(AUGUST_1974, PartOfMonth.MID);
    FuzzyTime late = FuzzyTime.in(AUGUST_1974, PartOfMonth.LATE);
    assertEquals(LocalDate.of(1974, 8, 1).atStartOfDay(), early.earliest());
    assertEquals(LocalDate.of(1974, 8, 11).atStartOfDay(), early.latest());
    assertEquals(LocalDate.of(1974, 8, 11).atStartOfDay(), mid.earliest());
    assertEquals(LocalDate.of(1974, 8, 21).atStartOfDay(), mid.latest());
    assertEquals(LocalDate.of(1974, 8, 21).atStartOfDay(), late.earliest());
    assertEquals(LocalDate.of(1974, 9, 1).atStartOfDay(), late.latest());
    assertEquals(Precision.PART_OF_MONTH, mid.precision());
    // late February in a leap year ends on 1 March, after the 29th
    assertEquals(LocalDate.of(2024, 3, 1).atStartOfDay(),
        FuzzyTime.in(YearMonth.of(2024, 2), PartOfMonth.LATE).latest());
    assertEquals(LocalDate.of(2023, 2, 21).atStartOfDay(),
        FuzzyTime.in(YearMonth.of(2023, 2), PartOfMonth.LATE).earliest());
  }

  @Test
  void aPartOfAMonthComparesWithDaysAndWithTheMonth() {
    FuzzyTime mid = FuzzyTime.in(AUGUST_1974, PartOfMonth.MID);
    FuzzyTime offensive = FuzzyTime.onDay(LocalDate.of(1974, 8, 14));
    assertEquals(DEFINITELY, FuzzyTime.in(AUGUST_1974, PartOfMonth.EARLY).isBefore(mid));
    assertEquals(POSSIBLY, mid.isBefore(offensive), "14 August lies within mid-August");
    assertEquals(POSSIBLY, mid.isBefore(FuzzyTime.inMonth(AUGUST_1974)));
    assertEquals(NOT, mid.isAfter(FuzzyTime.onDay(LocalDate.of(1974, 8, 25))));
    assertEquals(DEFINITELY, FuzzyPeriod.since(FuzzyTime.inMonth(YearMonth.of(1974, 7))).covers(mid));
  }

  @Test
  void partOfMonthLiesBetweenDayAndMonthInPrecision() {
    assertTrue(Precision.PART_OF_MONTH.compareTo(Precision.DAY) > 0);
    assertTrue(Precision.PART_OF_MONTH.compareTo(Precision.MONTH) < 0);
    assertEquals(Precision.MONTH, Precision.PART_OF_MONTH.coarsest(Precision.MONTH));
    assertEquals(Precision.PART_OF_MONTH, Precision.DAY.coarsest(Precision.PART_OF_MONTH));
  }

  @Test
  void aboutADayAllowsThreeDaysEitherSide() {
    FuzzyTime landing = FuzzyTime.about(LocalDate.of(1974, 7, 20));
    assertEquals(LocalDate.of(1974, 7, 17).atStartOfDay(), landing.earliest());
    assertEquals(LocalDate.of(1974, 7, 24).atStartOfDay(), landing.latest());
    assertEquals(Precision.DAY, landing.precision(), "the source stated a day");
    assertEquals(3, FuzzyTime.ABOUT_DAYS);
    assertEquals(POSSIBLY, landing.isBefore(FuzzyTime.onDay(LocalDate.of(1974, 7, 20))));
    assertEquals(DEFINITELY, landing.isAfter(FuzzyTime.onDay(LocalDate.of(1974, 7, 16))));
    assertEquals(POSSIBLY, landing.isAfter(FuzzyTime.onDay(LocalDate.of(1974, 7, 17))));
    assertEquals(DEFINITELY, landing.isBefore(FuzzyTime.onDay(LocalDate.of(1974, 7, 24))));
    assertTrue(!landing.equals(FuzzyTime.onDay(LocalDate.of(1974, 7, 20))), "about a day is not the day");
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> FuzzyTime.in(null, PartOfMonth.EARLY));
    assertThrows(NullPointerException.class, () -> FuzzyTime.in(AUGUST_1974, null));
    assertThrows(NullPointerException.class, () -> FuzzyTime.about(null));
  }
}
