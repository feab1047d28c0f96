package dev.disputemodel.testing;

import dev.disputemodel.Control;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * Who controls a territory with no recorded control (so no claim contradicts a record): each
 * family names a belligerent state or fighter; a contested one may deny.
 */
final class ControlTopic implements Topic {
  private final ModelDraft d;
  private final TerritoryId territory;

  private ControlTopic(ModelDraft draft, TerritoryId territory) {
    this.d = draft;
    this.territory = territory;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.controlFree.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ControlTopic(d, d.territories.id(d.c.pick(d.controlFree))));
  }

  @Override
  public PropositionKey key() {
    return new Control(territory, d.parties.id(0)).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.2),
        new Control(territory, d.parties.id(d.roles.controller(d.c))));
  }
}
