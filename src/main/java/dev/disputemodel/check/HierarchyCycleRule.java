package dev.disputemodel.check;

import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Territory;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hierarchy-cycle}: a cycle of {@code parent} links among territories (a territory that
 * lies, through its parents, within itself) or among conflicts (an episode of itself). A
 * territory or conflict that is its own parent is rejected when built; this rule finds longer
 * cycles. One finding per cycle, focused on its smallest id.
 *
 * <p>Cost: each parent chain is followed once (entities are marked when visited): linear.
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
    Map<EntityId, Integer> walk = new HashMap<>(); // entity -> number of the walk that visited it
    List<Finding> out = new ArrayList<>();
    for (int w = 0; w < order.size(); w++) {
      List<EntityId> path = new ArrayList<>();
      Optional<EntityId> at = Optional.of(order.get(w));
      while (at.isPresent() && !walk.containsKey(at.get())) {
        walk.put(at.get(), w);
        path.add(at.get());
        at = Optional.ofNullable(parents.get(at.get()));
      }
      if (at.isPresent() && walk.get(at.get()) == w) {
        List<EntityId> cycle = new ArrayList<>(path.subList(path.indexOf(at.get()), path.size()));
        int min = cycle.indexOf(cycle.stream().min(EntityId::compareTo).get());
        java.util.Collections.rotate(cycle, -min);
        StringBuilder chain = new StringBuilder();
        cycle.forEach(id -> chain.append(id).append(" -> "));
        chain.append(cycle.get(0));
        out.add(DESCRIPTOR.finding(cycle.get(0))
            .path("parent")
            .value(parents.get(cycle.get(0)))
            .related(cycle.subList(1, cycle.size()))
            .message("parent links form a cycle: " + chain
                + ". Remove or correct one parent link")
            .build());
      }
    }
    return out;
  }
}
