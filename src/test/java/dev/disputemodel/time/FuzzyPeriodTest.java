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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Closed, ongoing and unknown-start periods and their three-valued questions at the bounds. */
class FuzzyPeriodTest {
  // The six-week war ran from 27 September to 10 November 2020 (border-clash-2022-facts.md).
  static final FuzzyTime WAR_START = FuzzyTime.onDay(LocalDate.of(2020, 9, 27));
  static final FuzzyTime WAR_END = FuzzyTime.onDay(LocalDate.of(2020, 11, 10));
  static final FuzzyPeriod WAR = FuzzyPeriod.of(WAR_START, WAR_END);

  static FuzzyTime day(int month, int dayOfMonth) {
    return FuzzyTime.onDay(LocalDate.of(2020, month, dayOfMonth));
  }

  static LocalDateTime at(int month, int dayOfMonth, int hour) {
    return LocalDate.of(2020, month, dayOfMonth).atTime(hour, 0);
  }

  @Test
  void closedPeriod() {
    assertEquals(Optional.of(WAR_START), WAR.start());
    assertEquals(Optional.of(WAR_END), WAR.end());
    assertFalse(WAR.isOngoing());
    assertEquals("2020-09-27..2020-11-10", WAR.toString());
  }

  @Test
  void ongoingPeriodHasAnOpenEnd() {
    FuzzyPeriod since2020 = FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)));
    assertEquals(Optional.of(FuzzyTime.inYear(Year.of(2020))), since2020.start());
    assertEquals(Optional.empty(), since2020.end());
    assertTrue(since2020.isOngoing());
    assertEquals("2020..", since2020.toString());
    
  }

  @Test
  void unknownStartViaUntil() {
    FuzzyPeriod until2020 = FuzzyPeriod.until(FuzzyTime.inYear(Year.of(2020)));
    assertEquals(Optional.empty(), until2020.start());
    assertEquals(Optional.of(FuzzyTime.inYear(Year.of(2020))), until2020.end());
    assertFalse(until2020.isOngoing());
    assertEquals("?..2020", until2020.toString());
  }

  @Test
  void atIsOneMomentAsBothEnds() {
    FuzzyPeriod oneDay = FuzzyPeriod.at(WAR_START);
    assertEquals(Optional.of(WAR_START), oneDay.start());
    assertEquals(Optional.of(WAR_START), oneDay.end());
    assertEquals("2020-09-27..2020-09-27", oneDay.toString());
  }


  @Test
  void endDefinitelyBeforeStartIsRejected() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FuzzyPeriod.of(WAR_END, WAR_START));
    assertEquals("FuzzyPeriod", e.type());
    assertEquals("end", e.field());
    assertEquals("2020-09-27", e.value());
    assertEquals(
        "FuzzyPeriod.end = 2020-09-27: must not be before start (2020-11-10)", e.getMessage());
  }

  @Test
  void touchingEndBeforeStartIsRejected() {
    // end on 26 September, start on 27 September: every reading of the end precedes the start
    assertThrows(InvalidValueException.class, () -> FuzzyPeriod.of(day(9, 27), day(9, 26)));
  }

  @Test
  void sameDayStartAndEndAccepted() {
    FuzzyPeriod p = FuzzyPeriod.of(day(9, 27), day(9, 27));
    assertEquals(FuzzyPeriod.at(day(9, 27)), p);
  }

  @Test
  void possiblyInvertedEndIsAccepted() {
    // ends some day in September, starts on 27 September: possible, so accepted
    FuzzyPeriod p = FuzzyPeriod.of(day(9, 27), FuzzyTime.inMonth(YearMonth.of(2020, 9)));
    assertEquals(Optional.of(FuzzyTime.inMonth(YearMonth.of(2020, 9))), p.end());
  }

  @Test
  void withEndClosesAnOngoingPeriodAndValidates() {
    FuzzyPeriod ongoing = FuzzyPeriod.since(WAR_START);
    assertEquals(WAR, ongoing.withEnd(WAR_END));
    assertEquals(FuzzyPeriod.until(WAR_END), FuzzyPeriod.until(WAR_START).withEnd(WAR_END));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> WAR.withEnd(day(9, 1)));
    assertEquals("end", e.field());
    // an unknown start cannot be contradicted by any end
    assertEquals(Optional.of(day(1, 1)), FuzzyPeriod.until(WAR_END).withEnd(day(1, 1)).end());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.of(null, WAR_END));
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.of(WAR_START, (FuzzyTime) null));
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.since(null));
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.until(null));
    assertThrows(NullPointerException.class, () -> FuzzyPeriod.at(null));
    assertThrows(NullPointerException.class, () -> WAR.overlaps(null));
  }

  @Test
  void isActiveAtAClosedPeriodsBounds() {
    assertEquals(NOT, WAR.covers(at(9, 26, 12)), "the day before");
    // The first instant of the start day: a start read anywhere in that day is at or after it.
    // Ties between continuous readings carry no weight ("before" and "not after" coincide).
    assertEquals(NOT, WAR.covers(at(9, 27, 0)));
    assertEquals(POSSIBLY, WAR.covers(at(9, 27, 12)), "during the start day");
    assertEquals(DEFINITELY, WAR.covers(at(9, 28, 0)), "after the start day");
    assertEquals(DEFINITELY, WAR.covers(at(11, 10, 0)), "the first instant of the end day");
    assertEquals(POSSIBLY, WAR.covers(at(11, 10, 23)), "during the end day");
    assertEquals(NOT, WAR.covers(at(11, 11, 0)), "the exclusive bound of the end day");
  }

  @Test
  void isActiveAtAnOngoingPeriod() {
    FuzzyPeriod since = FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)));
    assertEquals(NOT, since.covers(LocalDateTime.of(2019, 12, 31, 23, 59)));
    assertEquals(POSSIBLY, since.covers(LocalDateTime.of(2020, 6, 1, 0, 0)));
    assertEquals(DEFINITELY, since.covers(LocalDateTime.of(2021, 1, 1, 0, 0)));
    assertEquals(DEFINITELY, since.covers(LocalDateTime.of(2100, 1, 1, 0, 0)));
  }

  @Test
  void isActiveAtAPeriodWithUnknownStart() {
    FuzzyPeriod until = FuzzyPeriod.until(FuzzyTime.inYear(Year.of(2020)));
    assertEquals(POSSIBLY, until.covers(LocalDateTime.of(1900, 1, 1, 0, 0)));
    assertEquals(POSSIBLY, until.covers(LocalDateTime.of(2019, 6, 1, 0, 0)));
    assertEquals(POSSIBLY, until.covers(LocalDateTime.of(2020, 6, 1, 0, 0)));
    assertEquals(NOT, until.covers(LocalDateTime.of(2021, 1, 1, 0, 0)));
  }

  @Test
  void containsAnUncertainMoment() {
    assertEquals(DEFINITELY, WAR.covers(day(10, 15)));
    assertEquals(POSSIBLY, WAR.covers(WAR_START), "the start day itself");
    assertEquals(POSSIBLY, WAR.covers(WAR_END), "the end day itself");
    assertEquals(POSSIBLY, WAR.covers(FuzzyTime.inMonth(YearMonth.of(2020, 9))));
    assertEquals(NOT, WAR.covers(day(9, 26)), "the day before touches the start");
    assertEquals(NOT, WAR.covers(day(11, 11)), "the day after touches the end");
    assertEquals(POSSIBLY, FuzzyPeriod.until(WAR_END).covers(day(1, 1)));
    assertEquals(NOT, FuzzyPeriod.until(WAR_END).covers(day(12, 1)));
    assertEquals(DEFINITELY, FuzzyPeriod.since(WAR_START).covers(FuzzyTime.inYear(Year.of(2022))));
  }

  @Test
  void overlapsAtTheBounds() {
    FuzzyPeriod firstToFifth = FuzzyPeriod.of(day(10, 1), day(10, 5));
    FuzzyPeriod sixthToNinth = FuzzyPeriod.of(day(10, 6), day(10, 9));
    FuzzyPeriod fifthToNinth = FuzzyPeriod.of(day(10, 5), day(10, 9));
    FuzzyPeriod thirdToNinth = FuzzyPeriod.of(day(10, 3), day(10, 9));

    assertSymmetricOverlap(NOT, firstToFifth, sixthToNinth, "touching days");
    assertSymmetricOverlap(POSSIBLY, firstToFifth, fifthToNinth, "sharing one uncertain day");
    assertSymmetricOverlap(DEFINITELY, firstToFifth, thirdToNinth, "overlapping");
    assertSymmetricOverlap(DEFINITELY, WAR, firstToFifth, "nested");
    assertSymmetricOverlap(DEFINITELY, firstToFifth, firstToFifth, "itself");
    assertSymmetricOverlap(POSSIBLY, FuzzyPeriod.at(day(10, 1)), FuzzyPeriod.at(day(10, 1)), "one uncertain day, itself");
    assertSymmetricOverlap(DEFINITELY, FuzzyPeriod.since(day(10, 1)), sixthToNinth, "ongoing");
    assertSymmetricOverlap(NOT, FuzzyPeriod.since(day(10, 10)), firstToFifth, "ongoing, later");
    assertSymmetricOverlap(POSSIBLY, FuzzyPeriod.until(day(10, 5)), FuzzyPeriod.of(day(10, 1), day(10, 3)), "unknown start");
    assertSymmetricOverlap(NOT, FuzzyPeriod.until(day(10, 5)), sixthToNinth, "unknown start, ends before");
  }

  private static void assertSymmetricOverlap(
      Certainty expected, FuzzyPeriod a, FuzzyPeriod b, String what) {
    assertEquals(expected, a.overlaps(b), what + ": " + a + " overlaps " + b);
    assertEquals(expected, b.overlaps(a), what + ": " + b + " overlaps " + a);
  }

  @Test
  void enclosesAClosedPeriod() {
    assertEquals(DEFINITELY, WAR.encloses(FuzzyPeriod.of(day(10, 1), day(10, 5))), "inside");
    assertEquals(DEFINITELY, WAR.encloses(FuzzyPeriod.at(day(10, 15))), "one day inside");
    assertEquals(POSSIBLY, WAR.encloses(FuzzyPeriod.of(WAR_START, day(10, 5))), "same start day");
    assertEquals(POSSIBLY, WAR.encloses(FuzzyPeriod.of(day(10, 1), WAR_END)), "same end day");
    assertEquals(POSSIBLY, WAR.encloses(WAR), "itself");
    assertEquals(NOT, WAR.encloses(FuzzyPeriod.of(day(9, 1), day(10, 5))), "starts before");
    assertEquals(NOT, WAR.encloses(FuzzyPeriod.of(day(10, 1), day(12, 5))), "ends after");
    assertEquals(NOT, FuzzyPeriod.of(day(10, 1), day(10, 5)).encloses(WAR), "the reverse");
  }

  @Test
  void enclosesWithOpenAndUnknownEnds() {
    assertEquals(NOT, WAR.encloses(FuzzyPeriod.since(day(10, 1))), "closed cannot hold ongoing");
    assertEquals(DEFINITELY, FuzzyPeriod.since(day(9, 1)).encloses(WAR), "ongoing holds later");
    assertEquals(DEFINITELY, FuzzyPeriod.since(day(9, 1)).encloses(FuzzyPeriod.since(day(10, 1))));
    assertEquals(POSSIBLY, FuzzyPeriod.until(day(12, 1)).encloses(WAR), "unknown start");
    assertEquals(NOT, FuzzyPeriod.until(day(10, 1)).encloses(WAR), "unknown start, ends too early");
    assertEquals(POSSIBLY, WAR.encloses(FuzzyPeriod.until(day(10, 20))), "other's start unknown");
    assertEquals(NOT, WAR.encloses(FuzzyPeriod.until(day(9, 1))), "other ends before this starts");
  }

  @Test
  void equalityAndHash() {
    assertEquals(WAR, FuzzyPeriod.of(day(9, 27), day(11, 10)));
    assertEquals(WAR.hashCode(), FuzzyPeriod.of(day(9, 27), day(11, 10)).hashCode());
    assertNotEquals(FuzzyPeriod.since(WAR_START), FuzzyPeriod.at(WAR_START));
    assertNotEquals(FuzzyPeriod.until(WAR_START), FuzzyPeriod.at(WAR_START));
    assertNotEquals(FuzzyPeriod.since(WAR_START), FuzzyPeriod.until(WAR_START));
  }

  @Test
  void coversAStartOrEndDayAsTheSameMomentWhenAsked() {
    assertEquals(POSSIBLY, WAR.covers(WAR_START), "the war may have started later that day");
    assertEquals(POSSIBLY, WAR.covers(WAR_START, EqualBounds.MAY_DIFFER));
    assertEquals(DEFINITELY, WAR.covers(WAR_START, EqualBounds.SAME_MOMENT), "the stated start day");
    assertEquals(DEFINITELY, WAR.covers(WAR_END, EqualBounds.SAME_MOMENT), "the stated end day");
    assertEquals(POSSIBLY, WAR.covers(WAR_END, EqualBounds.MAY_DIFFER));
    FuzzyTime startMonth = FuzzyTime.inMonth(YearMonth.of(2020, 9));
    assertEquals(POSSIBLY, WAR.covers(startMonth, EqualBounds.SAME_MOMENT), "other bounds: no tie");
    assertEquals(NOT, WAR.covers(day(9, 26), EqualBounds.SAME_MOMENT), "the day before");
    assertEquals(NOT, WAR.covers(day(11, 11), EqualBounds.SAME_MOMENT), "the day after");
    assertEquals(POSSIBLY, FuzzyPeriod.until(WAR_END).covers(WAR_END.span(day(9, 1)), EqualBounds.SAME_MOMENT),
        "an unknown start is only possibly started");
  }

  @Test
  void overlapsSpanIsActiveAtSomeMomentOfIt() {
    assertEquals(DEFINITELY, WAR.overlapsSpan(seconds(at(9, 27, 0)), seconds(at(9, 28, 0))),
        "started by the end of its first day");
    assertEquals(POSSIBLY, WAR.overlapsSpan(seconds(at(9, 27, 0)), seconds(at(9, 27, 12))),
        "the morning of the first day: it may have started in the afternoon");
    assertEquals(NOT, WAR.overlapsSpan(seconds(at(9, 26, 0)), seconds(at(9, 27, 0))), "the day before");
    assertEquals(DEFINITELY, WAR.overlapsSpan(seconds(at(11, 10, 0)), seconds(at(11, 11, 0))),
        "not ended when its last day began");
    assertEquals(NOT, WAR.overlapsSpan(seconds(at(11, 11, 0)), seconds(at(11, 12, 0))), "the day after");
    assertEquals(DEFINITELY, WAR.overlapsSpan(seconds(at(9, 1, 0)), seconds(at(12, 1, 0))), "a span around it");
    FuzzyPeriod until = FuzzyPeriod.until(WAR_END);
    assertEquals(POSSIBLY, until.overlapsSpan(seconds(at(1, 1, 0)), seconds(at(1, 2, 0))), "unknown start");
    assertEquals(DEFINITELY, FuzzyPeriod.since(WAR_START).overlapsSpan(seconds(at(12, 1, 0)), seconds(at(12, 2, 0))),
        "an open end has not ended");
    assertThrows(InvalidValueException.class,
        () -> WAR.overlapsSpan(seconds(at(9, 28, 0)), seconds(at(9, 27, 0))));
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(java.time.ZoneOffset.UTC);
  }
}
