package dev.disputemodel.render;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A conflict's episodes, as every picture of a conflict includes them. */
final class Episodes {
  private Episodes() {}

  /**
   * Returns {@code root} and its episodes at any depth, breadth-first (siblings in model order),
   * each once even when the hierarchy has a cycle, with its depth below {@code root}.
   */
  static Map<Conflict, Integer> withDepths(DisputeModel model, Conflict root) {
    Map<ConflictId, List<Conflict>> children = new LinkedHashMap<>();
    for (Conflict c : model.conflicts()) {
      c.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }
    Map<Conflict, Integer> out = new LinkedHashMap<>();
    List<Conflict> queue = new ArrayList<>(List.of(root));
    out.put(root, 0);
    for (int i = 0; i < queue.size(); i++) {
      Conflict c = queue.get(i);
      for (Conflict child : children.getOrDefault(c.id(), List.of())) {
        if (!out.containsKey(child)) {
          out.put(child, out.get(c) + 1);
          queue.add(child);
        }
      }
    }
    return out;
  }
}
