package dev.disputemodel.time;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of time with uncertain ends, such as a war "between September and November 2020", a
 * deployment "since 2020" that is still going on (an open end), or an occupation that lasted
 * "until 2020" from a time the source does not give (an unknown start). The period covers every
 * moment from its start to its end, both included.
 *
 * <p>An open end means ongoing: the period has definitely not ended. An unknown start means the
 * period began at some time before its end that nobody stated: whether it had begun at a given
 * moment is {@code POSSIBLY}. A period has at least one end. Its one invariant: the end may not
 * lie definitely before the start. Questions about it are three-valued ({@link Certainty}).
 * Immutable and thread-safe; nulls throw {@link NullPointerException}.
 */
public final class FuzzyPeriod {
  private final FuzzyTime start; // null when unknown
  private final FuzzyTime end; // null when ongoing

  private FuzzyPeriod(FuzzyTime start, FuzzyTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the period from {@code start} to {@code end}.
   *
   * @throws InvalidValueException if {@code end} is definitely before {@code start}
   */
  public static FuzzyPeriod of(FuzzyTime start, FuzzyTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start).isDefinite()) {
      throw new InvalidValueException(
          "FuzzyPeriod", "end", end, "must not be before start (" + start + ")");
    }
    return new FuzzyPeriod(start, end);
  }

  /** Returns a period that began at {@code start} and has not ended (an open end). */
  public static FuzzyPeriod since(FuzzyTime start) {
    return new FuzzyPeriod(Objects.requireNonNull(start, "start"), null);
  }

  /** Returns a period that ended at {@code end} and began at a time not stated. */
  public static FuzzyPeriod until(FuzzyTime end) {
    return new FuzzyPeriod(null, Objects.requireNonNull(end, "end"));
  }

  /** Returns a period that is exactly one uncertain moment, such as a one-day clash. */
  public static FuzzyPeriod at(FuzzyTime moment) {
    return new FuzzyPeriod(Objects.requireNonNull(moment, "moment"), moment);
  }

  /** Returns when the period began, or empty if no source stated it. */
  public Optional<FuzzyTime> start() {
    return Optional.ofNullable(start);
  }

  /** Returns when the period ended, or empty if it is ongoing (open end). */
  public Optional<FuzzyTime> end() {
    return Optional.ofNullable(end);
  }

  /** Returns true if the period has no end yet. */
  public boolean isOngoing() {
    return end == null;
  }

  /**
   * Returns a copy of this period ending at {@code newEnd}.
   *
   * @throws InvalidValueException if {@code newEnd} is definitely before the start
   */
  public FuzzyPeriod withEnd(FuzzyTime newEnd) {
    return start == null ? until(newEnd) : of(start, newEnd);
  }

  /**
   * Returns whether the period covers the exact moment {@code moment}: {@code DEFINITELY} when
   * every reading of the period includes it, {@code NOT} when none does, else {@code POSSIBLY}.
   */
  public Certainty covers(LocalDateTime moment) {
    long m = moment.toEpochSecond(ZoneOffset.UTC);
    return covers(m, m, false);
  }

  /**
   * Returns whether the uncertain moment {@code time} falls within this period, every reading of
   * the period taken with every reading of {@code time}: a period that starts on 14 September
   * possibly covers "14 September" (the start may be later that day) and definitely covers 15
   * September. The same as {@code covers(time, EqualBounds.MAY_DIFFER)}.
   */
  public Certainty covers(FuzzyTime time) {
    return covers(time.earliestEpochSecond(), time.latestEpochSecond(), false);
  }

  /**
   * Returns whether the uncertain moment {@code time} falls within this period, a start or end
   * with the same bounds as {@code time} read as {@code equalBounds} says: under
   * {@link EqualBounds#SAME_MOMENT} a period that starts on 14 September definitely covers
   * "14 September" (the day the sources give for both), under {@link EqualBounds#MAY_DIFFER}
   * possibly, as {@link #covers(FuzzyTime)}.
   */
  public Certainty covers(FuzzyTime time, EqualBounds equalBounds) {
    return covers(time.earliestEpochSecond(), time.latestEpochSecond(),
        equalBounds == EqualBounds.SAME_MOMENT);
  }

  /**
   * Returns whether the period is active at some moment of the exact span from
   * {@code fromEpochSecond} (included) to {@code untilEpochSecond} (excluded), counted as
   * {@link FuzzyTime#earliestEpochSecond()} counts: it had started when the span ends and had not
   * ended when the span began, each half three-valued. For indexes and queries over spans of
   * exact moments ("at some moment of 14 September").
   *
   * @throws InvalidValueException if {@code untilEpochSecond} is not after {@code fromEpochSecond}
   */
  public Certainty overlapsSpan(long fromEpochSecond, long untilEpochSecond) {
    if (untilEpochSecond <= fromEpochSecond) {
      throw new InvalidValueException("FuzzyPeriod", "untilEpochSecond", untilEpochSecond,
          "must be after fromEpochSecond (" + fromEpochSecond + ")");
    }
    return started(untilEpochSecond, untilEpochSecond, false)
        .and(notEnded(fromEpochSecond, fromEpochSecond, false));
  }

  /**
   * The one definition of "covers": a moment known to lie in {@code [earliest, latest)}, or the
   * single instant {@code earliest} when the two are equal. Ties between continuous readings
   * carry no weight: a period starting on a day does not cover that day's first instant. When
   * {@code sameMoment}, a start or end with exactly these bounds is the moment itself.
   */
  private Certainty covers(long earliest, long latest, boolean sameMoment) {
    return started(earliest, latest, sameMoment).and(notEnded(earliest, latest, sameMoment));
  }

  /** Returns whether the period had started at the moment in {@code [earliest, latest)}. */
  private Certainty started(long earliest, long latest, boolean sameMoment) {
    if (start == null) {
      return Certainty.POSSIBLY;
    } else if (start.latestEpochSecond() <= earliest || sameMoment && start.hasBounds(earliest, latest)) {
      return Certainty.DEFINITELY;
    }
    return latest <= start.earliestEpochSecond() ? Certainty.NOT : Certainty.POSSIBLY;
  }

  /** Returns whether the period had not ended at the moment in {@code [earliest, latest)}. */
  private Certainty notEnded(long earliest, long latest, boolean sameMoment) {
    if (end == null || end.earliestEpochSecond() >= latest || sameMoment && end.hasBounds(earliest, latest)) {
      return Certainty.DEFINITELY;
    }
    return end.latestEpochSecond() <= earliest ? Certainty.NOT : Certainty.POSSIBLY;
  }

  /** Returns whether this period and {@code other} share a moment. */
  public Certainty overlaps(FuzzyPeriod other) {
    Certainty thisStartsBeforeOtherEnds = startsNoLaterThan(start, other.end);
    Certainty otherStartsBeforeThisEnds = startsNoLaterThan(other.start, end);
    return thisStartsBeforeOtherEnds.and(otherStartsBeforeThisEnds);
  }

  /** Returns whether {@code other} lies wholly within this period. */
  public Certainty encloses(FuzzyPeriod other) {
    Certainty startsInside;
    if (start == null) {
      startsInside = Certainty.POSSIBLY;
    } else if (other.start == null) {
      // other began at an unstated time before its end: this may or may not start earlier.
      startsInside = start.isBefore(other.end).isPossible() ? Certainty.POSSIBLY : Certainty.NOT;
    } else {
      startsInside = start.isAfter(other.start).negate();
    }
    Certainty endsInside;
    if (end == null) {
      endsInside = Certainty.DEFINITELY;
    } else if (other.end == null) {
      endsInside = Certainty.NOT;
    } else {
      endsInside = other.end.isAfter(end).negate();
    }
    return startsInside.and(endsInside);
  }

  private static Certainty startsNoLaterThan(FuzzyTime start, FuzzyTime end) {
    if (end == null) {
      return Certainty.DEFINITELY;
    }
    return start == null ? Certainty.POSSIBLY : start.isAfter(end).negate();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FuzzyPeriod p && Objects.equals(start, p.start) && Objects.equals(end, p.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * Returns {@code start..end}, each end as {@link FuzzyTime#toString()} writes it; an ongoing
   * period ends in {@code ..} ({@code 2020..}), an unknown start is {@code ?} ({@code ?..2020}).
   * {@link #parse} reads it back to an equal period.
   */
  @Override
  public String toString() {
    return (start == null ? "?" : start.toString()) + ".." + (end == null ? "" : end.toString());
  }

  /**
   * Returns the period that {@code text} writes, in any form {@link #toString()} returns:
   * {@code parse(p.toString()).equals(p)} for every period {@code p}.
   *
   * @throws InvalidValueException naming the text, if it is not {@code start..end},
   *     {@code start..} or {@code ?..end} with ends that {@link FuzzyTime#parse} reads, or if
   *     the end is definitely before the start
   */
  public static FuzzyPeriod parse(CharSequence text) {
    return TimeText.parsePeriod(Objects.requireNonNull(text, "text"));
  }
}
