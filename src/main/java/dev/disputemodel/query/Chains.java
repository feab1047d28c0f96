package dev.disputemodel.query;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.index.AccordIndex;
import dev.disputemodel.index.ChainStep;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Walks a chain of accords from any member and puts it in order ({@link AccordChain}). */
final class Chains {
  private Chains() {}

  /**
   * Returns the chain {@code member} belongs to. Cost: O(n log n) in the accords and links of
   * the chain.
   */
  static AccordChain of(AccordIndex accords, Accord member, ToIntFunction<AccordId> position) {
    Set<Accord> reached = new LinkedHashSet<>();
    Deque<Accord> todo = new ArrayDeque<>();
    todo.add(member);
    while (!todo.isEmpty()) {
      Accord a = todo.poll();
      if (reached.add(a)) {
        accords.continued(a.id()).forEach(s -> todo.add(s.earlier()));
        accords.continuations(a.id()).forEach(s -> todo.add(s.later()));
      }
    }
    Comparator<Accord> ready = Comparator
        .comparingLong((Accord a) -> a.takesEffect().map(FuzzyTime::earliestEpochSecond).orElse(Long.MAX_VALUE))
        .thenComparingInt(a -> position.applyAsInt(a.id()));
    Map<AccordId, Integer> waiting = new HashMap<>();
    for (Accord a : reached) {
      waiting.put(a.id(), (int) accords.continued(a.id()).stream().map(s -> s.earlier().id()).distinct().count());
    }
    PriorityQueue<Accord> queue = new PriorityQueue<>(ready);
    reached.stream().filter(a -> waiting.get(a.id()) == 0).forEach(queue::add);
    List<Accord> order = new ArrayList<>();
    Set<AccordId> placed = new java.util.HashSet<>();
    while (order.size() < reached.size()) {
      if (queue.isEmpty()) {
        // a cycle (reported by the checker's chain-cycle rule): go on from its first accord
        reached.stream().filter(a -> !placed.contains(a.id())).min(ready).ifPresent(queue::add);
      }
      Accord next = queue.poll();
      if (!placed.add(next.id())) {
        continue;
      }
      order.add(next);
      for (ChainStep s : accords.continuations(next.id())) {
        if (!placed.contains(s.later().id()) && waiting.merge(s.later().id(), -1, Integer::sum) == 0) {
          queue.add(s.later());
        }
      }
    }
    List<ChainStep> steps = new ArrayList<>();
    order.forEach(a -> steps.addAll(accords.continued(a.id())));
    return new AccordChain(order, steps);
  }
}
