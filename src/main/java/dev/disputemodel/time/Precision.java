package dev.disputemodel.time;

/**
 * The finest unit in which a source stated a time: "at 08:00" is {@link #MINUTE}, "Tuesday
 * morning" is {@link #PART_OF_DAY}, "in the 1980s" is {@link #DECADE}.
 *
 * <p>Precision says how a time was expressed; the bounds of a {@link FuzzyTime} say what it
 * allows. Constants are ordered from finest to coarsest.
 */
public enum Precision {
  /** To the minute or finer. */
  MINUTE,
  /** To the hour ("around 22:00"). */
  HOUR,
  /** A part of a day ("Tuesday morning", "overnight on Monday"); see {@link PartOfDay}. */
  PART_OF_DAY,
  /** A calendar day. */
  DAY,
  /** The early, middle or late part of a month ("early May 1974"); see {@link PartOfMonth}. */
  PART_OF_MONTH,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR,
  /** A decade ("the 1980s"). */
  DECADE;

  /** Returns the coarser of this and {@code other}. */
  public Precision coarsest(Precision other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
