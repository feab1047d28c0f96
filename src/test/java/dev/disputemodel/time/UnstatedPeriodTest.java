package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;
import static dev.disputemodel.time.UnstatedPeriod.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An unstated period under both readings; a stated one answers as FuzzyPeriod does. */
class UnstatedPeriodTest {
  // The six-week war ran from 27 September to 10 November 2020 (border-clash-2022-facts.md).
  static final Optional<FuzzyPeriod> WAR = Optional.of(FuzzyPeriod.of(
      FuzzyTime.onDay(LocalDate.of(2020, 9, 27)), FuzzyTime.onDay(LocalDate.of(2020, 11, 10))));
  static final Optional<FuzzyPeriod> CLASHES_2022 = Optional.of(FuzzyPeriod.of(
      FuzzyTime.onDay(LocalDate.of(2022, 9, 12)), FuzzyTime.onDay(LocalDate.of(2022, 9, 14))));
  static final Optional<FuzzyPeriod> UNSTATED = Optional.empty();
  static final FuzzyTime OCTOBER_1 = FuzzyTime.onDay(LocalDate.of(2020, 10, 1));
  static final FuzzyTime WAR_START = FuzzyTime.onDay(LocalDate.of(2020, 9, 27));

  @Test
  void anUnstatedPeriodHoldsThroughoutOrMay() {
    assertEquals(DEFINITELY, HOLDS_THROUGHOUT.certainty());
    assertEquals(POSSIBLY, UNKNOWN.certainty());
    assertEquals(DEFINITELY, HOLDS_THROUGHOUT.overlap(UNSTATED, WAR));
    assertEquals(DEFINITELY, HOLDS_THROUGHOUT.overlap(WAR, UNSTATED));
    assertEquals(DEFINITELY, HOLDS_THROUGHOUT.overlap(UNSTATED, UNSTATED));
    assertEquals(POSSIBLY, UNKNOWN.overlap(UNSTATED, WAR));
    assertEquals(POSSIBLY, UNKNOWN.overlap(WAR, UNSTATED));
    assertEquals(DEFINITELY, HOLDS_THROUGHOUT.covers(UNSTATED, OCTOBER_1));
    assertEquals(POSSIBLY, UNKNOWN.covers(UNSTATED, OCTOBER_1));
    assertEquals(POSSIBLY, UNKNOWN.covers(UNSTATED, OCTOBER_1, EqualBounds.SAME_MOMENT));
  }

  @Test
  void statedPeriodsAnswerAlikeUnderBothReadings() {
    for (UnstatedPeriod reading : UnstatedPeriod.values()) {
      assertEquals(NOT, reading.overlap(WAR, CLASHES_2022), reading.name());
      assertEquals(DEFINITELY, reading.overlap(WAR, WAR), reading.name());
      assertEquals(DEFINITELY, reading.covers(WAR, OCTOBER_1), reading.name());
      assertEquals(NOT, reading.covers(CLASHES_2022, OCTOBER_1), reading.name());
      assertEquals(POSSIBLY, reading.covers(WAR, WAR_START), reading.name() + ": a start day");
      assertEquals(DEFINITELY, reading.covers(WAR, WAR_START, EqualBounds.SAME_MOMENT), reading.name());
    }
  }
}
