package dev.disputemodel.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The named parts of a day that sources use instead of a clock time, with the conventional
 * local-time bounds this library gives them. A part of day is a half-open interval
 * {@code [start, end)}; {@link #NIGHT} runs from 18:00 to 06:00 of the next day, so "overnight on
 * Monday" is the night that begins on Monday.
 */
public enum PartOfDay {
  /** 06:00 to 12:00. */
  MORNING(6, 6),
  /** 12:00 to 18:00. */
  AFTERNOON(12, 6),
  /** 18:00 to 24:00. */
  EVENING(18, 6),
  /** 18:00 to 06:00 of the next day: "overnight", "Monday night". */
  NIGHT(18, 12);

  private final int startHour;
  private final int hours;

  PartOfDay(int startHour, int hours) {
    this.startHour = startHour;
    this.hours = hours;
  }

  /** Returns the first moment of this part of {@code day}; {@code day} must not be null. */
  public LocalDateTime start(LocalDate day) {
    return day.atTime(LocalTime.of(startHour, 0));
  }

  /** Returns the moment just after this part of {@code day} (exclusive end). */
  public LocalDateTime end(LocalDate day) {
    return start(day).plusHours(hours);
  }
}
