package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code sovereign} is the rightful sovereign of {@code territory}": a territorial claim. There
 * is one sovereign at a time, so two claims naming different sovereigns contradict.
 *
 * @param territory the territory claimed; not null
 * @param sovereign the party said to be sovereign; not null
 */
public record Sovereignty(TerritoryId territory, PartyId sovereign) implements Proposition {
  /** Rejects nulls. */
  public Sovereignty {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(sovereign, "sovereign");
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.SOVEREIGNTY, territory);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Sovereignty s
        && s.territory.equals(territory)
        && !s.sovereign.equals(sovereign);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("sovereign", sovereign));
  }
}
