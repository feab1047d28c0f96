package dev.disputemodel.check;

import dev.disputemodel.MediatorRole;
import dev.disputemodel.index.ModelIndex;
import java.util.List;

/**
 * {@code mediator-belligerent}: a party in an impartial third-party role (broker, mediator,
 * facilitator, witness, observer, arbitrator) that fights in the conflict it mediates: it, or a
 * party it acts for, is a primary party or a troop supporter of a side of that conflict (or of the
 * nearest ancestor conflict that records sides), or of one of its episodes while the episode may
 * overlap the role ({@link Belligerence}). A troop supporter counts only if its support may
 * overlap the role's time (the role's period, else its ceasefire's or agreement's effective or
 * agreed time): Pakistan brokering the 1993 Islamabad accord is not fighting in the troops it sent
 * from 2004. Guarantors and peacekeepers that fight are {@code guarantor-or-peacekeeper-fights}
 * (INFO), not this rule: that happens in the world. Cost: linear in mediators times the sides of
 * their conflicts and episodes.
 */
final class MediatorBelligerentRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("mediator-belligerent", Severity.ERROR,
          "A broker, mediator, facilitator, witness, observer or arbitrator fights in the conflict"
              + " it mediates");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    return Belligerence.findings(index, DESCRIPTOR, MediatorBelligerentRule::isImpartial,
        "A belligerent cannot be an impartial third party: correct the role or the sides");
  }

  /** Returns true for the roles a belligerent cannot play: all but guarantor and peacekeeper. */
  static boolean isImpartial(MediatorRole role) {
    return role != MediatorRole.GUARANTOR && role != MediatorRole.PEACEKEEPER;
  }
}
