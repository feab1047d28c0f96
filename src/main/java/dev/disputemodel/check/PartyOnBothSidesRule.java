package dev.disputemodel.check;

import dev.disputemodel.Conflict;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.index.ModelIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code party-on-both-sides}: a party that is a primary party on two sides of one conflict, or
 * a supporter of one side that is a primary party on another. (A supporter of two sides is not
 * reported: states do arm both sides.) Ids are compared as recorded, not through
 * {@code actsFor}. Cost: linear in the parties named on the conflicts' sides.
 */
final class PartyOnBothSidesRule extends PerItemRule.PerConflict {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("party-on-both-sides", Severity.ERROR,
          "A party fights on two sides of a conflict, or supports the side it fights against");

  PartyOnBothSidesRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(Conflict c, ModelIndex index, List<Finding> out) {
    Map<PartyId, Integer> primaryOn = new HashMap<>();
    for (int i = 0; i < c.sides().size(); i++) {
      for (PartyId p : c.sides().get(i).primaries()) {
        Integer first = primaryOn.putIfAbsent(p, i);
        if (first != null) {
          out.add(finding(c, i, "primaries", p, first, "a primary party on"));
        }
      }
    }
    for (int i = 0; i < c.sides().size(); i++) {
      Side side = c.sides().get(i);
      for (int j = 0; j < side.supporters().size(); j++) {
        Supporter s = side.supporters().get(j);
        Integer primary = primaryOn.get(s.party());
        if (primary != null && primary != i) {
          out.add(finding(c, i, "supporters[" + j + "].party", s.party(), primary,
              "a supporter of this side and a primary party on"));
        }
      }
    }
  }

  private static Finding finding(
      Conflict c, int side, String field, PartyId party, int otherSide, String role) {
    return DESCRIPTOR.finding(c.id())
        .path("sides[" + side + "]." + field)
        .value(party)
        .related(party)
        .message(party + " is " + role + " side " + c.sides().get(otherSide).label()
            + " and on side " + c.sides().get(side).label() + " of " + c.id()
            + ". Keep it on the one side it belongs to")
        .build();
  }
}
