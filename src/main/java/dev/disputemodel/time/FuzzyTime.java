package dev.disputemodel.time;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;

/**
 * A moment known only within bounds, as sources state it: "Tuesday morning", "in September
 * 2022", "the 1980s". The true moment {@code t} satisfies {@code earliest <= t < latest}
 * (a half-open interval, never empty); {@link #precision()} records the unit the source used.
 *
 * <p>Times are local wall-clock times of the place concerned, without a zone, because sources
 * give them that way. Comparisons are three-valued ({@link Certainty}): {@link #isBefore} answers
 * {@code DEFINITELY} when every reading of both times puts this one first, {@code NOT} when none
 * does, and {@code POSSIBLY} otherwise. Because time is continuous, "before" and "not after"
 * coincide.
 *
 * <p>Every time lies within the years {@value #MIN_YEAR} to {@value #MAX_YEAR}; every factory
 * and {@link #parse} refuse one beyond them with an {@link InvalidValueException}, never a
 * {@link java.time.DateTimeException}.
 *
 * <p>Immutable and thread-safe. Null arguments throw {@link NullPointerException}; empty or
 * inverted bounds, and years out of range, throw {@link InvalidValueException}.
 */
public final class FuzzyTime {
  /** Orders times by earliest bound, then latest bound, then precision: a total, stable order. */
  public static final Comparator<FuzzyTime> ORDER =
      Comparator.comparingLong((FuzzyTime t) -> t.earliest)
          .thenComparingLong(t -> t.latest)
          .thenComparing(FuzzyTime::precision);

  /**
   * The first year a time may reach: {@value}. Years are bounded to
   * {@value #MIN_YEAR}..{@value #MAX_YEAR}, far beyond any source and far inside java.time's own
   * range, so that no factory, parse, comparison or text of a time in range can overflow.
   */
  public static final int MIN_YEAR = -999_999;

  /**
   * The last year a time may reach: {@value}. A time's exclusive {@link #latest()} bound may be
   * the first moment of the year after.
   */
  public static final int MAX_YEAR = 999_999;

  /** {@link #MIN_YEAR}-01-01T00:00 in epoch seconds. */
  private static final long MIN_SECOND = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay() * 86_400;
  /** The first moment after {@link #MAX_YEAR}, in epoch seconds. */
  private static final long END_SECOND = LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay() * 86_400;

  private final long earliest; // epoch seconds of the local time read as UTC
  private final long latest; // exclusive
  private final Precision precision;

  private FuzzyTime(long earliest, long latest, Precision precision) {
    if (earliest < MIN_SECOND || earliest >= END_SECOND) {
      throw new InvalidValueException("FuzzyTime", "earliest", dateTime(earliest), YEARS);
    }
    if (latest > END_SECOND) {
      throw new InvalidValueException("FuzzyTime", "latest", dateTime(latest), YEARS);
    }
    this.earliest = earliest;
    this.latest = latest;
    this.precision = Objects.requireNonNull(precision, "precision");
  }

  private static final String YEARS =
      "year out of range; a time lies within the years " + MIN_YEAR + " to " + MAX_YEAR
          + " (FuzzyTime.MIN_YEAR..MAX_YEAR)";

