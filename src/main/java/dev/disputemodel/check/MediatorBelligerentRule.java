package dev.disputemodel.check;

import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.SupportType;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mediator-belligerent}: a party in a third-party role (broker, mediator, peacekeeper...)
 * in a conflict in which it fights: it, or a party it acts for (a peacekeeping mission for its
 * state), is a primary party or a troop supporter of a side of that conflict (or of the nearest
 * ancestor conflict that records sides). A troop supporter counts only if its support may
 * overlap the role's time (the role's period, else its ceasefire's or agreement's effective or
 * agreed time):
 * Pakistan brokering the 1993 Islamabad accord is not fighting in the troops it sent from 2004.
 * Primary parties count whatever the time. Cost: linear in mediators times sides.
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
          if (fightsOn(side, p, roleTime(index, m))) {
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

  private static boolean fightsOn(Side side, PartyId party, Optional<FuzzyPeriod> roleTime) {
    if (side.primaries().contains(party)) {
      return true;
    }
    for (Supporter s : side.supporters()) {
      if (s.party().equals(party)
          && s.type() == SupportType.TROOPS
          && HOLDS_THROUGHOUT.overlap(s.period(), roleTime).isPossible()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time the role is played: its period, else when the ceasefire or agreement it concerns took
   * effect (or was agreed).
   */
  private static Optional<FuzzyPeriod> roleTime(ModelIndex index, Mediator m) {
    if (m.period().isPresent()) {
      return m.period();
    }
    Optional<AccordId> accord = m.ceasefire().<AccordId>map(c -> c).or(m::agreement);
    return accord
        .flatMap(id -> index.model().accord(id))
        .flatMap(Accord::takesEffect)
        .map(FuzzyPeriod::at);
  }
}
