package dev.disputemodel.testing;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.ResponseKind;
import java.util.List;
import java.util.Optional;

/**
 * How a party responds to an agreement, as {@link RulingResponseTopic} for rulings: the
 * claimant's own response (a source in its own voice reports a drawn party's). Always asserted; a
 * contested question lets families give different responses for the same party.
 */
final class AgreementResponseTopic implements Topic {
  private static final List<ResponseKind> KINDS = List.of(ResponseKind.values());

  private final ModelDraft d;
  private final PartyId party;
  private final Agreement agreement;

  private AgreementResponseTopic(ModelDraft draft, PartyId party, Agreement agreement) {
    this.d = draft;
    this.party = party;
    this.agreement = agreement;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.agreements.isEmpty() || d.parties.isEmpty()) {
      return Optional.empty();
    }
    int party = claimant.orElseGet(() -> d.c.nextInt(d.parties.size()));
    return Optional.of(
        new AgreementResponseTopic(d, d.parties.id(party), d.c.pick(d.agreements.all())));
  }

  @Override
  public PropositionKey key() {
    return new AgreementResponse(party, agreement.id(), ResponseKind.ACCEPTS).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Polarity.ASSERTS, new AgreementResponse(party, agreement.id(), d.c.pick(KINDS)));
  }
}
