package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code force} deploys {@code troops} to {@code to}": the 2020 deal deployed a Russian
 * peacekeeping force of almost 2,000 troops to Nagorno-Karabakh.
 *
 * @param force the party or mission deployed; not null
 * @param to where it deploys; not null
 * @param troops how many, or {@link Estimate#unknown()}; not null
 */
public record Deployment(PartyId force, TerritoryId to, Estimate troops) implements Provision {
  /** Rejects nulls. */
  public Deployment {
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(troops, "troops");
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("force", force), new Reference("to", to));
  }
}
