package dev.disputemodel.check;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code succession-cycle}: parties whose {@linkplain Party#succeeds() successions} lead back to
 * where they start: Serbia succeeds Serbia and Montenegro, which is recorded as succeeding Serbia.
 * A party that succeeds itself is rejected when built; this rule finds longer cycles. One finding
 * per group of parties caught in cycles, focused on its smallest id, with one cycle through it in
 * the message (as {@code chain-cycle} does for accords).
 *
 * <p>Cost: linear in parties plus successions (Tarjan's algorithm, iterative).
 */
final class SuccessionCycleRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("succession-cycle", Severity.ERROR,
          "Successions between parties form a cycle");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<PartyId, List<PartyId>> predecessors = new LinkedHashMap<>();
    for (Party p : index.model().parties()) {
      if (!p.succeeds().isEmpty()) {
        List<PartyId> to = new ArrayList<>();
        p.succeeds().forEach(s -> to.add(s.predecessor()));
        predecessors.put(p.id(), to);
      }
    }
    return LinkGraph.findings(DESCRIPTOR, predecessors, "succeeds", "successions between parties",
        "(each succeeds the next). Remove or correct one succession");
  }
}
