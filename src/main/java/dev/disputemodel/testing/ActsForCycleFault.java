package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Reference;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link FaultKind#ACTS_FOR_CYCLE}: two or three parties get {@code actsFor} links that lead back
 * to the first; the finding's focus is the smallest id of the cycle. Only parties nothing in the
 * model refers to are changed (no claim, side, role or party depends on whom they speak for, so
 * no other rule's answer moves); government bodies are added when there are too few.
 */
final class ActsForCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.ACTS_FOR_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Set<EntityId> referred = new HashSet<>();
    for (List<? extends Entity> kind : List.of(e.parties, e.relations, e.territories, e.conflicts,
        e.events, e.ceasefires, e.mediators, e.claims, e.sources)) {
      for (Entity x : kind) {
        x.references().stream().map(Reference::target).forEach(referred::add);
      }
    }
    List<Party> pool = new ArrayList<>(ModelEdit.filter(e.parties, p -> !referred.contains(p.id())));
    int length = c.between(2, 3);
    while (pool.size() < length) {
      PartyId added = e.newParty(PartyKind.GOVERNMENT_BODY);
      pool.add(ModelEdit.find(e.parties, added, Party::id).orElseThrow());
    }
    List<Party> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(pool.remove(c.nextInt(pool.size())));
    }
    List<PartyId> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Party p = cycle.get(i);
      replace(e.parties, p, p.withActsFor(cycle.get((i + 1) % length).id()));
      ids.add(p.id());
    }
    PartyId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    List<EntityId> related = new ArrayList<>(ids);
    related.remove(focus);
    return e.fault(kind(), focus, related, Certainty.DEFINITELY,
        "actsFor links " + ids + " now form a cycle");
  }
}
