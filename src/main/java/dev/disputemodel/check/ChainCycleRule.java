package dev.disputemodel.check;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.EntityId;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
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
    List<Finding> out = new ArrayList<>();
    for (List<AccordId> component : components(earlier)) {
      if (component.size() < 2) {
        continue;
      }
      AccordId first = Collections.min(component);
      List<AccordId> cycle = cycleThrough(first, earlier, component);
      StringBuilder chain = new StringBuilder();
      cycle.forEach(id -> chain.append(id).append(" -> "));
      chain.append(first);
      List<EntityId> related = new ArrayList<>(component);
      related.remove(first);
      Collections.sort(related);
      out.add(DESCRIPTOR.finding(first)
          .path("links")
          .value(cycle.get(1))
          .related(related)
          .message("links between accords form a cycle: " + chain
              + " (each links to the next as to an earlier accord). Remove or correct one link")
          .build());
    }
    return out;
  }

  static List<Accord> accords(ModelIndex index) {
    List<Accord> all = new ArrayList<>(index.model().ceasefires());
    all.addAll(index.model().agreements());
    return all;
  }

  /** Tarjan's strongly connected components, iterative; nodes without an entry are skipped. */
  private static List<List<AccordId>> components(Map<AccordId, List<AccordId>> edges) {
    Map<AccordId, Integer> number = new HashMap<>();
    Map<AccordId, Integer> low = new HashMap<>();
    Deque<AccordId> stack = new ArrayDeque<>();
    java.util.Set<AccordId> onStack = new java.util.HashSet<>();
    List<List<AccordId>> out = new ArrayList<>();
    int next = 0;
    for (AccordId root : edges.keySet()) {
      if (number.containsKey(root)) {
        continue;
      }
      Deque<AccordId> path = new ArrayDeque<>();
      Deque<Integer> edge = new ArrayDeque<>();
      next = enter(root, next, number, low, stack, onStack, path, edge);
      while (!path.isEmpty()) {
        AccordId v = path.peek();
        int i = edge.pop();
        List<AccordId> to = edges.getOrDefault(v, List.of());
        if (i < to.size()) {
          edge.push(i + 1);
          AccordId w = to.get(i);
          if (!edges.containsKey(w)) {
            continue;
          }
          if (!number.containsKey(w)) {
            next = enter(w, next, number, low, stack, onStack, path, edge);
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), number.get(w)));
          }
          continue;
        }
        path.pop();
        if (!path.isEmpty()) {
          AccordId parent = path.peek();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(number.get(v))) {
          List<AccordId> component = new ArrayList<>();
          AccordId w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(w);
          } while (!w.equals(v));
          out.add(component);
        }
      }
    }
    return out;
  }

  /** Numbers {@code v}, puts it on the stacks, and returns the next number. */
  private static int enter(AccordId v, int next, Map<AccordId, Integer> number,
      Map<AccordId, Integer> low, Deque<AccordId> stack, java.util.Set<AccordId> onStack,
      Deque<AccordId> path, Deque<Integer> edge) {
    number.put(v, next);
    low.put(v, next);
    stack.push(v);
    onStack.add(v);
    path.push(v);
    edge.push(0);
    return next + 1;
  }

  /** Returns the shortest cycle from {@code start} back to it within {@code component}, start first. */
  private static List<AccordId> cycleThrough(
      AccordId start, Map<AccordId, List<AccordId>> edges, List<AccordId> component) {
    Map<AccordId, AccordId> cameFrom = new HashMap<>();
    Deque<AccordId> queue = new ArrayDeque<>();
    queue.add(start);
    AccordId last = null;
    while (!queue.isEmpty() && last == null) {
      AccordId v = queue.poll();
      for (AccordId w : edges.getOrDefault(v, List.of())) {
        if (w.equals(start)) {
          last = v;
          break;
        }
        if (component.contains(w) && !cameFrom.containsKey(w)) {
          cameFrom.put(w, v);
          queue.add(w);
        }
      }
    }
    List<AccordId> cycle = new ArrayList<>();
    for (AccordId at = last; at != null && !at.equals(start); at = cameFrom.get(at)) {
      cycle.add(at);
    }
    cycle.add(start);
    Collections.reverse(cycle);
    return cycle;
  }
}
