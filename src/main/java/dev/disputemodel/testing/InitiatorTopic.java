package dev.disputemodel.testing;

import dev.disputemodel.ConflictId;
import dev.disputemodel.Initiated;
import dev.disputemodel.PropositionKey;
import java.util.Optional;

/** Who started a conflict: each family names one of its primary parties; a contested one may deny. */
final class InitiatorTopic implements Topic {
  private final ModelDraft d;
  private final ConflictPlan plan;
  private final ConflictId conflict;

  private InitiatorTopic(ModelDraft draft, ConflictPlan plan) {
    this.d = draft;
    this.plan = plan;
    this.conflict = plan.conflict.id();
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.conflicts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InitiatorTopic(d, d.c.pick(d.conflicts.all())));
  }

  @Override
  public PropositionKey key() {
    return new Initiated(conflict, d.parties.id(0)).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.1),
        new Initiated(conflict, d.parties.id(d.c.pick(plan.primaries))));
  }
}
