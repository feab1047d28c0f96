package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code controller} administers and controls {@code territory}, and that situation is to be
 * preserved": a court's provisional measures that forbid any action modifying who controls a
 * territory while the case is pending, or a decision of who is to administer it. Control, not
 * sovereignty: see {@link SovereigntyDecision}.
 *
 * @param territory the territory; not null
 * @param controller the party whose control is preserved or given; not null
 */
public record ControlDecision(TerritoryId territory, PartyId controller) implements Decision {
  /** Rejects nulls. */
  public ControlDecision {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(controller, "controller");
  }

  /** Returns the one territory decided. */
  @Override
  public List<TerritoryId> territories() {
    return List.of(territory);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("controller", controller));
  }
}
