package dev.disputemodel.time;

import java.util.Objects;
import java.util.Optional;

/**
 * What a period no source states (an empty {@code Optional<FuzzyPeriod>}: Russia's alliance with
 * Armenia, whose dates the article does not give) means when it is compared with a time or with
 * another period. The model keeps such periods unstated; each reader of it chooses a reading:
 *
 * <ul>
 *   <li>{@link #HOLDS_THROUGHOUT}: the thing holds at every time the model is about. The
 *       consistency checker's reading: it looks for problems to report, and a missing date must
 *       not hide one (a mediator allied to a belligerent, with no dates on the alliance, is
 *       reported).
 *   <li>{@link #UNKNOWN}: the thing may or may not hold at any given time. The query module's
 *       reading: an answer must not overstate, so an undated alliance is only possibly in force
 *       (it answers {@code possibly} questions, never {@code definitely} ones).
 * </ul>
 *
 * <p>A stated period answers as {@link FuzzyPeriod} does under both readings.
 */
public enum UnstatedPeriod {
  /** An unstated period holds at every time: it {@code DEFINITELY} overlaps and covers. */
  HOLDS_THROUGHOUT(Certainty.DEFINITELY),

  /** An unstated period may hold at any time: it {@code POSSIBLY} overlaps and covers. */
  UNKNOWN(Certainty.POSSIBLY);

  private final Certainty certainty;

  UnstatedPeriod(Certainty certainty) {
    this.certainty = certainty;
  }

  /**
   * Returns how certain it is that an unstated period holds at a given time (or overlaps a given
   * period): {@code DEFINITELY} for {@link #HOLDS_THROUGHOUT}, {@code POSSIBLY} for
   * {@link #UNKNOWN}.
   */
  public Certainty certainty() {
    return certainty;
  }

  /**
   * Returns whether two periods, each stated or not, share a moment: {@link FuzzyPeriod#overlaps}
   * when both are stated, else {@link #certainty()}.
   */
  public Certainty overlap(Optional<FuzzyPeriod> a, Optional<FuzzyPeriod> b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.isPresent() && b.isPresent() ? a.get().overlaps(b.get()) : certainty;
  }

  /**
   * Returns whether a period, stated or not, covers {@code time}: {@link FuzzyPeriod#covers(FuzzyTime)}
   * when stated, else {@link #certainty()}.
   */
  public Certainty covers(Optional<FuzzyPeriod> period, FuzzyTime time) {
    return covers(period, time, EqualBounds.MAY_DIFFER);
  }

  /**
   * Returns whether a period, stated or not, covers {@code time}, its ends compared with
   * {@code time} under {@code equalBounds} ({@link FuzzyPeriod#covers(FuzzyTime, EqualBounds)})
   * when stated, else {@link #certainty()}.
   */
  public Certainty covers(Optional<FuzzyPeriod> period, FuzzyTime time, EqualBounds equalBounds) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(equalBounds, "equalBounds");
    return period.isPresent() ? period.get().covers(time, equalBounds) : certainty;
  }
}
