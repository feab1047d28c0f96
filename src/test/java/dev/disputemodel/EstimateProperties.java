package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.junit.PropertyTest;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Properties of {@link Estimate}, on the test kit: every operation keeps {@code low <= best <=
 * high}; {@code minimum}, {@code maximum} and {@code allows} describe the same counts; and
 * compatibility, sums and hulls agree with the counts each estimate allows.
 */
class EstimateProperties {

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
    assertAllowsExactlyMinimumToMaximum(e);
  }

  /** The counts an estimate allows are those from its minimum to its maximum (if any). */
  private static void assertAllowsExactlyMinimumToMaximum(Estimate e) {
    assertTrue(e.allows(e.minimum()), e + " allows its minimum " + e.minimum());
    if (e.minimum() > 0) {
      assertFalse(e.allows(e.minimum() - 1), e + " allows less than its minimum");
    }
    if (e.maximum().isPresent()) {
      long max = e.maximum().getAsLong();
      assertTrue(e.allows(max), e + " allows its maximum");
      assertFalse(e.allows(max + 1), e + " allows more than its maximum");
    } else {
      assertTrue(e.allows(Long.MAX_VALUE), e + " has no upper bound");
    }
    e.best().ifPresent(b -> assertTrue(e.allows(b), e + " allows its best guess"));
  }

  /** Returns counts where what an estimate allows changes: either side of every bound. */
  private static List<Long> countsAround(Estimate... estimates) {
    List<Long> out = new ArrayList<>();
    for (Estimate e : estimates) {
      for (long n : new long[] {e.minimum(), e.maximum().orElse(e.minimum())}) {
        out.addAll(List.of(n - 1, n, n + 1));
      }
    }
    return out;
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

  /** Returns {@code b} and estimates that touch or just miss {@code a}'s bounds. */
  private static List<Estimate> near(Estimate a, Estimate b) {
    List<Estimate> out = new ArrayList<>(List.of(b, Estimate.atMost(a.minimum()),
        Estimate.exact(a.minimum())));
    if (a.minimum() > 0) {
      out.add(Estimate.atMost(a.minimum() - 1));
    }
    a.maximum().ifPresent(max -> out.addAll(List.of(Estimate.atLeast(max), Estimate.atLeast(max + 1))));
    return out;
  }

  @PropertyTest
  void compatibleMeansSomeCountIsAllowedByBoth(Estimate a, Estimate b) {
    for (Estimate o : near(a, b)) {
      boolean shared = countsAround(a, o).stream().anyMatch(n -> a.allows(n) && o.allows(n));
      assertEquals(shared, a.isCompatibleWith(o), a + " compatible with " + o);
    }
  }

  @PropertyTest
  void aSumAllowsTheSumsOfAllowedCountsAndNothingBelowOrAbove(Estimate a, Estimate b) {
    Estimate sum = a.plus(b);
    for (long x : countsAround(a)) {
      for (long y : countsAround(b)) {
        if (a.allows(x) && b.allows(y)) {
          assertTrue(sum.allows(x + y), sum + " allows " + x + " + " + y);
        }
      }
    }
    assertEquals(a.minimum() + b.minimum(), sum.minimum());
    assertEquals(a.maximum().isPresent() && b.maximum().isPresent()
            ? OptionalLong.of(a.maximum().getAsLong() + b.maximum().getAsLong())
            : OptionalLong.empty(),
        sum.maximum(), a + " + " + b);
  }

  @PropertyTest
  void aHullIsTheSmallestEstimateAllowingWhatEitherAllows(Estimate a, Estimate b) {
    Estimate hull = a.hull(b);
    for (long n : countsAround(a, b)) {
      if (a.allows(n) || b.allows(n)) {
        assertTrue(hull.allows(n), hull + " allows " + n + " as " + a + " or " + b + " does");
      }
    }
    assertEquals(Math.min(a.minimum(), b.minimum()), hull.minimum(), hull.toString());
    assertEquals(a.maximum().isPresent() && b.maximum().isPresent()
            ? OptionalLong.of(Math.max(a.maximum().getAsLong(), b.maximum().getAsLong()))
            : OptionalLong.empty(),
        hull.maximum(), hull.toString());
  }
}
