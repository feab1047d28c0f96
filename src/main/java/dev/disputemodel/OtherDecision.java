package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A decision with no type of its own yet, kept in the body's words (a call on the parties to
 * negotiate, a request to report back). Nothing is dropped because it has no type.
 *
 * @param description the decision as the source states it; not blank
 */
public record OtherDecision(String description) implements Decision {
  /**
   * Rejects null and blank descriptions.
   *
   * @throws InvalidValueException if the description is blank
   */
  public OtherDecision {
    Checks.text("OtherDecision", "description", Objects.requireNonNull(description, "description"));
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }
}