  /**
   * Returns true if {@code year} is within {@link #MIN_YEAR}..{@link #MAX_YEAR}, the years a
   * time may reach. Importers check their years with it before making times.
   */
  public static boolean isSupportedYear(long year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * Returns {@code year}, the year of {@code value} given for {@code field}, if supported.
   *
   * @throws InvalidValueException naming the field and value if it is not
   */
  private static int checkYear(int year, String field, Object value) {
    if (!isSupportedYear(year)) {
      throw new InvalidValueException("FuzzyTime", field, value, YEARS);
    }
    return year;
  }

  /**
   * Returns a time known to lie in {@code [earliest, latest)}, stated at {@code precision}.
   *
   * @throws InvalidValueException if {@code latest} is not after {@code earliest}, or either is
   *     beyond the supported years ({@link #MIN_YEAR} to the start of the year after
   *     {@link #MAX_YEAR})
   */
  public static FuzzyTime of(LocalDateTime earliest, LocalDateTime latest, Precision precision) {
    long e = seconds(Objects.requireNonNull(earliest, "earliest"));
    long l = seconds(Objects.requireNonNull(latest, "latest"));
    if (l <= e) {
      throw new InvalidValueException(
          "FuzzyTime", "latest", latest, "must be after earliest (" + earliest + ")");
    }
    return new FuzzyTime(e, l, precision);
  }

  /** Returns the minute that begins at {@code moment} (seconds are dropped). */
  public static FuzzyTime atMinute(LocalDateTime moment) {
    Objects.requireNonNull(moment, "moment");
    checkYear(moment.getYear(), "moment", moment);
    LocalDateTime start = moment.withSecond(0).withNano(0);
    return of(start, start.plusMinutes(1), Precision.MINUTE);
  }

  /** Returns the hour that begins at {@code moment} (minutes are dropped): "around 22:00". */
  public static FuzzyTime atHour(LocalDateTime moment) {
    Objects.requireNonNull(moment, "moment");
    checkYear(moment.getYear(), "moment", moment);
    LocalDateTime start = moment.withMinute(0).withSecond(0).withNano(0);
    return of(start, start.plusHours(1), Precision.HOUR);
  }

  /** Returns a part of a day: {@code on(2022-09-13, MORNING)} is "Tuesday morning". */
  public static FuzzyTime on(LocalDate day, PartOfDay part) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(part, "part");
    checkYear(day.getYear(), "day", day);
    return of(part.start(day), part.end(day), Precision.PART_OF_DAY);
  }

