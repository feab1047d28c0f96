package dev.disputemodel.testing;

import dev.disputemodel.PropositionKey;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyExtent;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * Who is sovereign over a territory with no recorded sovereignty (so no claim contradicts a
 * recorded fact): each family names a state or de facto state; a contested one may deny. One
 * question in ten is about sovereign rights only (an exclusive economic zone's), for every family.
 */
final class SovereigntyTopic implements Topic {
  private final ModelDraft d;
  private final TerritoryId territory;
  private final SovereigntyExtent extent;

  private SovereigntyTopic(ModelDraft draft, TerritoryId territory, SovereigntyExtent extent) {
    this.d = draft;
    this.territory = territory;
    this.extent = extent;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.sovereigntyFree.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SovereigntyTopic(d, d.territories.id(d.c.pick(d.sovereigntyFree)),
        d.c.nextBoolean(0.1) ? SovereigntyExtent.SOVEREIGN_RIGHTS : SovereigntyExtent.FULL));
  }

  @Override
  public PropositionKey key() {
    return new Sovereignty(territory, d.parties.id(0)).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.2),
        new Sovereignty(territory, d.parties.id(d.c.pick(d.roles.sovereignCandidates)), extent));
  }
}
