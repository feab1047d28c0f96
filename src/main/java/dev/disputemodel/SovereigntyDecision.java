package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code territory} belongs to {@code sovereign}": a ruling's award of sovereignty, such as an
 * award of disputed islands to one of two claimants.
 *
 * @param territory the territory decided; not null
 * @param sovereign the party awarded sovereignty; not null
 */
public record SovereigntyDecision(TerritoryId territory, PartyId sovereign) implements Decision {
  /** Rejects nulls. */
  public SovereigntyDecision {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(sovereign, "sovereign");
  }

  /** Returns the one territory decided. */
  @Override
  public List<TerritoryId> territories() {
    return List.of(territory);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("sovereign", sovereign));
  }
}
