package dev.disputemodel.check;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code acts-for-cycle}: {@code actsFor} links among parties that lead back to where they start
 * (a ministry acting for a state that acts for the ministry), so that no party of the cycle has a
 * principal it finally speaks for. A party that acts for itself is rejected when built; this rule
 * finds longer cycles. One finding per cycle, focused on its smallest id.
 *
 * <p>Cost: each link is followed once: linear in parties.
 */
final class ActsForCycleRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("acts-for-cycle", Severity.ERROR,
          "actsFor links among parties form a cycle");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<PartyId, PartyId> actsFor = new HashMap<>();
    List<PartyId> order = new ArrayList<>();
    for (Party p : index.model().parties()) {
      order.add(p.id());
      p.actsFor().ifPresent(a -> actsFor.put(p.id(), a));
    }
    List<Finding> out = new ArrayList<>();
    for (List<PartyId> cycle : LinkCycles.of(order, actsFor)) {
      out.add(DESCRIPTOR.finding(cycle.get(0))
          .path("actsFor")
          .value(actsFor.get(cycle.get(0)))
          .related(cycle.subList(1, cycle.size()))
          .message("actsFor links form a cycle: " + LinkCycles.text(cycle)
              + ", so none of these parties has a principal. Remove or correct one actsFor link")
          .build());
    }
    return out;
  }
}
