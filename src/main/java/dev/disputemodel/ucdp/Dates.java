package dev.disputemodel.ucdp;

import dev.disputemodel.internal.CsvTable.FieldException;
import dev.disputemodel.time.FuzzyTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * The dates and years of UCDP's columns as the model's times, each problem a {@link
 * FieldException} naming the column and the value: never a {@link DateTimeException} of the
 * JDK. Stateless.
 */
final class Dates {
  private Dates() {}

  /** Returns the date {@code text} of {@code column}, written YYYY-MM-DD. */
  static LocalDate date(String column, String text) {
    String v = text.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new FieldException(column, column + " = \"" + v + "\": not a date YYYY-MM-DD");
    }
  }

  /** Returns the day {@code date}, read from {@code column}, as a time of the model. */
  static FuzzyTime day(String column, LocalDate date) {
    try {
      return FuzzyTime.onDay(date);
    } catch (IllegalArgumentException e) { // the library's refusal of the date
      throw new FieldException(column, column + " = \"" + date + "\": " + e.getMessage());
    }
  }

  /** Returns the year {@code year}, read from {@code column}, as a time of the model. */
  static FuzzyTime year(String column, int year) {
    try {
      return FuzzyTime.inYear(Year.of(year));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new FieldException(column, column + " = \"" + year + "\": not a year a time of the"
          + " model can hold (" + e.getMessage() + ")");
    }
  }
}
