package dev.disputemodel.check;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/**
 * The time comparisons the rules share, with the checker's two conventions: two times with the
 * same bounds are the same stated moment (neither is before the other), and a period no source
 * states holds at every time the model is about (it overlaps everything).
 */
final class Times {
  private Times() {}

  /** Returns whether {@code a} is strictly before {@code b}; {@code NOT} when their bounds are equal. */
  static Certainty before(FuzzyTime a, FuzzyTime b) {
    return sameBounds(a, b) ? Certainty.NOT : a.isBefore(b);
  }

  /** Returns whether {@code a} is strictly after {@code b}; {@code NOT} when their bounds are equal. */
  static Certainty after(FuzzyTime a, FuzzyTime b) {
    return before(b, a);
  }

  /** Returns whether the two stated-or-unstated periods share a moment. */
  static Certainty overlap(Optional<FuzzyPeriod> a, Optional<FuzzyPeriod> b) {
    return a.isPresent() && b.isPresent() ? a.get().overlaps(b.get()) : Certainty.DEFINITELY;
  }

  /** Returns whether a stated-or-unstated period covers {@code time}. */
  static Certainty activeAt(Optional<FuzzyPeriod> period, FuzzyTime time) {
    if (period.isEmpty()) {
      return Certainty.DEFINITELY;
    }
    FuzzyPeriod p = period.get();
    Certainty started = p.start().map(s -> after(s, time).negate()).orElse(Certainty.POSSIBLY);
    Certainty notEnded = p.end().map(e -> before(e, time).negate()).orElse(Certainty.DEFINITELY);
    return started.and(notEnded);
  }

  static boolean sameBounds(FuzzyTime a, FuzzyTime b) {
    return a.earliestEpochSecond() == b.earliestEpochSecond()
        && a.latestEpochSecond() == b.latestEpochSecond();
  }
}
