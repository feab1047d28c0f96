package dev.disputemodel.check;

import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Territory;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hierarchy-cycle}: a cycle of {@code parent} links among territories (a territory that
 * lies, through its parents, within itself) or among conflicts (an episode of itself). A
 * territory or conflict that is its own parent is rejected when built; this rule finds longer
 * cycles. One finding per cycle, focused on its smallest id.
 *
 * <p>Cost: each parent link is followed once: linear.
 */
final class HierarchyCycleRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("hierarchy-cycle", Severity.ERROR,
          "Parent links among territories or conflicts form a cycle");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<EntityId, EntityId> parents = new HashMap<>();
    List<EntityId> order = new ArrayList<>();
    for (Territory t : index.model().territories()) {
      order.add(t.id());
      t.parent().ifPresent(p -> parents.put(t.id(), p));
    }
    for (Conflict c : index.model().conflicts()) {
      order.add(c.id());
      c.parent().ifPresent(p -> parents.put(c.id(), p));
    }
    List<Finding> out = new ArrayList<>();
    for (List<EntityId> cycle : LinkCycles.of(order, parents)) {
      out.add(DESCRIPTOR.finding(cycle.get(0))
          .path("parent")
          .value(parents.get(cycle.get(0)))
          .related(cycle.subList(1, cycle.size()))
          .message("parent links form a cycle: " + LinkCycles.text(cycle)
              + ". Remove or correct one parent link")
          .build());
    }
    return out;
  }
}
