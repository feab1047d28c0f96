package dev.disputemodel.check;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chain-cycle}: links between ceasefires and agreements ({@link ChainLink}) that lead back
 * to where they start: S2 renews S1 and S1 succeeds S2. An accord that links to itself is rejected
 * when built; this rule finds longer cycles. One finding per group of accords caught in cycles
 * (a strongly connected component), focused on its smallest id, with one cycle through it in the
 * message.
 *
 * <p>Cost: linear in accords plus links (Tarjan's algorithm, iterative).
 */
final class ChainCycleRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("chain-cycle", Severity.ERROR,
          "Renewal, recommitment or succession links between accords form a cycle");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<AccordId, List<AccordId>> earlier = new LinkedHashMap<>();
    for (Accord a : accords(index)) {
      List<AccordId> to = new ArrayList<>();
      a.links().forEach(l -> to.add(l.earlier()));
      earlier.put(a.id(), to);
    }
    return LinkGraph.findings(DESCRIPTOR, earlier, "links", "links between accords",
        "(each links to the next as to an earlier accord). Remove or correct one link");
  }

  static List<Accord> accords(ModelIndex index) {
    List<Accord> all = new ArrayList<>(index.model().ceasefires());
    all.addAll(index.model().agreements());
    return all;
  }
}
