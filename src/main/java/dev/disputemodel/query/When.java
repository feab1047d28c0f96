package dev.disputemodel.query;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.index.AskedTime;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.UnstatedPeriod;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a question is asked about, and how sure the answer must be: "definitely in effect on
 * 14 September 2022" is {@code When.definitelyOn(FuzzyTime.onDay(LocalDate.of(2022, 9, 14)))};
 * "possibly active at some moment of 2020" is {@code When.possiblyOn(FuzzyTime.inYear(Year.of(2020)))}.
 *
 * <p>The time asked about is a span of exact moments {@code [from, until)}: every moment of a day,
 * a month or a year ({@link #on}), one exact moment ({@link #at}), or any span ({@link #between}).
 * A thing is active at the span when it is active at some moment of it. For a thing active from
 * an uncertain start to an uncertain end, that is "it started before the span ends and had not
 * ended when the span began", each part three-valued: DEFINITELY when true for every reading of
 * the uncertain times, POSSIBLY when true for some. An event at an uncertain moment is its
 * own start and end: an event "on 12 September" is definitely on 12 September and only possibly
 * in the morning of it. An unknown start counts as POSSIBLY started; an open end as not ended.
 * A thing whose period no source states is POSSIBLY active at any time
 * ({@link UnstatedPeriod#UNKNOWN}): it matches a {@code possibly} question and never a
 * {@code definitely} one. {@link #anyTime()} puts no
 * condition on time at all.
 *
 * <p>Immutable and thread-safe; nulls throw {@link NullPointerException}.
 */
public final class When implements AskedTime {
  private static final When ANY_TIME = new When(Long.MIN_VALUE, Long.MAX_VALUE, Certainty.DEFINITELY, true);

  private final long from; // epoch seconds of local time, inclusive
  private final long until; // exclusive
  private final Certainty required;
  private final boolean any;

  private When(long from, long until, Certainty required, boolean any) {
    this.from = from;
    this.until = until;
    this.required = required;
    this.any = any;
  }

  /** Returns the condition met by everything, dated or not, with certainty DEFINITELY. */
  public static When anyTime() {
    return ANY_TIME;
  }

  /**
   * Returns "at some moment that {@code time} allows" (every moment of a day, month, year, ...),
   * with the required certainty.
   *
   * @throws InvalidValueException if {@code required} is {@link Certainty#NOT}
   */
  public static When on(FuzzyTime time, Certainty required) {
    Objects.requireNonNull(time, "time");
    return new When(time.earliestEpochSecond(), time.latestEpochSecond(), checkRequired(required), false);
  }

  /** Returns {@code on(time, DEFINITELY)}. */
  public static When definitelyOn(FuzzyTime time) {
    return on(time, Certainty.DEFINITELY);
  }

  /** Returns {@code on(time, POSSIBLY)}. */
  public static When possiblyOn(FuzzyTime time) {
    return on(time, Certainty.POSSIBLY);
  }

  /**
   * Returns "at the exact moment {@code moment}" (the second that begins there).
   *
   * @throws InvalidValueException if {@code required} is {@link Certainty#NOT}
   */
  public static When at(LocalDateTime moment, Certainty required) {
    long m = seconds(Objects.requireNonNull(moment, "moment"));
    return new When(m, m + 1, checkRequired(required), false);
  }

  /**
   * Returns "at some moment from {@code from} (included) to {@code until} (excluded)".
   *
   * @throws InvalidValueException if {@code until} is not after {@code from}, or {@code required}
   *     is {@link Certainty#NOT}
   */
  public static When between(LocalDateTime from, LocalDateTime until, Certainty required) {
    long f = seconds(Objects.requireNonNull(from, "from"));
    long u = seconds(Objects.requireNonNull(until, "until"));
    if (u <= f) {
      throw new InvalidValueException("When", "until", until, "must be after from (" + from + ")");
    }
    return new When(f, u, checkRequired(required), false);
  }

  /** Returns the first moment of the span, or empty for {@link #anyTime()}. */
  public Optional<LocalDateTime> from() {
    return any ? Optional.empty() : Optional.of(LocalDateTime.ofEpochSecond(from, 0, ZoneOffset.UTC));
  }

  /** Returns the moment just after the span, or empty for {@link #anyTime()}. */
  public Optional<LocalDateTime> until() {
    return any ? Optional.empty() : Optional.of(LocalDateTime.ofEpochSecond(until, 0, ZoneOffset.UTC));
  }

  /** Returns the certainty an answer must have: DEFINITELY or POSSIBLY. */
  public Certainty required() {
    return required;
  }

  /**
   * Returns how certain it is that something active over {@code period} (empty: not stated) is
   * active at some moment of the span: DEFINITELY for {@link #anyTime()}, POSSIBLY for an
   * unstated period ({@link UnstatedPeriod#UNKNOWN}), else {@link FuzzyPeriod#overlapsSpan}.
   */
  @Override
  public Certainty certaintyOf(Optional<FuzzyPeriod> period) {
    if (any) {
      return Certainty.DEFINITELY;
    }
    return period.isPresent() ? period.get().overlapsSpan(from, until) : UnstatedPeriod.UNKNOWN.certainty();
  }

  /** Returns how certain it is that something at the uncertain moment {@code time} is in the span. */
  public Certainty certaintyOf(FuzzyTime time) {
    return certaintyOf(Optional.of(FuzzyPeriod.at(Objects.requireNonNull(time, "time"))));
  }

  /** Returns true if something active over {@code period} meets this condition. */
  public boolean accepts(Optional<FuzzyPeriod> period) {
    return meets(certaintyOf(period), required);
  }

  /** Returns the span's first moment in epoch seconds, or MIN for any time (for indexes). */
  long lo() {
    return from;
  }

  /** Returns the moment after the span in epoch seconds, or MAX for any time (for indexes). */
  long hi() {
    return until;
  }

  /** Returns true if {@code actual} is at least {@code required}. */
  static boolean meets(Certainty actual, Certainty required) {
    return required == Certainty.DEFINITELY ? actual.isDefinite() : actual.isPossible();
  }

  static Certainty checkRequired(Certainty required) {
    Objects.requireNonNull(required, "required");
    if (required == Certainty.NOT) {
      throw new InvalidValueException("When", "required", required, "ask for DEFINITELY or POSSIBLY");
    }
    return required;
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof When w && w.from == from && w.until == until && w.required == required && w.any == any;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until, required, any);
  }

  /** Returns {@code DEFINITELY in [2022-09-14T00:00, 2022-09-15T00:00)} or {@code any time}. */
  @Override
  public String toString() {
    return any ? "any time" : required + " in [" + from().orElseThrow() + ", " + until().orElseThrow() + ")";
  }
}
