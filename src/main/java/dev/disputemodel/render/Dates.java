package dev.disputemodel.render;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a reader says them, in English and independent of the default locale: "12 Sep 2022
 * night", "Sep 2022", "1980s", "between 10 Nov 2020 and 30 Sep 2022".
 */
final class Dates {
  private Dates() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ROOT);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ROOT);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ROOT);

  /** Returns {@code time} as a reader says it, at its precision. */
  static String of(FuzzyTime time) {
    LocalDateTime e = time.earliest();
    LocalDateTime l = time.latest();
    if (Math.floorMod(e.getYear(), 10) == 0 && time.equals(FuzzyTime.inDecade(Year.of(e.getYear())))) {
      return e.getYear() + "s";
    }
    if (time.equals(FuzzyTime.inYear(Year.of(e.getYear())))) {
      return Integer.toString(e.getYear());
    }
    if (time.equals(FuzzyTime.inMonth(YearMonth.from(e)))) {
      return MONTH.format(e);
    }
    if (time.equals(FuzzyTime.onDay(e.toLocalDate()))) {
      return DAY.format(e);
    }
    for (PartOfDay part : PartOfDay.values()) {
      if (time.equals(FuzzyTime.on(e.toLocalDate(), part))) {
        return DAY.format(e) + " " + part.name().toLowerCase(Locale.ROOT);
      }
    }
    if (time.equals(FuzzyTime.atMinute(e))) {
      return MINUTE.format(e);
    }
    if (time.equals(FuzzyTime.atHour(e))) {
      return "about " + MINUTE.format(e);
    }
    return "between " + moment(e) + " and " + lastMoment(l);
  }

  /** Returns "on 13 Sep 2022" for a day or less, "in Jun 2003", "in the 1980s" for longer times. */
  static String onOrIn(FuzzyTime time) {
    String said = of(time);
    if (said.startsWith("between")) {
      return said;
    }
    if (time.latestEpochSecond() - time.earliestEpochSecond() <= 24 * 3600) {
      return "on " + said;
    }
    return (said.endsWith("s") && Character.isDigit(said.charAt(0)) ? "in the " : "in ") + said;
  }

  /** Returns {@code period} as "1980s – ongoing", "? – 10 Nov 2020", "27 Sep – 10 Nov 2020". */
  static String of(FuzzyPeriod period) {
    String start = period.start().map(Dates::of).orElse("start not stated");
    String end = period.end().map(Dates::of).orElse("ongoing");
    if (period.start().isPresent() && period.start().equals(period.end())) {
      return start;
    }
    return start + " \u2013 " + end;
  }

  /** Returns an exact moment as a day, or a day and a time when it is not midnight. */
  static String moment(LocalDateTime t) {
    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DAY.format(t) : MINUTE.format(t);
  }

  /** Returns the last moment before the exclusive bound {@code latest}: the day before midnight. */
  private static String lastMoment(LocalDateTime latest) {
    return latest.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        ? DAY.format(latest.minusDays(1))
        : MINUTE.format(latest);
  }

  /**
   * Returns an axis label for the exact moment {@code epochSecond}: the year on 1 January, the
   * month on the first of a month, the day at midnight, else day and time.
   */
  static String tick(long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return MINUTE.format(t);
    }
    LocalDate d = t.toLocalDate();
    if (d.getDayOfYear() == 1) {
      return Integer.toString(d.getYear());
    }
    return d.getDayOfMonth() == 1 ? MONTH.format(d) : DAY.format(d);
  }

  /** Returns {@code epochSecond} in Mermaid's gantt date format {@code YYYY-MM-DD HH:mm}. */
  static String gantt(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT));
  }
}
