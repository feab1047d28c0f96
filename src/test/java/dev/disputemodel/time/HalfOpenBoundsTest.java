package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDateTime;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * A time is the half-open interval {@code [earliest, latest)}: its first instant belongs to it,
 * its exclusive {@code latest} bound does not. Each comparison is pinned exactly at the two
 * bounds, where {@code <} and {@code <=} differ; a comparison off by one instant at either bound
 * fails here.
 */
class HalfOpenBoundsTest {
  private static final FuzzyTime Y2021 = FuzzyTime.inYear(Year.of(2021));
  private static final FuzzyTime Y2022 = FuzzyTime.inYear(Year.of(2022));
  private static final LocalDateTime START_2022 = LocalDateTime.of(2022, 1, 1, 0, 0);
  private static final LocalDateTime START_2023 = LocalDateTime.of(2023, 1, 1, 0, 0);

  @Test
  void aTimeEndingWhereAnotherBeginsIsDefinitelyBeforeItAndNeverOverlapsIt() {
    assertEquals(DEFINITELY, Y2021.isBefore(Y2022), "2021's latest bound is 2022's first instant");
    assertEquals(NOT, Y2022.isBefore(Y2021));
    assertEquals(DEFINITELY, Y2022.isAfter(Y2021));
    assertEquals(NOT, Y2021.isAfter(Y2022));
    assertEquals(NOT, Y2021.overlaps(Y2022));
    assertEquals(NOT, Y2022.overlaps(Y2021));
    assertEquals(POSSIBLY, Y2022.overlaps(Y2022));
  }

  @Test
  void theFirstInstantBelongsToTheTimeAndTheLatestBoundDoesNot() {
    assertEquals(NOT, Y2022.isBefore(START_2022), "its first instant may be the time itself");
    assertEquals(DEFINITELY, Y2022.isAfter(START_2022), "no reading lies before its first instant");
    assertEquals(DEFINITELY, Y2022.isBefore(START_2023), "every reading lies before latest");
    assertEquals(NOT, Y2022.isAfter(START_2023));
    assertEquals(POSSIBLY, Y2022.isBefore(START_2023.minusSeconds(1)));
    assertEquals(POSSIBLY, Y2022.isAfter(START_2022.plusSeconds(1)));
  }

  @Test
  void aPeriodCoversAMomentFromTheEndOfItsStartToTheStartOfItsEnd() {
    // started in 2021, ended in 2022: surely running through the instant 2022 began
    FuzzyPeriod period = FuzzyPeriod.of(Y2021, Y2022);
    LocalDateTime start2021 = LocalDateTime.of(2021, 1, 1, 0, 0);
    assertEquals(NOT, period.covers(start2021), "a period starting in 2021 starts at 2021's first instant at the earliest");
    assertEquals(POSSIBLY, period.covers(start2021.plusSeconds(1)));
    assertEquals(DEFINITELY, period.covers(START_2022), "started by then, and its end may begin only now");
    assertEquals(POSSIBLY, period.covers(START_2022.plusSeconds(1)));
    assertEquals(POSSIBLY, period.covers(START_2023.minusSeconds(1)));
    assertEquals(NOT, period.covers(START_2023), "ended by 2022's exclusive latest bound");
  }

  @Test
  void aSpanMustBeNonEmptyAndTouchingBoundsDoNotOverlap() {
    FuzzyPeriod during2022 = FuzzyPeriod.of(Y2022, Y2022);
    long start2022 = Y2022.earliestEpochSecond();
    long start2023 = Y2022.latestEpochSecond();
    assertThrows(InvalidValueException.class, () -> during2022.overlapsSpan(start2022, start2022));
    assertEquals(NOT, during2022.overlapsSpan(start2022 - 60, start2022), "ends where 2022 begins");
    assertEquals(POSSIBLY, during2022.overlapsSpan(start2022 - 60, start2022 + 1));
    assertEquals(NOT, during2022.overlapsSpan(start2023, start2023 + 60), "begins at 2022's latest bound");
    assertEquals(POSSIBLY, during2022.overlapsSpan(start2023 - 1, start2023 + 60));
  }

  @Test
  void aTimeMustNotBeEmpty() {
    assertThrows(InvalidValueException.class,
        () -> FuzzyTime.of(START_2022, START_2022, Precision.MINUTE));
    FuzzyTime oneSecond = FuzzyTime.of(START_2022, START_2022.plusSeconds(1), Precision.MINUTE);
    assertEquals(START_2022.plusSeconds(1), oneSecond.latest());
  }
}
