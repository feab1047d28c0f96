package dev.disputemodel.testing;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import java.util.Optional;

/**
 * Whether a party backs an earlier claim's account, the claim being of another family: the
 * backer's family always asserts it; others may deny a contested one.
 */
final class BackingTopic implements Topic {
  private final ModelDraft d;
  private final int backerFamily;
  private final BacksAccount backing;

  private BackingTopic(ModelDraft draft, int backerFamily, BacksAccount backing) {
    this.d = draft;
    this.backerFamily = backerFamily;
    this.backing = backing;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.claims.isEmpty()) {
      return Optional.empty();
    }
    int account = d.c.nextInt(d.claims.size());
    int backer = d.c.nextInt(d.parties.size());
    if (d.roles.root(backer) == d.familyOf(account)) {
      return Optional.empty();
    }
    BacksAccount backing = new BacksAccount(d.parties.id(backer), d.claims.id(account));
    return Optional.of(new BackingTopic(d, d.roles.root(backer), backing));
  }

  @Override
  public PropositionKey key() {
    return backing.key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    Polarity polarity =
        family == backerFamily ? Polarity.ASSERTS : Topic.polarity(d.c, contested, 0.4);
    return Answer.of(polarity, backing);
  }
}
