package dev.disputemodel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.junit.PropertyTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Properties of {@link FuzzyTime}, on the test kit: its three-valued comparisons agree with a
 * brute-force look at its readings ({@link Readings}), are dual and antisymmetric, and a span
 * allows every reading of both times.
 */
class FuzzyTimeProperties {

  /**
   * Returns {@code b} and times whose bounds meet {@code a}'s, where answers change: {@code a}
   * itself, the hours just before and just after it, an hour straddling each bound, and the span
   * of both. Two generated times rarely meet at a bound on their own.
   */
  static List<FuzzyTime> near(FuzzyTime a, FuzzyTime b) {
    LocalDateTime e = a.earliest();
    LocalDateTime l = a.latest();
    return List.of(b, a, a.span(b),
        FuzzyTime.atHour(e.minusHours(1)), FuzzyTime.atHour(l),
        FuzzyTime.of(e.minusMinutes(30), e.plusMinutes(30), Precision.HOUR),
        FuzzyTime.of(l.minusMinutes(30), l.plusMinutes(30), Precision.HOUR));
  }

  /** Returns moments where answers about {@code a} change: its bounds and a minute either side. */
  static List<LocalDateTime> momentsAround(FuzzyTime a, FuzzyTime b) {
    List<LocalDateTime> out = new ArrayList<>();
    for (LocalDateTime m : List.of(a.earliest(), a.latest(), b.earliest(), b.latest())) {
      out.addAll(List.of(m.minusMinutes(1), m, m.plusMinutes(1)));
    }
    return out;
  }

  @PropertyTest
  void isBeforeAndIsAfterAgreeWithEveryReading(FuzzyTime a, FuzzyTime b) {
    for (FuzzyTime o : near(a, b)) {
      Readings r = Readings.at(a, o);
      assertEquals(Readings.forPairs(r.of(a), r.of(o), LocalDateTime::isBefore), a.isBefore(o),
          a + " before " + o);
      assertEquals(Readings.forPairs(r.of(a), r.of(o), LocalDateTime::isAfter), a.isAfter(o),
          a + " after " + o);
    }
  }

  @PropertyTest
  void comparisonsWithMomentsAgreeWithEveryReading(FuzzyTime a, FuzzyTime b) {
    for (LocalDateTime m : momentsAround(a, b)) {
      List<LocalDateTime> readings = Readings.at(List.of(a), List.of(m)).of(a);
      assertEquals(Readings.forEach(readings, x -> x.isBefore(m)), a.isBefore(m), a + " before " + m);
      assertEquals(Readings.forEach(readings, x -> x.isAfter(m)), a.isAfter(m), a + " after " + m);
    }
  }

  @PropertyTest
  void overlapsWhenSomeMomentIsAReadingOfBoth(FuzzyTime a, FuzzyTime b) {
    for (FuzzyTime o : near(a, b)) {
      Readings r = Readings.at(a, o);
      boolean shared = r.of(a).stream()
          .anyMatch(m -> m.isAfter(o.earliest()) && m.isBefore(o.latest()));
      assertEquals(shared ? Certainty.POSSIBLY : Certainty.NOT, a.overlaps(o), a + " overlaps " + o);
    }
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
  void overlappingTimesArePossiblyInEitherOrderAndTheirSpanAllowsBoth(FuzzyTime a, FuzzyTime b) {
    if (a.overlaps(b).isPossible()) {
      assertEquals(Certainty.POSSIBLY, a.isBefore(b));
      assertEquals(Certainty.POSSIBLY, b.isBefore(a));
    }
    FuzzyTime span = a.span(b);
    for (FuzzyTime t : List.of(a, b)) {
      assertTrue(!span.earliest().isAfter(t.earliest()) && !span.latest().isBefore(t.latest()),
          span + " spans " + t);
      assertTrue(span.precision().compareTo(t.precision()) >= 0, span + " is as coarse as " + t);
    }
    assertEquals(span.earliest(), a.earliest().isBefore(b.earliest()) ? a.earliest() : b.earliest(),
        "the span is the smallest: " + span);
    assertEquals(span.latest(), a.latest().isAfter(b.latest()) ? a.latest() : b.latest(),
        "the span is the smallest: " + span);
  }

  @PropertyTest
  void comparisonsWithMomentsAgreeWithBounds(FuzzyTime a) {
    LocalDateTime before = a.earliest().minusMinutes(1);
    LocalDateTime after = a.latest();
    assertEquals(Certainty.DEFINITELY, a.isAfter(before));
    assertEquals(Certainty.DEFINITELY, a.isBefore(after));
    assertEquals(Certainty.NOT, a.isBefore(a.earliest()));
  }
}
