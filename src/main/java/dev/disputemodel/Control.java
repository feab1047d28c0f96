package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code controller} controls {@code territory}": a claim of effective control. Two claims
 * naming different controllers of the same territory contradict.
 *
 * @param territory the territory; not null
 * @param controller the party said to control it; not null
 */
public record Control(TerritoryId territory, PartyId controller) implements Proposition {
  /** Rejects nulls. */
  public Control {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(controller, "controller");
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.CONTROL, territory);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Control c
        && c.territory.equals(territory)
        && !c.controller.equals(controller);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("controller", controller));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(territory) && test.test(controller);
  }
}
