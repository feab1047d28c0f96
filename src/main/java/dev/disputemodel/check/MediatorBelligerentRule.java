package dev.disputemodel.check;

import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mediator-belligerent}: a party in a third-party role (broker, mediator, peacekeeper...)
 * in a conflict in which it fights: it, or a party it acts for (a peacekeeping mission for its
 * state), is a primary party or a troop supporter of a side of that conflict (or of the nearest
 * ancestor conflict that records sides). Cost: linear in mediators times sides.
 */
final class MediatorBelligerentRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("mediator-belligerent", Severity.ERROR,
          "A mediator, broker or peacekeeper fights in the conflict it mediates");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Mediator m : index.model().mediators()) {
      for (Side side : index.sides(m.conflict())) {
        for (PartyId p : index.actsForChain(m.party())) {
          if (ModelIndex.belligerents(side).contains(p)) {
            out.add(DESCRIPTOR.finding(m.id())
                .path("party")
                .value(m.party())
                .related(p, m.conflict())
                .message(m.party() + (p.equals(m.party()) ? "" : ", acting for " + p + ",")
                    + " is " + m.role() + " in " + m.conflict() + " but fights on side "
                    + side.label() + ". A belligerent cannot be a third party: correct the role"
                    + " or the sides")
                .build());
            break;
          }
        }
      }
    }
    return out;
  }
}
