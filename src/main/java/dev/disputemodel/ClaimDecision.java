package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code claim} is {@code verdict}": a ruling's holding on a claim in the model, such as a
 * tribunal's finding that a claim to historic rights is without basis in law.
 *
 * @param claim the claim decided on; not null
 * @param verdict what the ruling holds it to be worth; not null
 */
public record ClaimDecision(ClaimId claim, ClaimVerdict verdict) implements Decision {
  /** Rejects nulls. */
  public ClaimDecision {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("claim", claim));
  }
}
