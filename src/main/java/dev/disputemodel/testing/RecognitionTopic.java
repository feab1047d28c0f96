package dev.disputemodel.testing;

import dev.disputemodel.PartyId;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Recognizes;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * Whom a party recognizes as sovereign over a territory with no recorded sovereignty (so no claim
 * contradicts a recorded recognition): the recognizer is the claimant (a source in its own voice
 * reports a drawn party's); each family names a state or de facto state, a contested one may deny
 * (a withdrawal of recognition that others dispute).
 */
final class RecognitionTopic implements Topic {
  private final ModelDraft d;
  private final PartyId recognizer;
  private final TerritoryId territory;

  private RecognitionTopic(ModelDraft draft, PartyId recognizer, TerritoryId territory) {
    this.d = draft;
    this.recognizer = recognizer;
    this.territory = territory;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.sovereigntyFree.isEmpty() || d.roles.sovereignCandidates.isEmpty()) {
      return Optional.empty();
    }
    int recognizer = claimant.orElseGet(() -> d.c.nextInt(d.parties.size()));
    return Optional.of(new RecognitionTopic(
        d, d.parties.id(recognizer), d.territories.id(d.c.pick(d.sovereigntyFree))));
  }

  @Override
  public PropositionKey key() {
    return new Recognizes(recognizer, territory, recognizer).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.3),
        new Recognizes(recognizer, territory, d.parties.id(d.c.pick(d.roles.sovereignCandidates))));
  }
}
