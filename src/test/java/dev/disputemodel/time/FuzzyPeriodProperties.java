package dev.disputemodel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.testing.junit.PropertyTest;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Properties of {@link FuzzyPeriod}, on the test kit: containment and overlap agree with a
 * brute-force look at the readings of the bounds ({@link Readings}), and are consistent with the
 * comparisons of {@link FuzzyTime}; an open end means the period has definitely not ended.
 */
class FuzzyPeriodProperties {
  /** A moment after every generated time (they lie between 1950 and 2024). */
  private static final LocalDateTime FAR_FUTURE = LocalDateTime.of(3000, 1, 1, 0, 0);

  /** Returns {@code time} and times that meet the period's bounds, where answers change. */
  private static List<FuzzyTime> timesNear(FuzzyPeriod period, FuzzyTime time) {
    List<FuzzyTime> out = new ArrayList<>(List.of(time));
    period.start().ifPresent(s -> out.addAll(FuzzyTimeProperties.near(s, time)));
    period.end().ifPresent(e -> out.addAll(FuzzyTimeProperties.near(e, time)));
    return out;
  }

  @PropertyTest
  void coversATimeAgreesWithEveryReading(FuzzyPeriod period, FuzzyTime time) {
    for (FuzzyTime t : timesNear(period, time)) {
      Readings r = Readings.ofPeriods(List.of(t), List.of(), period);
      Readings.Tally covered = new Readings.Tally();
      for (LocalDateTime s : r.ofStart(period.start())) {
        for (LocalDateTime e : r.ofEnd(period.end())) {
          r.of(t).forEach(x -> covered.add(Readings.covers(s, e, x)));
        }
      }
      assertEquals(covered.certainty(), period.covers(t), period + " covers " + t);
    }
  }

  @PropertyTest
  void coversAMomentAgreesWithEveryReading(FuzzyPeriod period, FuzzyTime time) {
    List<LocalDateTime> moments = new ArrayList<>();
    for (FuzzyTime t : timesNear(period, time)) {
      moments.addAll(FuzzyTimeProperties.momentsAround(t, time));
    }
    for (LocalDateTime m : moments) {
      Readings r = Readings.ofPeriods(List.of(), List.of(m), period);
      Readings.Tally covered = new Readings.Tally();
      for (LocalDateTime s : r.ofStart(period.start())) {
        for (LocalDateTime e : r.ofEnd(period.end())) {
          covered.add(Readings.covers(s, e, m));
        }
      }
      assertEquals(covered.certainty(), period.covers(m), period + " covers " + m);
    }
  }

  @PropertyTest
  void overlapsAgreesWithEveryReading(FuzzyPeriod a, FuzzyPeriod b, FuzzyTime time) {
    List<FuzzyPeriod> others = new ArrayList<>(List.of(b, a));
    timesNear(a, time).forEach(t -> others.add(FuzzyPeriod.at(t)));
    for (FuzzyPeriod o : others) {
      Readings r = Readings.ofPeriods(List.of(), List.of(), a, o);
      Readings.Tally shared = new Readings.Tally();
      for (LocalDateTime s1 : r.ofStart(a.start())) {
        for (LocalDateTime e1 : r.ofEnd(a.end())) {
          for (LocalDateTime s2 : r.ofStart(o.start())) {
            for (LocalDateTime e2 : r.ofEnd(o.end())) {
              shared.add(!s1.isAfter(e2) && !s2.isAfter(e1));
            }
          }
        }
      }
      assertEquals(shared.certainty(), a.overlaps(o), a + " overlaps " + o);
    }
  }

  /** An open end means ongoing: the period covers every later moment, unless it has ended. */
  @PropertyTest
  void anOngoingPeriodHasDefinitelyNotEndedAndAClosedOneHas(FuzzyPeriod period) {
    Certainty later = period.isOngoing() ? Certainty.DEFINITELY : Certainty.NOT;
    assertEquals(later, period.covers(FAR_FUTURE), period.toString());
    assertEquals(later, period.covers(FuzzyTime.inYear(Year.from(FAR_FUTURE))), period.toString());
  }

  @PropertyTest
  void coveringIsConsistentWithTheBoundsAndOverlaps(FuzzyPeriod period, FuzzyTime time) {
    Certainty covered = period.covers(time);
    period.start().ifPresent(s -> {
      if (time.isBefore(s).isDefinite()) {
        assertEquals(Certainty.NOT, covered, period + " covers " + time);
      }
    });
    period.end().ifPresent(e -> {
      if (e.isBefore(time).isDefinite()) {
        assertEquals(Certainty.NOT, covered, period + " covers " + time);
      }
    });
    if (covered.isDefinite()) {
      assertTrue(period.overlaps(FuzzyPeriod.at(time)).isPossible());
      assertTrue(period.encloses(FuzzyPeriod.at(time)).isPossible(), period + " / " + time);
    }
    assertTrue(period.encloses(period).isPossible(), period + " encloses itself");
    period.start().ifPresent(s -> assertTrue(period.covers(s).isPossible(), period.toString()));
  }

  @PropertyTest
  void periodsOverlapSymmetrically(FuzzyPeriod a, FuzzyPeriod b) {
    assertEquals(a.overlaps(b), b.overlaps(a));
    if (a.encloses(b).isDefinite()) {
      assertTrue(a.overlaps(b).isPossible(), a + " encloses " + b);
    }
  }

  /** The one invariant of a period: {@code of} rejects an end definitely before the start. */
  @PropertyTest
  void ofRejectsExactlyTheEndsDefinitelyBeforeTheStart(FuzzyTime a, FuzzyTime b) {
    for (FuzzyTime end : FuzzyTimeProperties.near(a, b)) {
      if (end.isBefore(a).isDefinite()) {
        assertThrows(InvalidValueException.class, () -> FuzzyPeriod.of(a, end), a + ".." + end);
        assertThrows(InvalidValueException.class, () -> FuzzyPeriod.since(a).withEnd(end));
      } else {
        FuzzyPeriod p = FuzzyPeriod.of(a, end);
        assertEquals(Optional.of(a), p.start());
        assertEquals(Optional.of(end), p.end());
        assertEquals(p, FuzzyPeriod.since(a).withEnd(end));
      }
      assertEquals(Optional.of(end), FuzzyPeriod.until(a).withEnd(end).end(),
          "an unstated start cannot be contradicted by any end");
    }
  }
}
