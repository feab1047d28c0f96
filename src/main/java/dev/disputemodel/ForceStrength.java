package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;

/**
 * The strength of a peacekeeping force or an observer mission on a date, as one source gives it:
 * UNDOF's "1,218 all ranks" on 16 June 1974, KFOR's 3,735 troops in August 2022. A role's figures
 * over time are its {@link Mediator#strengths()}.
 *
 * <p>Immutable and thread-safe; a value.
 *
 * @param size how many troops (and police or observers, as the source counts them); not null
 * @param asOf the date the source gives the figure for; not null
 * @param source the source that gives it; not null
 */
public record ForceStrength(Estimate size, FuzzyTime asOf, SourceId source) {
  /**
   * Rejects nulls.
   *
   * @throws NullPointerException if an argument is null
   */
  public ForceStrength {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
  }

  /** Returns {@code 3735 (2022-08) [SRC20]}. */
  @Override
  public String toString() {
    return size + " (" + asOf + ") [" + source.value() + "]";
  }
}
