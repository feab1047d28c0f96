package dev.disputemodel.check;

import dev.disputemodel.Conflict;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.index.ModelIndex;
import java.util.List;

/**
 * {@code primary-and-supporter}: a party that is both a primary party of a side and a supporter of
 * the same side. A party either fights on a side or supports it from outside; one of the two
 * records is wrong. (Fighting on one side and supporting another is {@code party-on-both-sides}.)
 * Ids are compared as recorded, not through {@code actsFor}. Cost: linear in the parties named on
 * the conflicts' sides.
 */
final class PrimaryAndSupporterRule extends PerItemRule.PerConflict {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("primary-and-supporter", Severity.WARNING,
          "A party is both a primary party and a supporter of one side");

  PrimaryAndSupporterRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(Conflict c, ModelIndex index, List<Finding> out) {
    for (int i = 0; i < c.sides().size(); i++) {
      Side side = c.sides().get(i);
      for (int j = 0; j < side.supporters().size(); j++) {
        Supporter s = side.supporters().get(j);
        if (side.primaries().contains(s.party())) {
          out.add(DESCRIPTOR.finding(c.id())
              .path("sides[" + i + "].supporters[" + j + "].party")
              .value(s.party())
              .related(s.party())
              .message(s.party() + " is both a primary party and a supporter (" + s.type()
                  + ") of side " + side.label() + " of " + c.id()
                  + ". Keep it as a primary party or as a supporter, not both")
              .build());
        }
      }
    }
  }
}
