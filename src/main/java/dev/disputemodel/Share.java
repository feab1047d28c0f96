package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A share of a whole in percent, as sources give it: "75.83 %" (exact), "36 to 40 %" (a range).
 * Used for vote results and turnouts ({@link VoteResult}).
 *
 * <p>Immutable and thread-safe; a value: equal when the bounds are numerically equal ({@code 36}
 * equals {@code 36.0}) and the wordings equal. Invariant: {@code 0 <= low <= high <= 100}
 * ({@link InvalidValueException} naming the field and value).
 *
 * @param low the lower bound in percent; not null
 * @param high the upper bound in percent; not null
 * @param wording the source's own words ("about two thirds"), if kept; not null
 */
public record Share(BigDecimal low, BigDecimal high, Optional<String> wording) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Validates and normalizes the bounds (trailing zeros stripped).
   *
   * @throws InvalidValueException if a bound is below 0 or above 100, or low exceeds high, or the
   *     wording is blank
   */
  public Share {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(wording, "wording");
    Checks.of("Share")
        .check(low.signum() >= 0 && low.compareTo(HUNDRED) <= 0, "low", low,
            "must be a percentage from 0 to 100")
        .check(high.signum() >= 0 && high.compareTo(HUNDRED) <= 0, "high", high,
            "must be a percentage from 0 to 100")
        .check(low.compareTo(high) <= 0, "low", low, "must not exceed high (" + high + ")")
        .text("wording", wording)
        .done();
    low = normal(low);
    high = normal(high);
  }

  /**
   * Returns the exact share {@code percent}, written as a source writes it: {@code "75.83"}.
   *
   * @throws InvalidValueException if it is not a number from 0 to 100
   * @throws NullPointerException if {@code percent} is null
   */
  public static Share percent(String percent) {
    BigDecimal p = parse("low", percent);
    return new Share(p, p, Optional.empty());
  }

  /**
   * Returns the share between {@code low} and {@code high} percent: northern Cyprus as 36 to 40 %
   * of the island.
   *
   * @throws InvalidValueException if a bound is not a number from 0 to 100, or low exceeds high
   * @throws NullPointerException if an argument is null
   */
  public static Share between(String low, String high) {
    return new Share(parse("low", low), parse("high", high), Optional.empty());
  }

  /**
   * Returns this share with the source's own words.
   *
   * @throws InvalidValueException if {@code wording} is blank
   * @throws NullPointerException if {@code wording} is null
   */
  public Share withWording(String wording) {
    return new Share(low, high, Optional.of(Objects.requireNonNull(wording, "wording")));
  }

  /** Returns true if the share is one figure (low equals high). */
  public boolean isExact() {
    return low.compareTo(high) == 0;
  }

  /** Returns {@code 75.83%} or {@code 36–40%}. */
  @Override
  public String toString() {
    return (isExact() ? low.toPlainString() : low.toPlainString() + "–" + high.toPlainString()) + "%";
  }

  private static BigDecimal parse(String field, String text) {
    Objects.requireNonNull(text, field);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Share", field, text, "must be a number in percent");
    }
  }

  private static BigDecimal normal(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
