package dev.disputemodel.testing;

import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * By how many parties a sovereign is recognized over a territory with no recorded sovereignty (so
 * no claim contradicts a recorded count): each family gives an exact count, or "at least" one; on
 * a contested question families count differently.
 */
final class RecognitionCountTopic implements Topic {
  private final ModelDraft d;
  private final TerritoryId territory;
  private final PartyId sovereign;

  private RecognitionCountTopic(ModelDraft draft, TerritoryId territory, PartyId sovereign) {
    this.d = draft;
    this.territory = territory;
    this.sovereign = sovereign;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.sovereigntyFree.isEmpty() || d.roles.sovereignCandidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RecognitionCountTopic(d, d.territories.id(d.c.pick(d.sovereigntyFree)),
        d.parties.id(d.c.pick(d.roles.sovereignCandidates))));
  }

  @Override
  public PropositionKey key() {
    return new RecognitionCount(territory, sovereign, Estimate.unknown()).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    long n = 1 + d.c.nextInt(193);
    return Answer.of(dev.disputemodel.Polarity.ASSERTS, new RecognitionCount(territory, sovereign,
        d.c.nextBoolean(0.3) ? Estimate.atLeast(n) : Estimate.exact(n)));
  }
}
