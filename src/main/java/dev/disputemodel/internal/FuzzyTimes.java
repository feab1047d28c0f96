package dev.disputemodel.internal;

import dev.disputemodel.time.FuzzyTime;

/** Combinations of uncertain times that the domain and the index both need. Not API. */
public final class FuzzyTimes {
  private FuzzyTimes() {}

  /**
   * Returns the time whose every reading is the earlier of a reading of each: {@code a} or
   * {@code b} when one is earlier at both bounds, else the earlier bound of each at the coarser
   * precision. The end of a position ended twice is the earlier of the two ends.
   */
  public static FuzzyTime earlierOf(FuzzyTime a, FuzzyTime b) {
    boolean earliestA = a.earliestEpochSecond() <= b.earliestEpochSecond();
    boolean latestA = a.latestEpochSecond() <= b.latestEpochSecond();
    if (earliestA == latestA) {
      return earliestA ? a : b;
    }
    return FuzzyTime.of(
        earliestA ? a.earliest() : b.earliest(), latestA ? a.latest() : b.latest(),
        a.precision().coarsest(b.precision()));
  }
}
