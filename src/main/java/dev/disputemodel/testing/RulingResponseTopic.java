package dev.disputemodel.testing;

import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.ResponseKind;
import java.util.List;
import java.util.Optional;

/**
 * How a party responds to a ruling: the claimant's own response (a source in its own voice
 * reports a drawn party's). Always asserted; a contested question lets families give different
 * responses for the same party.
 */
final class RulingResponseTopic implements Topic {
  private static final List<ResponseKind> KINDS = List.of(ResponseKind.values());

  private final ModelDraft d;
  private final PartyId party;
  private final Ruling ruling;

  private RulingResponseTopic(ModelDraft draft, PartyId party, Ruling ruling) {
    this.d = draft;
    this.party = party;
    this.ruling = ruling;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.rulings.isEmpty() || d.parties.isEmpty()) {
      return Optional.empty();
    }
    int party = claimant.orElseGet(() -> d.c.nextInt(d.parties.size()));
    return Optional.of(new RulingResponseTopic(d, d.parties.id(party), d.c.pick(d.rulings.all())));
  }

  @Override
  public PropositionKey key() {
    return new RulingResponse(party, ruling.id(), ResponseKind.ACCEPTS).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Polarity.ASSERTS, new RulingResponse(party, ruling.id(), d.c.pick(KINDS)));
  }
}
