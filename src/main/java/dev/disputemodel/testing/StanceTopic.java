package dev.disputemodel.testing;

import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import java.util.List;
import java.util.Optional;

/**
 * What stance a party (the claimant's family root, else any party) takes in a conflict, maybe
 * toward one involved in it: the holder's family always asserts it; others may deny a contested
 * one.
 */
final class StanceTopic implements Topic {
  private static final List<StanceKind> KINDS = List.of(StanceKind.values());

  private final ModelDraft d;
  private final int holder;
  private final Stance stance;

  private StanceTopic(ModelDraft draft, int holder, Stance stance) {
    this.d = draft;
    this.holder = holder;
    this.stance = stance;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.conflicts.isEmpty()) {
      return Optional.empty();
    }
    Choices c = d.c;
    int holder = claimant.map(d.roles::root).orElseGet(() -> c.nextInt(d.parties.size()));
    ConflictPlan plan = c.pick(d.conflicts.all());
    StanceKind kind = c.pick(KINDS);
    Optional<PartyId> addressee = Optional.empty();
    if (c.nextBoolean(0.5)) {
      int a = c.pick(plan.involved);
      if (a != holder) {
        addressee = Optional.of(d.parties.id(a));
      }
    }
    Stance stance = new Stance(d.parties.id(holder), kind, plan.conflict.id(), addressee);
    return Optional.of(new StanceTopic(d, holder, stance));
  }

  @Override
  public PropositionKey key() {
    return stance.key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    Polarity polarity =
        family == holder ? Polarity.ASSERTS : Topic.polarity(d.c, contested, 0.4);
    return Answer.of(polarity, stance);
  }
}
