package dev.disputemodel.testing;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import dev.disputemodel.time.PartOfMonth;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Draws fuzzy times and periods that lie wholly inside a window of local time, given as epoch
 * seconds {@code [lo, hi)} (the same scale as {@link FuzzyTime#earliestEpochSecond()}). Every
 * time drawn satisfies {@code lo <= earliest} and {@code latest <= hi}, so containment and order
 * between things drawn in disjoint windows are certain, never merely possible.
 */
final class Times {
  private static final long MINUTE = 60;
  private static final long HOUR = 3600;
  private static final long DAY = 86_400;
  private static final PartOfDay[] PARTS = PartOfDay.values();
  private static final PartOfMonth[] MONTH_PARTS = PartOfMonth.values();
  private static final Precision[] PRECISIONS = Precision.values();

  private Times() {}

  static long seconds(LocalDate day) {
    return day.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  static LocalDateTime dateTime(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** Draws a precision from {@code weights}, indexed by {@link Precision#ordinal()}. */
  static Precision precision(Choices c, int[] weights) {
    return PRECISIONS[c.weighted(weights)];
  }

  /**
   * Returns a time inside {@code [lo, hi)} at {@code precision}, or at the coarsest finer
   * precision that fits; empty if not even a minute fits.
   */
  static Optional<FuzzyTime> within(Choices c, long lo, long hi, Precision precision) {
    for (int p = precision.ordinal(); p >= 0; p--) {
      Optional<FuzzyTime> t = at(c, lo, hi, PRECISIONS[p]);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<FuzzyTime> at(Choices c, long lo, long hi, Precision p) {
    if (hi <= lo) {
      return Optional.empty();
    }
    switch (p) {
      case MINUTE:
        return fixed(c, lo, hi, MINUTE).map(s -> FuzzyTime.atMinute(dateTime(s)));
      case HOUR:
        return fixed(c, lo, hi, HOUR).map(s -> FuzzyTime.atHour(dateTime(s)));
      case DAY:
        return fixed(c, lo, hi, DAY).map(s -> FuzzyTime.onDay(dateTime(s).toLocalDate()));
      case PART_OF_DAY:
        return partOfDay(c, lo, hi);
      case PART_OF_MONTH:
        return partOfMonth(c, lo, hi);
      case MONTH:
        return month(c, lo, hi);
      case YEAR:
        return years(c, lo, hi, 1).map(y -> FuzzyTime.inYear(Year.of(y)));
      case DECADE:
        return years(c, lo, hi, 10).map(y -> FuzzyTime.inDecade(Year.of(y)));
      default:
        throw new AssertionError("unknown precision " + p);
    }
  }

  private static Optional<Long> fixed(Choices c, long lo, long hi, long unit) {
    long first = -Math.floorDiv(-lo, unit) * unit;
    long count = hi - first >= unit ? (hi - first) / unit : 0;
    return count <= 0 ? Optional.empty() : Optional.of(first + c.nextLong(count) * unit);
  }

  private static Optional<FuzzyTime> partOfDay(Choices c, long lo, long hi) {
    PartOfDay part = PARTS[c.nextInt(PARTS.length)];
    LocalDate epoch = LocalDate.of(1970, 1, 1);
    long offset = part.start(epoch).toEpochSecond(ZoneOffset.UTC);
    long length = part.end(epoch).toEpochSecond(ZoneOffset.UTC) - offset;
    long firstDay = -Math.floorDiv(-(lo - offset), DAY);
    long lastDay = Math.floorDiv(hi - offset - length, DAY);
    if (lastDay < firstDay) {
      return Optional.empty();
    }
    long day = firstDay + c.nextLong(lastDay - firstDay + 1);
    return Optional.of(FuzzyTime.on(epoch.plusDays(day), part));
  }

  private static Optional<FuzzyTime> partOfMonth(Choices c, long lo, long hi) {
    PartOfMonth part = MONTH_PARTS[c.nextInt(MONTH_PARTS.length)];
    YearMonth first = YearMonth.from(dateTime(lo));
    if (part.start(first).toEpochSecond(ZoneOffset.UTC) < lo) {
      first = first.plusMonths(1);
    }
    YearMonth last = YearMonth.from(dateTime(hi));
    if (part.end(last).toEpochSecond(ZoneOffset.UTC) > hi) {
      last = last.minusMonths(1);
    }
    long count = ChronoUnit.MONTHS.between(first, last) + 1;
    if (count <= 0) {
      return Optional.empty();
    }
    return Optional.of(FuzzyTime.in(first.plusMonths(c.nextLong(count)), part));
  }

  private static Optional<FuzzyTime> month(Choices c, long lo, long hi) {
    LocalDateTime l = dateTime(lo);
    YearMonth first = YearMonth.from(l);
    if (!first.atDay(1).atStartOfDay().equals(l)) {
      first = first.plusMonths(1);
    }
    YearMonth last = YearMonth.from(dateTime(hi)).minusMonths(1);
    long count = ChronoUnit.MONTHS.between(first, last) + 1;
    if (count <= 0) {
      return Optional.empty();
    }
    return Optional.of(FuzzyTime.inMonth(first.plusMonths(c.nextLong(count))));
  }

  private static Optional<Integer> years(Choices c, long lo, long hi, int step) {
    LocalDateTime l = dateTime(lo);
    int firstYear = l.getYear();
    if (!LocalDate.of(firstYear, 1, 1).atStartOfDay().equals(l)) {
      firstYear++;
    }
    int first = step == 1 ? firstYear : -Math.floorDiv(-firstYear, step) * step;
    int lastStart = Math.floorDiv(dateTime(hi).getYear() - step, step) * step;
    long count = lastStart < first ? 0 : (lastStart - first) / step + 1;
    if (count <= 0) {
      return Optional.empty();
    }
    return Optional.of(first + (int) c.nextLong(count) * step);
  }

  /**
   * Returns a closed period inside {@code [lo, hi)}: the start in the first half, the end after
   * the start's latest bound, so the end is certainly not before the start. Empty if no room.
   */
  static Optional<FuzzyPeriod> closed(Choices c, long lo, long hi, Precision p) {
    long mid = lo + (hi - lo) / 2;
    Optional<FuzzyTime> start = within(c, lo, mid, p);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Optional<FuzzyTime> end = within(c, start.get().latestEpochSecond(), hi, p);
    return end.map(e -> FuzzyPeriod.of(start.get(), e));
  }

  /**
   * Returns a rough period inside {@code [lo, hi)}: "in T" ({@link FuzzyPeriod#at}) or from T to a
   * time within T's own bounds, at the same or a finer precision, so that start and end may be in
   * either order (never definitely inverted). Empty if there is no room.
   */
  static Optional<FuzzyPeriod> rough(Choices c, long lo, long hi, Precision p) {
    Optional<FuzzyTime> start = within(c, lo, hi, p);
    if (start.isEmpty() || c.nextBoolean(0.5)) {
      return start.map(FuzzyPeriod::at);
    }
    FuzzyTime s = start.get();
    Precision finer = PRECISIONS[c.nextInt(p.ordinal() + 1)];
    return within(c, s.earliestEpochSecond(), s.latestEpochSecond(), finer)
        .map(e -> FuzzyPeriod.of(s, e));
  }

  /** Returns a period of any shape (closed, ongoing, unknown start) inside {@code [lo, hi)}. */
  static Optional<FuzzyPeriod> anyShape(Choices c, long lo, long hi, Precision p) {
    switch (c.nextInt(3)) {
      case 0:
        return closed(c, lo, hi, p);
      case 1:
        return within(c, lo, hi, p).map(FuzzyPeriod::since);
      default:
        return within(c, lo, hi, p).map(FuzzyPeriod::until);
    }
  }
}
