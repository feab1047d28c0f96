package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every form of {@link Estimate}, its invariant, and its operations on worked examples. */
class EstimateTest {
  private static final OptionalLong NONE = OptionalLong.empty();

  private static OptionalLong n(long value) {
    return OptionalLong.of(value);
  }

  private static void assertParts(Estimate e, OptionalLong low, OptionalLong best, OptionalLong high) {
    assertEquals(low, e.low(), "low of " + e);
    assertEquals(best, e.best(), "best of " + e);
    assertEquals(high, e.high(), "high of " + e);
  }

  @Test
  void exact() {
    Estimate e = Estimate.exact(49); // "49 soldiers were killed" (K1)
    assertParts(e, n(49), n(49), n(49));
    assertEquals(Estimate.Form.EXACT, e.form());
    assertEquals("49", e.toString());
    assertEquals(Optional.empty(), e.wording());
    assertEquals(Estimate.exact(0), Estimate.of(n(0), n(0), n(0)));
  }

  @Test
  void about() {
    Estimate e = Estimate.about(50);
    assertParts(e, NONE, n(50), NONE);
    assertEquals(Estimate.Form.ABOUT, e.form());
    assertEquals("~50", e.toString());
  }

  @Test
  void atLeastWithWording() {
    Estimate e = Estimate.atLeast(24).withWording("dozens");
    assertParts(e, n(24), NONE, NONE);
    assertEquals(Estimate.Form.AT_LEAST, e.form());
    assertEquals(Optional.of("dozens"), e.wording());
    assertEquals(">=24 \"dozens\"", e.toString());
    assertEquals(">=24", Estimate.atLeast(24).toString());
    assertEquals(">=10 ~20", Estimate.of(n(10), n(20), NONE).toString());
  }

  @Test
  void atMostWithWording() {
    Estimate e = Estimate.atMost(2000).withWording("almost 2,000");
    assertParts(e, NONE, NONE, n(2000));
    assertEquals(Estimate.Form.AT_MOST, e.form());
    assertEquals("<=2000 \"almost 2,000\"", e.toString());
    assertEquals("<=10 ~5", Estimate.of(NONE, n(5), n(10)).toString());
  }

  @Test
  void ranges() {
    Estimate e = Estimate.range(1000, 3000);
    assertParts(e, n(1000), NONE, n(3000));
    assertEquals(Estimate.Form.RANGE, e.form());
    assertEquals("1000-3000", e.toString());
    Estimate withBest = Estimate.range(1000, 2000, 3000);
    assertParts(withBest, n(1000), n(2000), n(3000));
    assertEquals("1000-3000 ~2000", withBest.toString());
    assertEquals(Estimate.Form.RANGE, withBest.form());
  }

  @Test
  void rangeWithEqualBoundsIsTheExactCount() {
    // "between 5 and 5" allows exactly 5: it must be the same value as exact(5), not merely
    // print like it (it used to have form EXACT and text "5" while its best was empty).
    Estimate e = Estimate.range(5, 5);
    assertEquals(Estimate.Form.EXACT, e.form());
    assertEquals(n(5), e.best());
    assertEquals(Estimate.exact(5), e);
    assertEquals(Estimate.exact(5).hashCode(), e.hashCode());
    assertEquals("5", e.toString());
    assertEquals(Estimate.exact(5), Estimate.of(n(5), NONE, n(5)));
  }

  @Test
  void unknown() {
    Estimate e = Estimate.unknown();
    assertParts(e, NONE, NONE, NONE);
    assertEquals(Estimate.Form.UNKNOWN, e.form());
    assertEquals("unknown", e.toString());
    assertSame(Estimate.unknown(), Estimate.of(NONE, NONE, NONE));
    assertEquals("unknown \"not given\"", e.withWording("not given").toString());
  }

  private static InvalidValueException assertInvalid(
      Executable build, String field, String value, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals("Estimate", e.type());
    assertEquals(field, e.field());
    assertEquals(value, e.value());
    assertEquals(message, e.getMessage());
    return e;
  }

  @Test
  void lowAboveBestIsRejected() {
    assertInvalid(
        () -> Estimate.of(n(60), n(50), n(70)), "low", "60", "Estimate.low = 60: must not exceed best (50)");
    assertInvalid(
        () -> Estimate.of(n(60), n(50), NONE), "low", "60", "Estimate.low = 60: must not exceed best (50)");
  }

  @Test
  void bestAboveHighIsRejected() {
    assertInvalid(
        () -> Estimate.range(10, 80, 70), "best", "80", "Estimate.best = 80: must not exceed high (70)");
    assertInvalid(
        () -> Estimate.of(NONE, n(80), n(70)), "best", "80", "Estimate.best = 80: must not exceed high (70)");
  }

