package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A term with no type of its own yet, kept in the source's words (an exchange of prisoners, a
 * corridor). Nothing is dropped because it has no type.
 *
 * @param description the term as the source states it; not blank
 */
public record OtherProvision(String description) implements Provision {
  /**
   * Rejects null and blank descriptions.
   *
   * @throws InvalidValueException if the description is blank
   */
  public OtherProvision {
    Checks.text("OtherProvision", "description", Objects.requireNonNull(description, "description"));
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }
}
