package dev.disputemodel.json;

import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact text form of a {@link FuzzyTime} in JSON: one whole unit as a source would say it
 * ({@code "2022-09-13T08:00"}, {@code "2022-09-13 MORNING"}, {@code "2022-09-13"},
 * {@code "2022-09"}, {@code "2022"}, {@code "1980s"}). Any other time is written as an object
 * with its bounds and precision.
 */
final class Times {
  private Times() {}

  private static final Pattern DECADE = Pattern.compile("(\\d{4})s");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PART =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (MORNING|AFTERNOON|EVENING|NIGHT)");
  private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** Returns the compact form of {@code time} if it has one that reads back as the same time. */
  static Optional<String> compact(FuzzyTime time) {
    String text = time.toString();
    if (text.startsWith("[")) {
      return Optional.empty();
    }
    try {
      return parse(text).filter(time::equals).map(t -> text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the time written in compact form, or empty if {@code text} has none of the compact
   * shapes.
   *
   * @throws DateTimeParseException if it has a shape but is not a real date ({@code 2022-13})
   * @throws dev.disputemodel.InvalidValueException if the decade does not begin in a year
   *     divisible by ten
   */
  static Optional<FuzzyTime> parse(String text) {
    // Each shape has a fixed length (a part of the day 16 to 20 chars): the length picks the one
    // or two patterns to try, so a time is not matched against all six (every time read or
    // written goes through here).
    int length = text.length();
    Matcher m;
    if (length == 5 && (m = DECADE.matcher(text)).matches()) {
      return Optional.of(FuzzyTime.inDecade(Year.of(Integer.parseInt(m.group(1)))));
    }
    if (length == 4 && YEAR.matcher(text).matches()) {
      return Optional.of(FuzzyTime.inYear(Year.of(Integer.parseInt(text))));
    }
    if (length == 7 && MONTH.matcher(text).matches()) {
      return Optional.of(FuzzyTime.inMonth(YearMonth.parse(text)));
    }
    if (length == 10 && DAY.matcher(text).matches()) {
      return Optional.of(FuzzyTime.onDay(LocalDate.parse(text)));
    }
    if (length >= 16 && length <= 20 && (m = PART.matcher(text)).matches()) {
      return Optional.of(
          FuzzyTime.on(LocalDate.parse(m.group(1)), PartOfDay.valueOf(m.group(2))));
    }
    if (length == 16 && MINUTE.matcher(text).matches()) {
      return Optional.of(FuzzyTime.atMinute(LocalDateTime.parse(text)));
    }
    return Optional.empty();
  }
}
