package dev.disputemodel.query;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a question is asked about, and how sure the answer must be: "definitely in effect on
 * 14 September 2022" is {@code When.definitelyAt(FuzzyTime.onDay(2022-09-14))}; "possibly active
 * at some moment of 2020" is {@code When.possiblyDuring(FuzzyPeriod.at(FuzzyTime.inYear(2020)))}.
 *
 * <p>A thing active over a period {@code p} (a conflict, a relation, a ceasefire in effect, a
 * status) matches when {@code p} {@linkplain FuzzyPeriod#overlaps overlaps} the span asked about
 * with at least the required certainty. An uncertain instant {@code t} is the span
 * {@link FuzzyPeriod#at(FuzzyTime) at(t)}: overlapping it is the same as containing {@code t}.
 * A thing whose period no source states is {@link Certainty#POSSIBLY} active at any time: it
 * matches a {@code possibly} question and never a {@code definitely} one. {@link #anyTime()}
 * puts no condition on time at all.
 *
 * <p>Immutable and thread-safe; nulls throw {@link NullPointerException}.
 */
public final class When {
  private static final When ANY_TIME = new When(null, Certainty.DEFINITELY);

  private final FuzzyPeriod span; // null: no condition on time
  private final Certainty required;

  private When(FuzzyPeriod span, Certainty required) {
    this.span = span;
    this.required = required;
  }

  /** Returns the condition that is met by everything, dated or not, with certainty DEFINITELY. */
  public static When anyTime() {
    return ANY_TIME;
  }

  /** Returns "at the uncertain moment {@code time}, for every reading of the data". */
  public static When definitelyAt(FuzzyTime time) {
    return new When(FuzzyPeriod.at(Objects.requireNonNull(time, "time")), Certainty.DEFINITELY);
  }

  /** Returns "at the uncertain moment {@code time}, for some reading of the data". */
  public static When possiblyAt(FuzzyTime time) {
    return new When(FuzzyPeriod.at(Objects.requireNonNull(time, "time")), Certainty.POSSIBLY);
  }

  /** Returns "at some moment of {@code span}, for every reading of the data". */
  public static When definitelyDuring(FuzzyPeriod span) {
    return new When(Objects.requireNonNull(span, "span"), Certainty.DEFINITELY);
  }

  /** Returns "at some moment of {@code span}, for some reading of the data". */
  public static When possiblyDuring(FuzzyPeriod span) {
    return new When(Objects.requireNonNull(span, "span"), Certainty.POSSIBLY);
  }

  /**
   * Returns the condition on {@code span} with the given required certainty.
   *
   * @throws InvalidValueException if {@code required} is {@link Certainty#NOT}
   */
  public static When during(FuzzyPeriod span, Certainty required) {
    return new When(Objects.requireNonNull(span, "span"), checkRequired(required));
  }

  /** Returns the span asked about, or empty for {@link #anyTime()}. */
  public Optional<FuzzyPeriod> span() {
    return Optional.ofNullable(span);
  }

  /** Returns the certainty an answer must have: DEFINITELY or POSSIBLY. */
  public Certainty required() {
    return required;
  }

  /**
   * Returns how certain it is that something active over {@code period} (empty: not stated) is
   * active at this time: DEFINITELY for {@link #anyTime()}, POSSIBLY for an unstated period,
   * else whether {@code period} overlaps the span.
   */
  public Certainty certaintyOf(Optional<FuzzyPeriod> period) {
    if (span == null) {
      return Certainty.DEFINITELY;
    }
    return period.map(p -> p.overlaps(span)).orElse(Certainty.POSSIBLY);
  }

  /** Returns true if something active over {@code period} meets this condition. */
  public boolean accepts(Optional<FuzzyPeriod> period) {
    return meets(certaintyOf(period), required);
  }

  /** Returns the earliest possible moment of the span (epoch seconds), or MIN for any time. */
  long lo() {
    return span == null ? Long.MIN_VALUE : span.start().map(FuzzyTime::earliestEpochSecond).orElse(Long.MIN_VALUE);
  }

  /** Returns the moment just after the span's latest possible moment, or MAX. */
  long hi() {
    return span == null ? Long.MAX_VALUE : span.end().map(FuzzyTime::latestEpochSecond).orElse(Long.MAX_VALUE);
  }

  /** Returns true if {@code actual} is at least {@code required}. */
  static boolean meets(Certainty actual, Certainty required) {
    return required == Certainty.DEFINITELY ? actual.isDefinite() : actual.isPossible();
  }

  static Certainty checkRequired(Certainty required) {
    Objects.requireNonNull(required, "required");
    if (required == Certainty.NOT) {
      throw new InvalidValueException(
          "When", "required", required, "ask for DEFINITELY or POSSIBLY");
    }
    return required;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof When w && Objects.equals(span, w.span) && required == w.required;
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, required);
  }

  /** Returns {@code DEFINITELY during 2022-09-14..2022-09-14} or {@code any time}. */
  @Override
  public String toString() {
    return span == null ? "any time" : required + " during " + span;
  }
}
