package dev.disputemodel.ucdp;

import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.internal.CsvTable.FieldException;
import dev.disputemodel.time.FuzzyTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * The dates and years of UCDP's columns as the model's times, each problem a {@link
 * FieldException} naming the column and the value: never a {@link DateTimeException} of the
 * JDK. Years are those a time may reach ({@link FuzzyTime#MIN_YEAR}..{@link
 * FuzzyTime#MAX_YEAR}). Stateless.
 */
final class Dates {
  private Dates() {}

  /** Returns the date {@code text} of {@code column}, written YYYY-MM-DD, in a year a time may reach. */
  static LocalDate date(String column, String text) {
    String v = text.strip();
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new FieldException(column, column + " = \"" + v + "\": not a date YYYY-MM-DD");
    }
    CsvTable.checkYear(column, v, d.getYear());
    return d;
  }

  /** Returns the year {@code year}, read from {@code column}, as a time of the model. */
  static FuzzyTime year(String column, int year) {
    CsvTable.checkYear(column, Integer.toString(year), year);
    return FuzzyTime.inYear(Year.of(year));
  }
}
