package dev.disputemodel.testing;

import dev.disputemodel.PropositionKey;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * Who is sovereign over a territory with no recorded sovereignty (so no claim contradicts a
 * recorded fact): each family names a state or de facto state; a contested one may deny.
 */
final class SovereigntyTopic implements Topic {
  private final ModelDraft d;
  private final TerritoryId territory;

  private SovereigntyTopic(ModelDraft draft, TerritoryId territory) {
    this.d = draft;
    this.territory = territory;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.sovereigntyFree.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SovereigntyTopic(d, d.territories.id(d.c.pick(d.sovereigntyFree))));
  }

  @Override
  public PropositionKey key() {
    return new Sovereignty(territory, d.parties.id(0)).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.2),
        new Sovereignty(territory, d.parties.id(d.c.pick(d.roles.sovereignCandidates))));
  }
}
