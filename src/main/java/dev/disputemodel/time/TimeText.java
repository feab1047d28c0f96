package dev.disputemodel.time;

import dev.disputemodel.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The text form of {@link FuzzyTime} and {@link FuzzyPeriod}: {@link FuzzyTime#toString()} and
 * {@link FuzzyTime#parse} in one place, so that each shape is written and read by the same code.
 *
 * <p>A time that is one whole unit is written as a source would say it: {@code 2022-09-13T08:15}
 * (MINUTE), {@code 2022-09-13 MORNING} (PART_OF_DAY), {@code 2022-09-13} (DAY),
 * {@code about 1974-07-20} (DAY, {@link FuzzyTime#about}), {@code 1974-08 MID} (PART_OF_MONTH),
 * {@code 2022-09} (MONTH), {@code 2022} (YEAR), {@code 1980s} (DECADE). Years are written as
 * {@link LocalDate#toString()} writes them: four digits at least, a sign before a negative year
 * or one of more than four digits. Any other time, and every HOUR, is written with its half-open
 * bounds and precision: {@code [2022-09-12T22:00, 2022-09-12T23:00) HOUR}.
 *
 * <p>The parser is a hand-written scanner (no regular expression, no {@code DateTimeFormatter}):
 * the JSON reader calls it for every time it reads.
 */
final class TimeText {
  private static final long MINUTE = 60;
  private static final long DAY = 86_400;
  private static final PartOfDay[] PARTS = PartOfDay.values();
  private static final PartOfMonth[] MONTH_PARTS = PartOfMonth.values();
  private static final String ABOUT = "about ";
  private static final Precision[] PRECISIONS = Precision.values();
  private static final String SHAPES = "expected 2022-09-13T08:15, 2022-09-13 MORNING, 2022-09-13,"
      + " about 2022-09-13, 2022-09 MID, 2022-09, 2022, 1980s or [earliest, latest) PRECISION";

  private TimeText() {}

  // ---- writing

  /** Returns the text of the time with bounds {@code [e, l)} (epoch seconds) at {@code p}. */
  static String format(long e, long l, Precision p) {
    LocalDateTime start = dateTime(e);
    LocalDate day = start.toLocalDate();
    boolean midnight = Math.floorMod(e, DAY) == 0;
    switch (p) {
      case MINUTE:
        if (Math.floorMod(e, MINUTE) == 0 && l - e == MINUTE) {
          return start.toString();
        }
        break;
      case PART_OF_DAY:
        for (PartOfDay part : PARTS) {
          if (e == seconds(part.start(day)) && l == seconds(part.end(day))) {
            return day + " " + part;
          }
        }
        break;
      case DAY:
        if (midnight && l - e == DAY) {
          return day.toString();
        }
        if (midnight && l - e == (2L * FuzzyTime.ABOUT_DAYS + 1) * DAY) {
          return ABOUT + day.plusDays(FuzzyTime.ABOUT_DAYS);
        }
        break;
      case PART_OF_MONTH:
        for (PartOfMonth part : MONTH_PARTS) {
          YearMonth month = YearMonth.from(day);
          if (e == seconds(part.start(month)) && l == seconds(part.end(month))) {
            return monthText(day) + " " + part;
          }
        }
        break;
      case MONTH:
        if (midnight && day.getDayOfMonth() == 1 && l == seconds(day.plusMonths(1))) {
          return monthText(day);
        }
        break;
      case YEAR:
        if (midnight && day.getDayOfYear() == 1 && l == seconds(day.plusYears(1))) {
          return year(day.getYear());
        }
        break;
      case DECADE:
        if (midnight && day.getDayOfYear() == 1 && Math.floorMod(day.getYear(), 10) == 0
            && l == seconds(day.plusYears(10))) {
          return year(day.getYear()) + "s";
        }
        break;
      default: // an HOUR is always written with its bounds
        break;
    }
    return "[" + start + ", " + dateTime(l) + ") " + p;
  }

  /** Returns the month of {@code day} as {@code 2022-09}. */
  private static String monthText(LocalDate day) {
    // Not YearMonth.toString(): it writes no '+' before a year of five digits.
    int month = day.getMonthValue();
    return year(day.getYear()) + (month < 10 ? "-0" : "-") + month;
  }

  /** Returns {@code year} as {@link LocalDate#toString()} writes it: {@code 0800}, {@code -0044}. */
  private static String year(int year) {
    if (Math.abs(year) < 1000) {
      String digits = Integer.toString(Math.abs(year) + 10_000).substring(1);
      return year < 0 ? "-" + digits : digits;
    }
    return year > 9999 ? "+" + year : Integer.toString(year);
  }

  // ---- reading

  /**
   * Returns the time {@code text} writes.
   *
   * @throws InvalidValueException naming the text, if it is not the text of a time
   */
  static FuzzyTime parseTime(CharSequence text) {
    try {
      return new Scanner(text).time();
    } catch (DateTimeException e) {
      throw new InvalidValueException("FuzzyTime", "text", text.toString(),
          "not a real date: " + e.getMessage());
    } catch (InvalidValueException e) {
      if (e.type().equals("FuzzyTime") && e.field().equals("text")) {
        throw e;
      }
      throw new InvalidValueException("FuzzyTime", "text", text.toString(), e.getMessage());
    }
  }

  /**
   * Returns the period {@code text} writes: {@code start..end}, {@code start..} (ongoing) or
   * {@code ?..end} (start not stated).
   *
   * @throws InvalidValueException naming the text, if it is not the text of a period
   */
  static FuzzyPeriod parsePeriod(CharSequence text) {
    String s = text.toString();
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new InvalidValueException("FuzzyPeriod", "text", s,
          "not a period; expected start..end, start.. (ongoing) or ?..end (start not stated)");
    }
    String start = s.substring(0, dots);
    String end = s.substring(dots + 2);
    boolean unknownStart = start.equals("?");
    if (unknownStart && end.isEmpty()) {
      throw new InvalidValueException("FuzzyPeriod", "text", s,
          "a period needs a start, an end, or both");
    }
    try {
      if (unknownStart) {
        return FuzzyPeriod.until(parseTime(end));
      }
      FuzzyTime from = parseTime(start);
      return end.isEmpty() ? FuzzyPeriod.since(from) : FuzzyPeriod.of(from, parseTime(end));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("FuzzyPeriod", "text", s, e.getMessage());
    }
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  private static long seconds(LocalDate day) {
    return day.toEpochDay() * DAY;
  }

  private static LocalDateTime dateTime(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** Reads one time from its text, left to right; one per parse. */
  private static final class Scanner {
    private final CharSequence text;
    private final int length;
    private int at;

    Scanner(CharSequence text) {
      this.text = text;
      this.length = text.length();
    }

    FuzzyTime time() {
      if (length > 0 && text.charAt(0) == '[') {
        return bounds();
      }
      if (prefix(ABOUT)) {
        LocalDate day = LocalDate.of(year(), field('-', 2), field('-', 2));
        end();
        LocalDate first = day.minusDays(FuzzyTime.ABOUT_DAYS);
        return unit(seconds(first), seconds(day.plusDays(FuzzyTime.ABOUT_DAYS + 1L)), Precision.DAY);
      }
      int year = year();
      if (at == length) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return unit(seconds(first), seconds(first.plusYears(1)), Precision.YEAR);
      }
      if (accept('s')) {
        end();
        if (Math.floorMod(year, 10) != 0) {
          throw bad("a decade begins in a year divisible by 10");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return unit(seconds(first), seconds(first.plusYears(10)), Precision.DECADE);
      }
      int month = field('-', 2);
      if (at == length) {
        LocalDate first = LocalDate.of(year, month, 1);
        return unit(seconds(first), seconds(first.plusMonths(1)), Precision.MONTH);
      }
      if (accept(' ')) {
        YearMonth ym = YearMonth.of(year, month);
        PartOfMonth part = monthPart();
        return unit(seconds(part.start(ym)), seconds(part.end(ym)), Precision.PART_OF_MONTH);
      }
      LocalDate day = LocalDate.of(year, month, field('-', 2));
      if (at == length) {
        return unit(seconds(day), seconds(day) + DAY, Precision.DAY);
      }
      if (accept(' ')) {
        PartOfDay part = part();
        return unit(seconds(part.start(day)), seconds(part.end(day)), Precision.PART_OF_DAY);
      }
      long minute = seconds(day) + time(false);
      end();
      return unit(minute, minute + MINUTE, Precision.MINUTE);
    }

    /** Reads {@code [earliest, latest) PRECISION}. */
    private FuzzyTime bounds() {
      at = 1;
      LocalDateTime earliest = dateTime();
      expect(", ");
      LocalDateTime latest = dateTime();
      expect(") ");
      Precision precision = precision();
      return FuzzyTime.of(earliest, latest, precision);
    }

    /** Reads a local date-time as {@link LocalDateTime#toString()} writes it, to the second. */
    private LocalDateTime dateTime() {
      LocalDate day = LocalDate.of(year(), field('-', 2), field('-', 2));
      return dateTime(seconds(day) + time(true));
    }

    private static LocalDateTime dateTime(long seconds) {
      return TimeText.dateTime(seconds);
    }

    /** Reads {@code THH:MM}, and {@code :SS} if {@code seconds}; returns seconds into the day. */
    private long time(boolean seconds) {
      int hour = field('T', 2);
      int minute = field(':', 2);
      int second = seconds && at < length && text.charAt(at) == ':' ? field(':', 2) : 0;
      if (hour > 23 || minute > 59 || second > 59) {
        throw bad("not a real time of day");
      }
      return hour * 3600L + minute * MINUTE + second;
    }

    /**
     * Reads a year as {@link LocalDate#toString()} writes it: four digits, or a sign and four
     * digits, or a sign and more digits.
     */
    private int year() {
      boolean negative = accept('-');
      boolean positive = !negative && accept('+');
      int start = at;
      long value = digits();
      int count = at - start;
      if (count < 4 || count > 9 || (count > 4 && !negative && !positive) || (positive && count == 4)) {
        throw bad(SHAPES);
      }
      long year = negative ? -value : value;
      // MAX_YEAR + 1 begins the exclusive latest bound of a time that ends with MAX_YEAR; any
      // time beyond is refused by FuzzyTime itself.
      if (!FuzzyTime.isSupportedYear(year) && year != FuzzyTime.MAX_YEAR + 1L) {
        throw bad("year out of range; a time lies within the years " + FuzzyTime.MIN_YEAR + " to "
            + FuzzyTime.MAX_YEAR + " (FuzzyTime.MIN_YEAR..MAX_YEAR)");
      }
      return (int) year;
    }

    /** Reads {@code separator} and then exactly {@code width} digits. */
    private int field(char separator, int width) {
      if (!accept(separator)) {
        throw bad(SHAPES);
      }
      int start = at;
      long value = digits();
      if (at - start != width) {
        throw bad(SHAPES);
      }
      return (int) value;
    }

    private long digits() {
      long value = 0;
      while (at < length) {
        char c = text.charAt(at);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        at++;
      }
      return value;
    }

    private PartOfDay part() {
      for (PartOfDay part : PARTS) {
        if (rest(part.name())) {
          return part;
        }
      }
      throw bad(SHAPES);
    }

    private PartOfMonth monthPart() {
      for (PartOfMonth part : MONTH_PARTS) {
        if (rest(part.name())) {
          return part;
        }
      }
      throw bad(SHAPES);
    }

    /** Returns true, and reads it, if the text goes on with {@code word}. */
    private boolean prefix(String word) {
      if (length - at < word.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (text.charAt(at + i) != word.charAt(i)) {
          return false;
        }
      }
      at += word.length();
      return true;
    }

    private Precision precision() {
      for (Precision p : PRECISIONS) {
        if (rest(p.name())) {
          return p;
        }
      }
      throw bad("unknown precision; expected one of " + Arrays.toString(PRECISIONS));
    }

    /** Returns true if the rest of the text is {@code word}. */
    private boolean rest(String word) {
      if (length - at != word.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (text.charAt(at + i) != word.charAt(i)) {
          return false;
        }
      }
      at = length;
      return true;
    }

    private void expect(String literal) {
      for (int i = 0; i < literal.length(); i++) {
        if (!accept(literal.charAt(i))) {
          throw bad(SHAPES);
        }
      }
    }

    private boolean accept(char c) {
      if (at < length && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void end() {
      if (at != length) {
        throw bad(SHAPES);
      }
    }

    private static FuzzyTime unit(long earliest, long latest, Precision precision) {
      return FuzzyTime.ofEpochSeconds(earliest, latest, precision);
    }

    private InvalidValueException bad(String reason) {
      return new InvalidValueException("FuzzyTime", "text", text.toString(), reason);
    }
  }
}
