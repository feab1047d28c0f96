package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count as sources give it: "49" (exact), "almost 2,000" (at most), "dozens" (at least 24),
 * "between 1,000 and 3,000" (a range), "about 50" (a best guess without bounds), or unknown.
 * Counts are never negative.
 *
 * <p>An estimate holds an optional {@link #low()}, {@link #best()} and {@link #high()} with the
 * invariant {@code low <= best <= high} wherever they are present; its {@link #form()} follows
 * from which of them are present. {@link #wording()} keeps the source's own words.
 *
 * <p>Immutable and thread-safe. Every operation returns an estimate that keeps the invariant.
 */
public final class Estimate {
  private static final long ABSENT = -1;
  private static final Estimate UNKNOWN = new Estimate(ABSENT, ABSENT, ABSENT, null);

  /** What kind of figure an estimate is, derived from the values present. */
  public enum Form {
    /** low = best = high: "49". */
    EXACT,
    /** Only a best guess: "about 50". */
    ABOUT,
    /** A lower bound and no upper bound: "at least 24", "dozens", "thousands". */
    AT_LEAST,
    /** An upper bound and no lower bound: "almost 2,000", "up to 100". */
    AT_MOST,
    /** Both bounds: "between 1,000 and 3,000". */
    RANGE,
    /** No figure at all. */
    UNKNOWN
  }

  private final long low;
  private final long best;
  private final long high;
  private final String wording;

  private Estimate(long low, long best, long high, String wording) {
    this.low = low;
    this.best = best;
    this.high = high;
    this.wording = wording;
  }

  /**
   * Returns an estimate from optional parts; the general factory the others call. When low and
   * high are equal the estimate is that exact count, and its best is that count too.
   *
   * @throws InvalidValueException if a value is negative, or low &gt; best, best &gt; high or
   *     low &gt; high
   */
  public static Estimate of(OptionalLong low, OptionalLong best, OptionalLong high) {
    Checks checks = Checks.of("Estimate");
    long l = checkCount(checks, "low", low);
    long b = checkCount(checks, "best", best);
    long h = checkCount(checks, "high", high);
    checks.check(l == ABSENT || b == ABSENT || l <= b, "low", l, "must not exceed best (" + b + ")")
        .check(b == ABSENT || h == ABSENT || b <= h, "best", b, "must not exceed high (" + h + ")");
    if (b == ABSENT) { // with a best, low <= best <= high already orders low and high
      checks.check(l == ABSENT || h == ABSENT || l <= h, "low", l,
          "must not exceed high (" + h + ")");
    }
    checks.done();
    if (l != ABSENT && l == h) {
      b = l; // low = high leaves one count: it is also the best (so range(5, 5) equals exact(5))
    }
    return l == ABSENT && b == ABSENT && h == ABSENT ? UNKNOWN : new Estimate(l, b, h, null);
  }

  /** Returns the exact count {@code n}: "49 soldiers were killed". */
  public static Estimate exact(long n) {
    Checks.check(n >= 0, "Estimate", "low", n, "must not be negative"); // one count, one problem
    return of(OptionalLong.of(n), OptionalLong.of(n), OptionalLong.of(n));
  }

  /** Returns "at least {@code n}", with no upper bound. */
  public static Estimate atLeast(long n) {
    return of(OptionalLong.of(n), OptionalLong.empty(), OptionalLong.empty());
  }

  /** Returns "at most {@code n}", with no lower bound beyond zero. */
  public static Estimate atMost(long n) {
    return of(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(n));
  }

  /** Returns "about {@code n}": a best guess with no stated bounds. */
  public static Estimate about(long n) {
    return of(OptionalLong.empty(), OptionalLong.of(n), OptionalLong.empty());
  }

  /** Returns "between {@code low} and {@code high}". */
  public static Estimate range(long low, long high) {
    return of(OptionalLong.of(low), OptionalLong.empty(), OptionalLong.of(high));
  }

  /** Returns "between {@code low} and {@code high}, most likely {@code best}". */
  public static Estimate range(long low, long best, long high) {
    return of(OptionalLong.of(low), OptionalLong.of(best), OptionalLong.of(high));
  }

  /** Returns the estimate with no figure: a count that exists but was not given. */
  public static Estimate unknown() {
    return UNKNOWN;
  }

  /** Returns the lower bound, if stated. */
  public OptionalLong low() {
    return optional(low);
  }

  /** Returns the best guess, if stated. */
  public OptionalLong best() {
    return optional(best);
  }

  /** Returns the upper bound, if stated. */
  public OptionalLong high() {
    return optional(high);
  }

  /** Returns the source's own words for the figure ("dozens", "almost 2,000"), if kept. */
  public Optional<String> wording() {
    return Optional.ofNullable(wording);
  }

  /** Returns the form of this estimate, derived from the values present. */
  public Form form() {
    boolean hasLow = low != ABSENT;
    boolean hasHigh = high != ABSENT;
    if (hasLow && hasHigh) {
      return low == high ? Form.EXACT : Form.RANGE;
    }
    if (hasLow) {
      return Form.AT_LEAST;
    }
    if (hasHigh) {
      return Form.AT_MOST;
    }
    return best != ABSENT ? Form.ABOUT : Form.UNKNOWN;
  }

  /** Returns the smallest count this estimate allows: its low, or zero when unstated. */
  public long minimum() {
    return low == ABSENT ? 0 : low;
  }

  /** Returns the largest count this estimate allows, or empty when unbounded. */
  public OptionalLong maximum() {
    return high();
  }

  /** Returns true if the count {@code n} is allowed by this estimate's bounds. */
  public boolean allows(long n) {
    return n >= minimum() && (high == ABSENT || n <= high);
  }

  /**
   * Returns true if some count is allowed by both estimates: two figures for the same thing
   * contradict each other only when this is false.
   */
  public boolean isCompatibleWith(Estimate other) {
    return (high == ABSENT || other.minimum() <= high)
        && (other.high == ABSENT || minimum() <= other.high);
  }

  /**
   * Returns the estimate of the sum of two disjoint counts, such as the dead of two sides.
   * Bounds add; an unstated low counts as zero, an unstated high makes the sum's high unstated;
   * the best is the sum of bests when both are stated. The wording is dropped.
   *
   * @throws InvalidValueException naming the bound if a sum exceeds {@link Long#MAX_VALUE}
   */
  public Estimate plus(Estimate other) {
    long l = low == ABSENT && other.low == ABSENT ? ABSENT : sum("low", minimum(), other.minimum());
    long b = best == ABSENT || other.best == ABSENT ? ABSENT : sum("best", best, other.best);
    long h = high == ABSENT || other.high == ABSENT ? ABSENT : sum("high", high, other.high);
    return of(optional(l), optional(b), optional(h));
  }

  private static long sum(String field, long a, long b) {
    long s = a + b;
    if (((a ^ s) & (b ^ s)) < 0) {
      throw new InvalidValueException(
          "Estimate", field, a + " + " + b, "sum overflows (more than " + Long.MAX_VALUE + ")");
    }
    return s;
  }

  /**
   * Returns the smallest estimate that allows every count either estimate allows (their hull):
   * used to merge figures for the same thing. The best is kept only when both agree.
   */
  public Estimate hull(Estimate other) {
    long l = low == ABSENT || other.low == ABSENT ? ABSENT : Math.min(low, other.low);
    long h = high == ABSENT || other.high == ABSENT ? ABSENT : Math.max(high, other.high);
    long b = best == other.best ? best : ABSENT;
    return of(optional(l), optional(b), optional(h));
  }

  /**
   * Returns a copy that keeps the source's words for the figure.
   *
   * @throws InvalidValueException if {@code words} is blank
   */
  public Estimate withWording(String words) {
    Checks.text("Estimate", "wording", Objects.requireNonNull(words, "words"));
    return new Estimate(low, best, high, words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Estimate e
        && low == e.low
        && best == e.best
        && high == e.high
        && Objects.equals(wording, e.wording);
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, best, high, wording);
  }

  /** Returns a compact form such as {@code 49}, {@code >=24 "dozens"}, {@code 1000-3000}. */
  @Override
  public String toString() {
    String figure;
    switch (form()) {
      case EXACT:
        figure = Long.toString(low);
        break;
      case ABOUT:
        figure = "~" + best;
        break;
      case AT_LEAST:
        figure = ">=" + low + (best == ABSENT ? "" : " ~" + best);
        break;
      case AT_MOST:
        figure = "<=" + high + (best == ABSENT ? "" : " ~" + best);
        break;
      case RANGE:
        figure = low + "-" + high + (best == ABSENT ? "" : " ~" + best);
        break;
      default:
        figure = "unknown";
        break;
    }
    return wording == null ? figure : figure + " \"" + wording + "\"";
  }

  /** Returns the count, or ABSENT if unstated or negative (recording that it is negative). */
  private static long checkCount(Checks checks, String field, OptionalLong value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      return ABSENT;
    }
    checks.check(value.getAsLong() >= 0, field, value.getAsLong(), "must not be negative");
    return value.getAsLong() < 0 ? ABSENT : value.getAsLong();
  }

  private static OptionalLong optional(long value) {
    return value == ABSENT ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
