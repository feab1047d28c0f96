package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static dev.disputemodel.time.EqualBounds.MAY_DIFFER;
import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The two readings of times with the same bounds, and that other times compare as usual. */
class EqualBoundsTest {
  // The 2022 ceasefire was agreed and took effect on 13 September (border-clash-2022-facts.md).
  static final FuzzyTime SEPT_13 = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));
  static final FuzzyTime SEPT_12 = FuzzyTime.onDay(LocalDate.of(2022, 9, 12));
  static final FuzzyTime SEPTEMBER = FuzzyTime.inMonth(YearMonth.of(2022, 9));

  @Test
  void sameBoundsMayBeTwoMomentsOrOne() {
    assertEquals(POSSIBLY, MAY_DIFFER.isBefore(SEPT_13, SEPT_13));
    assertEquals(POSSIBLY, MAY_DIFFER.isAfter(SEPT_13, SEPT_13));
    assertEquals(SEPT_13.isBefore(SEPT_13), MAY_DIFFER.isBefore(SEPT_13, SEPT_13), "FuzzyTime's reading");
    assertEquals(NOT, SAME_MOMENT.isBefore(SEPT_13, SEPT_13));
    assertEquals(NOT, SAME_MOMENT.isAfter(SEPT_13, SEPT_13));
    assertEquals(NOT, SAME_MOMENT.isBefore(SEPTEMBER, FuzzyTime.inMonth(YearMonth.of(2022, 9))));
  }

  @Test
  void sameBoundsAtAnotherPrecisionAreTheSameMoment() {
    FuzzyTime sept13AsHours = FuzzyTime.of(SEPT_13.earliest(), SEPT_13.latest(), Precision.HOUR);
    assertEquals(NOT, SAME_MOMENT.isBefore(SEPT_13, sept13AsHours));
    assertEquals(POSSIBLY, MAY_DIFFER.isBefore(SEPT_13, sept13AsHours));
  }

  @Test
  void otherBoundsCompareAsFuzzyTimeDoes() {
    for (EqualBounds reading : EqualBounds.values()) {
      assertEquals(DEFINITELY, reading.isBefore(SEPT_12, SEPT_13), reading.name());
      assertEquals(NOT, reading.isAfter(SEPT_12, SEPT_13), reading.name());
      assertEquals(DEFINITELY, reading.isAfter(SEPT_13, SEPT_12), reading.name());
      assertEquals(POSSIBLY, reading.isBefore(SEPT_13, SEPTEMBER), reading.name() + ": a day in its month");
      assertEquals(POSSIBLY, reading.isAfter(SEPT_13, SEPTEMBER), reading.name() + ": a day in its month");
    }
  }
}
