package dev.disputemodel.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Estimate;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.util.OptionalLong;

/**
 * Issue #2's invariants of uncertain time and figures, on the test kit: three-valued comparisons
 * are consistent, period containment agrees with comparisons, and every estimate operation keeps
 * {@code low <= best <= high}.
 */
class TimeAndEstimateProperties {

  @PropertyTest
  void definitelyBeforeImpliesPossiblyBefore(FuzzyTime a, FuzzyTime b) {
    if (a.isBefore(b).isDefinite()) {
      assertTrue(a.isBefore(b).isPossible());
      assertTrue(b.isAfter(a).isDefinite());
    }
    assertTrue(a.isBefore(b).isPossible() || !a.isBefore(b).isDefinite());
  }

  @PropertyTest
  void beforeIsAntisymmetricAndDualToAfter(FuzzyTime a, FuzzyTime b) {
    if (a.isBefore(b) == Certainty.DEFINITELY) {
      assertEquals(Certainty.NOT, b.isBefore(a), a + " / " + b);
    }
    assertEquals(a.isBefore(b), b.isAfter(a));
    assertEquals(a.isAfter(b), b.isBefore(a));
    assertEquals(Certainty.POSSIBLY, a.isBefore(a), "a time is possibly before itself: " + a);
  }

  @PropertyTest
  void overlappingTimesArePossiblyInEitherOrder(FuzzyTime a, FuzzyTime b) {
    if (a.overlaps(b).isPossible()) {
      assertEquals(Certainty.POSSIBLY, a.isBefore(b));
      assertEquals(Certainty.POSSIBLY, b.isBefore(a));
    }
    FuzzyTime span = a.span(b);
    assertTrue(!span.earliest().isAfter(a.earliest()) && !span.latest().isBefore(b.latest()));
    assertTrue(span.precision().compareTo(a.precision()) >= 0);
  }

  @PropertyTest
  void comparisonsWithMomentsAgreeWithBounds(FuzzyTime a) {
    LocalDateTime before = a.earliest().minusMinutes(1);
    LocalDateTime after = a.latest();
    assertEquals(Certainty.DEFINITELY, a.isAfter(before));
    assertEquals(Certainty.DEFINITELY, a.isBefore(after));
    assertEquals(Certainty.NOT, a.isBefore(a.earliest()));
  }

  @PropertyTest
  void periodContainmentIsConsistent(FuzzyPeriod period, FuzzyTime time) {
    Certainty contains = period.covers(time);
    period.start().ifPresent(s -> {
      if (time.isBefore(s).isDefinite()) {
        assertEquals(Certainty.NOT, contains, period + " contains " + time);
      }
    });
    period.end().ifPresent(e -> {
      if (e.isBefore(time).isDefinite()) {
        assertEquals(Certainty.NOT, contains, period + " contains " + time);
      }
    });
    if (contains.isDefinite()) {
      assertTrue(period.overlaps(FuzzyPeriod.at(time)).isPossible());
      assertTrue(period.encloses(FuzzyPeriod.at(time)).isPossible(), period + " / " + time);
    }
    assertTrue(period.encloses(period).isPossible(), period + " encloses itself");
    period.start().ifPresent(s -> assertTrue(period.covers(s).isPossible(), period.toString()));
    if (period.isOngoing()) {
      assertTrue(period.end().isEmpty());
    }
  }

  @PropertyTest
  void periodsOverlapSymmetrically(FuzzyPeriod a, FuzzyPeriod b) {
    assertEquals(a.overlaps(b), b.overlaps(a));
    if (a.encloses(b).isDefinite()) {
      assertTrue(a.overlaps(b).isPossible(), a + " encloses " + b);
    }
  }

  private static void assertInvariant(Estimate e) {
    OptionalLong low = e.low();
    OptionalLong best = e.best();
    OptionalLong high = e.high();
    if (low.isPresent() && best.isPresent()) {
      assertTrue(low.getAsLong() <= best.getAsLong(), e.toString());
    }
    if (best.isPresent() && high.isPresent()) {
      assertTrue(best.getAsLong() <= high.getAsLong(), e.toString());
    }
    if (low.isPresent() && high.isPresent()) {
      assertTrue(low.getAsLong() <= high.getAsLong(), e.toString());
    }
    assertTrue(e.minimum() >= 0);
    assertTrue(e.allows(e.minimum()) || e.form() == Estimate.Form.UNKNOWN || e.allows(e.minimum()));
  }

  @PropertyTest
  void estimatesKeepTheirInvariantUnderEveryOperation(Estimate a, Estimate b) {
    assertInvariant(a);
    assertInvariant(b);
    Estimate sum = a.plus(b);
    assertInvariant(sum);
    assertEquals(a.minimum() + b.minimum(), sum.minimum());
    Estimate hull = a.hull(b);
    assertInvariant(hull);
    assertEquals(hull, b.hull(a));
    for (long n : new long[] {a.minimum(), b.minimum()}) {
      if (a.allows(n)) {
        assertTrue(hull.allows(n), hull + " must allow " + n + " as " + a + " does");
      }
    }
    Estimate worded = a.withWording("as the source put it");
    assertInvariant(worded);
    assertEquals(a.form(), worded.form());
    assertEquals(a.low(), worded.low());
    assertEquals(a.high(), worded.high());
    assertEquals(a.isCompatibleWith(b), b.isCompatibleWith(a));
    assertTrue(a.isCompatibleWith(a));
  }

  @PropertyTest
  void aGeneratedPeriodNeverEndsBeforeItStarts(FuzzyPeriod p) {
    if (p.start().isPresent() && p.end().isPresent()) {
      assertTrue(!p.end().get().isBefore(p.start().get()).isDefinite(), p.toString());
    }
  }
}
