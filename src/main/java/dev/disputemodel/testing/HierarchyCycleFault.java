package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.EntityId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link FaultKind#HIERARCHY_CYCLE}: two or three territories get parent links that lead back to
 * the first; the finding's focus is the smallest id of the cycle.
 */
final class HierarchyCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.HIERARCHY_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    while (e.territories.size() < 2) {
      e.newTerritory();
    }
    List<Territory> pool = new ArrayList<>(e.territories);
    int length = c.between(2, Math.min(3, pool.size()));
    List<Territory> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(pool.remove(c.nextInt(pool.size())));
    }
    List<TerritoryId> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Territory t = cycle.get(i);
      TerritoryId parent = cycle.get((i + 1) % length).id();
      replace(e.territories, t, t.withParent(parent));
      ids.add(t.id());
    }
    TerritoryId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    List<EntityId> related = new ArrayList<>(ids);
    related.remove(focus);
    return e.fault(kind(), focus, related, Certainty.DEFINITELY,
        "parent links " + ids + " now form a cycle");
  }
}
