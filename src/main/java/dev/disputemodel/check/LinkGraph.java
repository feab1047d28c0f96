package dev.disputemodel.check;

import dev.disputemodel.EntityId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cycles in a graph of links where each entity may link to several others (an accord to the
 * accords it continues, a party to the parties it succeeds). Shared by {@code chain-cycle} and
 * {@code succession-cycle}; {@link LinkCycles} handles single links.
 */
final class LinkGraph {
  private LinkGraph() {}

  /**
   * Returns one finding per group of entities caught in cycles (a strongly connected component of
   * two or more), focused on its smallest id, with one cycle through it in the message
   * ({@code a -> b -> a}) and the rest of the group related. Cost: linear in entities plus links.
   */
  static <T extends EntityId> List<Finding> findings(
      RuleDescriptor rule, Map<T, List<T>> links, String path, String what, String fix) {
    List<Finding> out = new ArrayList<>();
    for (List<T> component : components(links)) {
      if (component.size() < 2) {
        continue;
      }
      T first = Collections.min(component);
      List<T> cycle = cycleThrough(first, links, component);
      StringBuilder chain = new StringBuilder();
      cycle.forEach(id -> chain.append(id).append(" -> "));
      chain.append(first);
      List<EntityId> related = new ArrayList<>(component);
      related.remove(first);
      Collections.sort(related);
      out.add(rule.finding(first)
          .path(path)
          .value(cycle.get(1))
          .related(related)
          .message(what + " form a cycle: " + chain + " " + fix)
          .build());
    }
    return out;
  }

  /** Tarjan's strongly connected components, iterative; nodes without an entry are skipped. */
  static <T extends EntityId> List<List<T>> components(Map<T, List<T>> edges) {
    Map<T, Integer> number = new HashMap<>();
    Map<T, Integer> low = new HashMap<>();
    Deque<T> stack = new ArrayDeque<>();
    java.util.Set<T> onStack = new java.util.HashSet<>();
    List<List<T>> out = new ArrayList<>();
    int next = 0;
    for (T root : edges.keySet()) {
      if (number.containsKey(root)) {
        continue;
      }
      Deque<T> path = new ArrayDeque<>();
      Deque<Integer> edge = new ArrayDeque<>();
      next = enter(root, next, number, low, stack, onStack, path, edge);
      while (!path.isEmpty()) {
        T v = path.peek();
        int i = edge.pop();
        List<T> to = edges.getOrDefault(v, List.of());
        if (i < to.size()) {
          edge.push(i + 1);
          T w = to.get(i);
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
          T parent = path.peek();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(number.get(v))) {
          List<T> component = new ArrayList<>();
          T w;
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
  private static <T extends EntityId> int enter(T v, int next, Map<T, Integer> number,
      Map<T, Integer> low, Deque<T> stack, java.util.Set<T> onStack,
      Deque<T> path, Deque<Integer> edge) {
    number.put(v, next);
    low.put(v, next);
    stack.push(v);
    onStack.add(v);
    path.push(v);
    edge.push(0);
    return next + 1;
  }

  /** Returns the shortest cycle from {@code start} back to it within {@code component}, start first. */
  static <T extends EntityId> List<T> cycleThrough(
      T start, Map<T, List<T>> edges, List<T> component) {
    Map<T, T> cameFrom = new HashMap<>();
    Deque<T> queue = new ArrayDeque<>();
    queue.add(start);
    T last = null;
    while (!queue.isEmpty() && last == null) {
      T v = queue.poll();
      for (T w : edges.getOrDefault(v, List.of())) {
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
    List<T> cycle = new ArrayList<>();
    for (T at = last; at != null && !at.equals(start); at = cameFrom.get(at)) {
      cycle.add(at);
    }
    cycle.add(start);
    Collections.reverse(cycle);
    return cycle;
  }
}
