package dev.disputemodel.check;

import dev.disputemodel.EntityId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cycles of single links: each entity links to at most one other (its parent, the party it acts
 * for). Shared by the rules that report such cycles.
 */
final class LinkCycles {
  private LinkCycles() {}

  /**
   * Returns every cycle of {@code next} links, each once, each starting at its smallest id, in the
   * order of the first entity of {@code order} that leads into it. Cost: each link is followed
   * once (entities are marked when visited): linear.
   */
  static <T extends EntityId> List<List<T>> of(List<T> order, Map<T, T> next) {
    Map<T, Integer> walk = new HashMap<>(); // entity -> number of the walk that visited it
    List<List<T>> out = new ArrayList<>();
    for (int w = 0; w < order.size(); w++) {
      List<T> path = new ArrayList<>();
      T at = order.get(w);
      while (at != null && !walk.containsKey(at)) {
        walk.put(at, w);
        path.add(at);
        at = next.get(at);
      }
      if (at != null && walk.get(at) == w) {
        List<T> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        out.add(cycle);
      }
    }
    return out;
  }

  /** Returns {@code a -> b -> c -> a} for the cycle {@code [a, b, c]}. */
  static String text(List<? extends EntityId> cycle) {
    StringBuilder chain = new StringBuilder();
    cycle.forEach(id -> chain.append(id).append(" -> "));
    return chain.append(cycle.get(0)).toString();
  }
}
