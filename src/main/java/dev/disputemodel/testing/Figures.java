package dev.disputemodel.testing;

import dev.disputemodel.Estimate;

/** Draws figures ({@link Estimate}s) around true counts, for casualties, troops and populations. */
final class Figures {
  private Figures() {}

  /** Returns a figure of any form that allows the count {@code n}. */
  static Estimate allowing(Choices c, long n) {
    Estimate e;
    switch (c.nextInt(6)) {
      case 0:
        e = Estimate.exact(n);
        break;
      case 1:
        e = Estimate.atLeast(n - c.nextLong(n + 1));
        break;
      case 2:
        e = Estimate.atMost(n + c.nextLong(n + 1));
        break;
      case 3:
        long lo = n - c.nextLong(n + 1);
        long hi = n + 1 + c.nextLong(n + 1);
        e = c.nextBoolean(0.5) ? Estimate.range(lo, n, hi) : Estimate.range(lo, hi);
        break;
      case 4:
        e = Estimate.about(n);
        break;
      default:
        e = Estimate.unknown();
        break;
    }
    return withWording(c, e);
  }

  /** Returns a figure below {@code truth} (at least 2) that does not allow it: an under-report. */
  static Estimate underReport(Choices c, long truth) {
    long reported = truth / 2;
    long hi = reported + c.nextLong(truth - reported);
    Estimate e;
    switch (c.nextInt(3)) {
      case 0:
        e = Estimate.exact(reported);
        break;
      case 1:
        e = Estimate.atMost(hi);
        break;
      default:
        e = hi > reported ? Estimate.range(reported, hi) : Estimate.exact(reported);
        break;
    }
    return withWording(c, e);
  }

  private static Estimate withWording(Choices c, Estimate e) {
    return c.nextBoolean(0.3) ? e.withWording(wording(e)) : e;
  }

  private static String wording(Estimate e) {
    switch (e.form()) {
      case EXACT:
        return Long.toString(e.low().getAsLong());
      case ABOUT:
        return "about " + e.best().getAsLong();
      case AT_LEAST:
        return "at least " + e.low().getAsLong();
      case AT_MOST:
        return "up to " + e.high().getAsLong();
      case RANGE:
        return e.low().getAsLong() + " to " + e.high().getAsLong();
      default:
        return "an unknown number";
    }
  }
}
