package dev.disputemodel.testing;

import dev.disputemodel.InvalidValueException;

/**
 * A closed range of integers {@code min..max}, such as "2 to 10 parties": the shape of the count
 * knobs of {@link ModelConfig}. A generator draws a count within it and shrinks toward
 * {@link #min()}.
 *
 * <p>Immutable and thread-safe; like {@link java.time.temporal.ValueRange}, create one with
 * {@link #of(int, int)}.
 */
public final class IntRange {
  private final int min;
  private final int max;

  private IntRange(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the range {@code min..max}, both included.
   *
   * @throws InvalidValueException naming {@code IntRange.max} if {@code max < min}
   */
  public static IntRange of(int min, int max) {
    if (max < min) {
      throw new InvalidValueException("IntRange", "max", max, "must not be below min " + min);
    }
    return new IntRange(min, max);
  }

  /** Returns the range holding {@code value} alone: {@code value..value}. */
  public static IntRange exactly(int value) {
    return new IntRange(value, value);
  }

  /** Returns the least value in the range. */
  public int min() {
    return min;
  }

  /** Returns the greatest value in the range. */
  public int max() {
    return max;
  }

  /** Returns true if {@code value} lies in the range, its ends included. */
  public boolean contains(int value) {
    return min <= value && value <= max;
  }

  /** Returns true if {@code o} is a range with the same ends. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IntRange r && r.min == min && r.max == max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /** Returns the range as {@code min..max}, such as {@code 2..10}. */
  @Override
  public String toString() {
    return min + ".." + max;
  }
}
