package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "The boundary between {@code territory} and {@code other} runs along {@code course}": the 1899
 * award fixed the boundary between British Guiana and Venezuela.
 *
 * @param territory one side of the boundary; not null
 * @param other the other side; not null, not {@code territory}
 * @param course where the line runs, in the ruling's words, if the source gives it; not null
 */
public record BoundaryDecision(TerritoryId territory, TerritoryId other, Optional<String> course)
    implements Decision {
  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if both sides are the same territory or the course is blank
   */
  public BoundaryDecision {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(course, "course");
    Checks.of("BoundaryDecision")
        .check(!territory.equals(other), "other", other, "must differ from territory")
        .text("course", course)
        .done();
  }

  /** Returns the two sides of the boundary: {@code territory}, then {@code other}. */
  @Override
  public List<TerritoryId> territories() {
    return List.of(territory, other);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("other", other));
  }
}