  /** Returns the calendar day {@code day}. */
  public static FuzzyTime onDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear(), "day", day);
    return of(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), Precision.DAY);
  }

  /**
   * The margin, in days either side, of a time given as "about" a day: {@link #about} allows
   * every moment from {@value} days before the day to the end of {@value} days after it.
   */
  public static final int ABOUT_DAYS = 3;

  /**
   * Returns a moment "about" {@code day}, as sources say "around 20 July": from the start of the
   * day {@value #ABOUT_DAYS} days before to the end of the day {@value #ABOUT_DAYS} days after
   * (seven days in all), at precision {@link Precision#DAY}, the unit the source used.
   */
  public static FuzzyTime about(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear(), "day", day);
    return of(
        day.minusDays(ABOUT_DAYS).atStartOfDay(),
        day.plusDays(ABOUT_DAYS + 1L).atStartOfDay(),
        Precision.DAY);
  }

  /**
   * Returns a part of a month: {@code in(1974-05, EARLY)} is "early May 1974", days 1 to 10 (see
   * {@link PartOfMonth} for the bounds).
   */
  public static FuzzyTime in(YearMonth month, PartOfMonth part) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(part, "part");
    checkYear(month.getYear(), "month", month);
    return of(part.start(month), part.end(month), Precision.PART_OF_MONTH);
  }

  /** Returns the calendar month {@code month}: "in September 2022". */
  public static FuzzyTime inMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear(), "month", month);
    return of(
        month.atDay(1).atStartOfDay(),
        month.plusMonths(1).atDay(1).atStartOfDay(),
        Precision.MONTH);
  }

  /** Returns the calendar year {@code year}: {@code inYear(Year.of(2022))}. */
  public static FuzzyTime inYear(Year year) {
    Objects.requireNonNull(year, "year");
    checkYear(year.getValue(), "year", year);
    LocalDate first = year.atDay(1);
    return of(first.atStartOfDay(), first.plusYears(1).atStartOfDay(), Precision.YEAR);
  }

  /**
   * Returns the decade that begins in {@code firstYear}: {@code inDecade(Year.of(1980))} is "the
   * 1980s".
   *
   * @throws InvalidValueException if {@code firstYear} is not a multiple of ten
   */
  public static FuzzyTime inDecade(Year firstYear) {
    Objects.requireNonNull(firstYear, "firstYear");
    checkYear(firstYear.getValue(), "firstYear", firstYear);
    if (Math.floorMod(firstYear.getValue(), 10) != 0) {
      throw new InvalidValueException(
          "FuzzyTime", "firstYear", firstYear, "a decade begins in a year divisible by 10");
    }
    LocalDate first = firstYear.atDay(1);
    return of(first.atStartOfDay(), first.plusYears(10).atStartOfDay(), Precision.DECADE);
  }

  /**
   * Returns a moment somewhere from the start of {@code from} to the end of {@code to}, at the
   * coarser of their precisions: "between September and November 2020" is
   * {@code between(inMonth(2020-09), inMonth(2020-11))}.
   *
   * @throws InvalidValueException if {@code to} ends before {@code from} begins
   */
  public static FuzzyTime between(FuzzyTime from, FuzzyTime to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return of(from.earliest(), to.latest(), from.precision.coarsest(to.precision));
  }

  /** Returns the earliest moment this time may be (inclusive). */
  public LocalDateTime earliest() {
    return dateTime(earliest);
  }

  /** Returns the moment just after the latest this time may be (exclusive). */
  public LocalDateTime latest() {
    return dateTime(latest);
  }

  /** Returns the unit in which the source stated this time. */
  public Precision precision() {
    return precision;
  }

  /** Returns {@link #earliest()} as seconds since 1970-01-01T00:00 local time (for indexes). */
  public long earliestEpochSecond() {
    return earliest;
  }

  /** Returns {@link #latest()} as seconds since 1970-01-01T00:00 local time (for indexes). */
  public long latestEpochSecond() {
    return latest;
  }

  /** Returns true if this time's bounds are exactly {@code [earliest, latest)} in epoch seconds. */
  boolean hasBounds(long earliest, long latest) {
    return this.earliest == earliest && this.latest == latest;
  }

  /** Returns whether this time is before {@code other}: definitely, possibly, or not. */
  public Certainty isBefore(FuzzyTime other) {
    if (latest <= other.earliest) {
      return Certainty.DEFINITELY;
    }
    return earliest < other.latest ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /** Returns whether this time is after {@code other}: {@code other.isBefore(this)}. */
  public Certainty isAfter(FuzzyTime other) {
    return other.isBefore(this);
  }

  /** Returns whether this time is before the exact moment {@code moment}. */
  public Certainty isBefore(LocalDateTime moment) {
    long m = seconds(moment);
    if (latest <= m) {
      return Certainty.DEFINITELY;
    }
    return earliest < m ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /** Returns whether this time is after the exact moment {@code moment}. */
  public Certainty isAfter(LocalDateTime moment) {
    long m = seconds(moment);
    if (earliest >= m) {
      return Certainty.DEFINITELY;
    }
    return latest > m ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * Returns whether this time and {@code other} may be the same moment: {@code POSSIBLY} when
   * some moment is a possible reading of both, {@code NOT} when none is. Never {@code DEFINITELY}:
   * two uncertain times are never known to be the very same moment.
   */
  public Certainty overlaps(FuzzyTime other) {
    return earliest < other.latest && other.earliest < latest ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /** Returns the smallest time that allows every reading of this and of {@code other}. */
  public FuzzyTime span(FuzzyTime other) {
    return new FuzzyTime(
        Math.min(earliest, other.earliest),
        Math.max(latest, other.latest),
        precision.coarsest(other.precision));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FuzzyTime t
        && earliest == t.earliest
        && latest == t.latest
        && precision == t.precision;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(earliest * 31 + latest) * 31 + precision.hashCode();
  }

  /**
   * Returns the time as a source would say it where the bounds are one whole unit
   * ({@code 2022-09-13T08:15}, {@code 2022-09-13 MORNING}, {@code 2022-09-13},
   * {@code about 1974-07-20}, {@code 1974-08 MID}, {@code 2022-09}, {@code 2022}, {@code 1980s}),
   * else {@code [earliest, latest) PRECISION} (always for an HOUR:
   * {@code [2022-09-12T22:00, 2022-09-12T23:00) HOUR}). Years are written as
   * {@link LocalDate#toString()} writes them ({@code 0800}, {@code -0044}, {@code +10000}).
   * {@link #parse} reads every text this method returns back to an equal time.
   */
  @Override
  public String toString() {
    return TimeText.format(earliest, latest, precision);
  }

  /**
   * Returns the time that {@code text} writes, in any form {@link #toString()} returns:
   * {@code parse(t.toString()).equals(t)} for every time {@code t}.
   *
   * @throws InvalidValueException naming the text, if it has none of these forms, is not a real
   *     date or time of day ({@code 2022-13}), or has bounds that are empty or inverted
   */
  public static FuzzyTime parse(CharSequence text) {
    return TimeText.parseTime(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the time {@code [earliest, latest)} in epoch seconds; for {@link TimeText}.
   *
   * @throws InvalidValueException if it is beyond the supported years
   */
  static FuzzyTime ofEpochSeconds(long earliest, long latest, Precision precision) {
    return new FuzzyTime(earliest, latest, precision);
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  private static LocalDateTime dateTime(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
