package dev.disputemodel.time;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The thirds of a month that sources use instead of a day ("early May", "mid-July", "late
 * August"), with the bounds this library gives them: days 1 to 10, 11 to 20, and 21 to the end
 * of the month. A part of a month is a half-open interval {@code [start, end)} of local time.
 */
public enum PartOfMonth {
  /** Days 1 to 10: "early May". */
  EARLY(1),
  /** Days 11 to 20: "mid-May". */
  MID(11),
  /** Day 21 to the last day of the month: "late May". */
  LATE(21);

  private final int firstDay;

  PartOfMonth(int firstDay) {
    this.firstDay = firstDay;
  }

  /** Returns the first moment of this part of {@code month}; {@code month} must not be null. */
  public LocalDateTime start(YearMonth month) {
    return month.atDay(firstDay).atStartOfDay();
  }

  /** Returns the moment just after this part of {@code month} (exclusive end). */
  public LocalDateTime end(YearMonth month) {
    return this == LATE
        ? month.plusMonths(1).atDay(1).atStartOfDay()
        : month.atDay(firstDay + 10).atStartOfDay();
  }
}
