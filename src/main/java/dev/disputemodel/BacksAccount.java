package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code backer} backs the account given in {@code account}": Turkey "has apparently backed"
 * Azerbaijan's version of events is {@code BacksAccount(Turkey, K6)}, asserted by the article with
 * the hedge "apparently".
 *
 * @param backer the party that backs the account; not null
 * @param account the claim whose account is backed; not null
 */
public record BacksAccount(PartyId backer, ClaimId account) implements Proposition {
  /** Rejects nulls. */
  public BacksAccount {
    Objects.requireNonNull(backer, "backer");
    Objects.requireNonNull(account, "account");
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.BACKING, backer, account);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("backer", backer), new Reference("account", account));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(backer) && test.test(account);
  }
}
