package dev.disputemodel.testing;

import dev.disputemodel.Attack;
import dev.disputemodel.EventKind;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * Whether a primary party of a conflict made an attack of a kind (on the other side, at a place):
 * everybody asserts an attack an event records; otherwise a contested question may be denied.
 */
final class AttackTopic implements Topic {
  private final ModelDraft d;
  private final Attack attack;
  private final boolean recorded;

  private AttackTopic(ModelDraft draft, Attack attack, boolean recorded) {
    this.d = draft;
    this.attack = attack;
    this.recorded = recorded;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.conflicts.isEmpty()) {
      return Optional.empty();
    }
    Choices c = d.c;
    ConflictPlan plan = c.pick(d.conflicts.all());
    int side = c.nextInt(2);
    int attacker = c.pick(plan.sidePrimaries.get(side));
    EventKind kind = c.pick(ConflictPlanner.ATTACK_KINDS);
    Optional<PartyId> target = c.nextBoolean(0.5)
        ? Optional.of(d.parties.id(c.pick(plan.sidePrimaries.get(1 - side)))) : Optional.empty();
    Optional<TerritoryId> place = c.nextBoolean(0.5)
        ? Optional.of(d.territories.id(c.nextInt(d.territories.size()))) : Optional.empty();
    Attack attack =
        new Attack(plan.conflict.id(), d.parties.id(attacker), kind, target, place);
    return Optional.of(
        new AttackTopic(d, attack, d.isRecordedAttack(plan.index, attacker, kind)));
  }

  @Override
  public PropositionKey key() {
    return attack.key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    Polarity polarity = recorded ? Polarity.ASSERTS : Topic.polarity(d.c, contested, 0.4);
    return Answer.of(polarity, attack);
  }
}
