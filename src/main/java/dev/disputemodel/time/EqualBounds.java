package dev.disputemodel.time;

import java.util.Objects;

/**
 * How two uncertain times stated with exactly the same bounds compare: "the ceasefire was agreed
 * on 13 September" and "it took effect on 13 September". Read as two moments somewhere in that
 * day, either may be first ({@link #MAY_DIFFER}, what {@link FuzzyTime#isBefore} answers); read
 * as the one moment the sources state, neither is before the other ({@link #SAME_MOMENT}).
 *
 * <p>Times with different bounds compare as {@link FuzzyTime#isBefore} does under both readings.
 * Stated once here so that every user of a reading names it.
 */
public enum EqualBounds {
  /**
   * Two times with the same bounds may be two different moments within them: "13 September" is
   * {@code POSSIBLY} before "13 September". The reading of {@link FuzzyTime#isBefore} and
   * {@link FuzzyPeriod#covers(FuzzyTime)}, right for times stated independently of each other
   * (two events of the same day) and for questions, which must not overstate what is known.
   */
  MAY_DIFFER,

  /**
   * Two times with the same bounds are the same stated moment: neither is before the other
   * ({@code NOT}), and a period that starts or ends at such a time covers it
   * ({@code DEFINITELY}). The consistency checker's reading: a ceasefire agreed and effective
   * "2022-09-13" is in order, and a claim made on the day a status began is made while it holds,
   * so the checker does not report disorder that only the coarseness of the dates suggests.
   */
  SAME_MOMENT;

  /**
   * Returns whether {@code a} is strictly before {@code b} under this reading: as
   * {@link FuzzyTime#isBefore}, except that under {@link #SAME_MOMENT} two times with the same
   * bounds answer {@code NOT}.
   */
  public Certainty isBefore(FuzzyTime a, FuzzyTime b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return isSameMoment(a, b) ? Certainty.NOT : a.isBefore(b);
  }

  /** Returns whether {@code a} is strictly after {@code b} under this reading: {@code isBefore(b, a)}. */
  public Certainty isAfter(FuzzyTime a, FuzzyTime b) {
    return isBefore(b, a);
  }

  /** Returns true if this reading takes {@code a} and {@code b} for the same stated moment. */
  private boolean isSameMoment(FuzzyTime a, FuzzyTime b) {
    return this == SAME_MOMENT && a.hasBounds(b.earliestEpochSecond(), b.latestEpochSecond());
  }
}
