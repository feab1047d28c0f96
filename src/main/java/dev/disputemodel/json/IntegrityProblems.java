package dev.disputemodel.json;

import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidModelException;
import dev.disputemodel.Problem;
import dev.disputemodel.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the problems {@code DisputeModel.build()} finds (duplicate ids, references to entities
 * that are not in the model) back to the JSON paths of the entities read, in document order. The
 * reader does not check referential integrity itself: the model builder is the one place for it.
 */
final class IntegrityProblems {
  private IntegrityProblems() {}

  /** Where one entity was read. */
  private record Located(Entity entity, String path, long order) {}

  private record Ordered(JsonProblem problem, long order) {}

  /**
   * Returns {@code e}'s problems with the paths of the entities in {@code read}. A reference to an
   * id in {@code broken} (an entity that was declared but had a problem of its own, reported
   * already) is left out.
   */
  static List<JsonProblem> of(InvalidModelException e, List<EntityArray.Read<?>> read,
      Map<EntityId, String> broken) {
    Map<EntityId, List<Located>> where = new HashMap<>();
    for (EntityArray.Read<?> r : read) {
      for (int i = 0; i < r.entities.size(); i++) {
        Entity entity = r.entities.get(i);
        where.computeIfAbsent(entity.id(), id -> new ArrayList<>(1))
            .add(new Located(entity, r.path(i), ((long) r.order << 32) | i));
      }
    }
    List<Ordered> out = new ArrayList<>();
    Set<EntityId> duplicates = new HashSet<>();
    for (Problem p : e.problems()) {
      List<Located> at = where.getOrDefault(p.entity(), List.of());
      if (at.size() > 1 && p.field().equals("id")) {
        if (duplicates.add(p.entity())) {
          duplicate(p.entity(), at, out);
        }
        continue;
      }
      boolean placed = false;
      for (Located l : at) {
        for (Reference r : l.entity.references()) {
          if (!placed && r.field().equals(p.field()) && r.target().toString().equals(p.value())) {
            placed = true;
            if (!broken.containsKey(r.target())) {
              out.add(new Ordered(new JsonProblem(ReadContext.child(l.path, p.field()),
                  ReadContext.quote(r.target().value()),
                  "no " + Ids.kindOf(r.target()) + " with this id in the document"), l.order));
            }
          }
        }
      }
      if (!placed) { // not expected: the model builder found something no entity read explains
        out.add(new Ordered(new JsonProblem("$", p.value(), p.toString()), Long.MAX_VALUE));
      }
    }
    out.sort(Comparator.comparingLong(Ordered::order));
    return out.stream().map(Ordered::problem).toList();
  }

  private static void duplicate(EntityId id, List<Located> at, List<Ordered> out) {
    String first = at.get(0).path;
    for (Located l : at.subList(1, at.size())) {
      out.add(new Ordered(new JsonProblem(l.path + ".id", ReadContext.quote(id.value()),
          "duplicate " + Ids.kindOf(id) + " id; first declared at " + first), l.order));
    }
  }
}