  @Test
  void lowAboveHighIsRejected() {
    assertInvalid(
        () -> Estimate.range(60, 50), "low", "60", "Estimate.low = 60: must not exceed high (50)");
  }

  @Test
  void negativeCountsAreRejected() {
    assertInvalid(() -> Estimate.exact(-1), "low", "-1", "Estimate.low = -1: must not be negative");
    assertInvalid(() -> Estimate.atLeast(-5), "low", "-5", "Estimate.low = -5: must not be negative");
    assertInvalid(() -> Estimate.about(-3), "best", "-3", "Estimate.best = -3: must not be negative");
    assertInvalid(() -> Estimate.atMost(-2), "high", "-2", "Estimate.high = -2: must not be negative");
  }

  @Test
  void nullPartsAreRejected() {
    assertThrows(NullPointerException.class, () -> Estimate.of(null, NONE, NONE));
    assertThrows(NullPointerException.class, () -> Estimate.of(NONE, null, NONE));
    assertThrows(NullPointerException.class, () -> Estimate.of(NONE, NONE, null));
    assertThrows(NullPointerException.class, () -> Estimate.exact(1).withWording(null));
    assertThrows(NullPointerException.class, () -> Estimate.exact(1).plus(null));
    assertThrows(NullPointerException.class, () -> Estimate.exact(1).hull(null));
    assertThrows(NullPointerException.class, () -> Estimate.exact(1).isCompatibleWith(null));
  }

  @Test
  void withWordingRejectsBlankAndPaddedText() {
    InvalidValueException blank =
        assertThrows(InvalidValueException.class, () -> Estimate.atLeast(24).withWording("  "));
    assertEquals("Estimate", blank.type());
    assertEquals("wording", blank.field());
    assertEquals("\"  \"", blank.value());
    assertEquals("Estimate.wording = \"  \": must not be blank", blank.getMessage());
    InvalidValueException empty =
        assertThrows(InvalidValueException.class, () -> Estimate.atLeast(24).withWording(""));
    assertEquals("Estimate.wording = \"\": must not be blank", empty.getMessage());
    InvalidValueException padded =
        assertThrows(InvalidValueException.class, () -> Estimate.atLeast(24).withWording("dozens "));
    assertEquals(
        "Estimate.wording = \"dozens \": must not begin or end with white space",
        padded.getMessage());
  }

  @Test
  void wordingTakesPartInEquality() {
    Estimate plain = Estimate.atLeast(24);
    Estimate worded = plain.withWording("dozens");
    assertNotEquals(plain, worded);
    assertEquals(worded, Estimate.atLeast(24).withWording("dozens"));
    assertEquals(worded.hashCode(), Estimate.atLeast(24).withWording("dozens").hashCode());
    assertEquals(plain.form(), worded.form());
  }

  @Test
  void minimumAndMaximum() {
    assertEquals(24, Estimate.atLeast(24).minimum());
    assertEquals(NONE, Estimate.atLeast(24).maximum());
    assertEquals(0, Estimate.atMost(2000).minimum());
    assertEquals(n(2000), Estimate.atMost(2000).maximum());
    assertEquals(0, Estimate.about(50).minimum());
    assertEquals(NONE, Estimate.about(50).maximum());
  }

  @Test
  void allows() {
    assertTrue(Estimate.exact(49).allows(49));
    assertFalse(Estimate.exact(49).allows(48));
    assertFalse(Estimate.exact(49).allows(50));
    assertFalse(Estimate.atLeast(24).allows(23));
    assertTrue(Estimate.atLeast(24).allows(24));
    assertTrue(Estimate.atLeast(24).allows(Long.MAX_VALUE));
    assertTrue(Estimate.atMost(2000).allows(0));
    assertTrue(Estimate.atMost(2000).allows(2000));
    assertFalse(Estimate.atMost(2000).allows(2001));
    assertTrue(Estimate.range(1000, 3000).allows(1000));
    assertTrue(Estimate.range(1000, 3000).allows(3000));
    assertFalse(Estimate.range(1000, 3000).allows(999));
    assertTrue(Estimate.about(50).allows(0), "about states no bounds");
    assertTrue(Estimate.about(50).allows(5000));
    assertTrue(Estimate.unknown().allows(0));
    assertFalse(Estimate.unknown().allows(-1), "counts are never negative");
  }

  private static void assertCompatible(boolean expected, Estimate a, Estimate b) {
    assertEquals(expected, a.isCompatibleWith(b), a + " compatible with " + b);
    assertEquals(expected, b.isCompatibleWith(a), b + " compatible with " + a);
  }

  @Test
  void isCompatibleWith() {
    assertCompatible(true, Estimate.exact(49), Estimate.atLeast(24));
    assertCompatible(false, Estimate.exact(49), Estimate.exact(50));
    assertCompatible(true, Estimate.exact(49), Estimate.exact(49));
    assertCompatible(true, Estimate.atMost(2000), Estimate.exact(2000));
    assertCompatible(false, Estimate.atMost(2000), Estimate.exact(2001));
    assertCompatible(false, Estimate.atMost(10), Estimate.atLeast(11));
    assertCompatible(true, Estimate.atMost(10), Estimate.atLeast(10));
    assertCompatible(true, Estimate.range(1, 5), Estimate.range(5, 9));
    assertCompatible(false, Estimate.range(1, 4), Estimate.range(5, 9));
    assertCompatible(true, Estimate.about(50), Estimate.exact(3));
    assertCompatible(true, Estimate.unknown(), Estimate.exact(49));
    assertCompatible(true, Estimate.unknown(), Estimate.unknown());
  }

  @Test
  void plusAddsDisjointCounts() {
    assertEquals(Estimate.exact(99), Estimate.exact(49).plus(Estimate.exact(50)));
    assertEquals(Estimate.atLeast(34), Estimate.atLeast(24).plus(Estimate.exact(10)));
    assertEquals(Estimate.atMost(8), Estimate.atMost(5).plus(Estimate.atMost(3)));
    assertEquals(Estimate.about(30), Estimate.about(10).plus(Estimate.about(20)));
    assertEquals(
        Estimate.range(11, 22, 33), Estimate.range(1, 2, 3).plus(Estimate.range(10, 20, 30)));
    // an unstated high makes the sum unbounded; bests add only when both are stated
    assertEquals(Estimate.of(n(3), n(7), NONE), Estimate.exact(3).plus(Estimate.about(4)));
    assertEquals(Estimate.range(3, 13), Estimate.exact(3).plus(Estimate.atMost(10)));
    // an unknown count adds no lower bound and removes the upper one
    assertEquals(Estimate.atLeast(5), Estimate.unknown().plus(Estimate.exact(5)));
    assertEquals(Estimate.unknown(), Estimate.unknown().plus(Estimate.unknown()));
    // the wording is dropped
    assertEquals(
        Estimate.exact(2), Estimate.exact(1).withWording("one").plus(Estimate.exact(1)));
  }

  @Test
  void plusReportsOverflowAsOverflow() {
    InvalidValueException best = assertThrows(InvalidValueException.class,
        () -> Estimate.exact(Long.MAX_VALUE).plus(Estimate.exact(1)));
    assertEquals("low", best.field(), "the first bound that overflows is named");
    assertTrue(best.getMessage().contains("overflows"), best.getMessage());
    InvalidValueException high = assertThrows(InvalidValueException.class,
        () -> Estimate.range(0, Long.MAX_VALUE).plus(Estimate.range(0, 1)));
    assertEquals("high", high.field());
    assertEquals(Long.MAX_VALUE, Estimate.exact(Long.MAX_VALUE - 1).plus(Estimate.exact(1))
        .best().getAsLong(), "the largest sum is not an overflow");
  }

  @Test
  void hullAllowsWhatEitherAllows() {
    assertEquals(Estimate.range(49, 50), Estimate.exact(49).hull(Estimate.exact(50)));
    assertEquals(
        Estimate.range(1, 5, 10), Estimate.range(1, 5, 10).hull(Estimate.range(2, 5, 8)));
    assertEquals(Estimate.range(1, 10), Estimate.range(1, 4, 10).hull(Estimate.range(2, 5, 8)));
    assertEquals(Estimate.atLeast(24), Estimate.atLeast(24).hull(Estimate.exact(49)));
    assertEquals(Estimate.atMost(10), Estimate.atMost(10).hull(Estimate.exact(5)));
    assertEquals(Estimate.about(7), Estimate.about(7).hull(Estimate.about(7)));
    assertEquals(Estimate.unknown(), Estimate.atLeast(24).hull(Estimate.atMost(10)));
    assertEquals(Estimate.exact(49), Estimate.exact(49).withWording("49").hull(Estimate.exact(49)));

    Estimate a = Estimate.range(3, 6);
    Estimate b = Estimate.atLeast(20);
    Estimate hull = a.hull(b);
    for (long count = 0; count <= 30; count++) {
      if (a.allows(count) || b.allows(count)) {
        assertTrue(hull.allows(count), hull + " allows " + count);
      }
    }
  }
}
