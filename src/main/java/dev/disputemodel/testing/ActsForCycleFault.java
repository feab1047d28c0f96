package dev.disputemodel.testing;

import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Reference;
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
    Set<EntityId> referred = new HashSet<>();
    for (List<? extends Entity> kind : List.of(e.parties, e.relations, e.territories, e.conflicts,
        e.events, e.ceasefires, e.mediators, e.claims, e.sources)) {
      for (Entity x : kind) {
        x.references().stream().map(Reference::target).forEach(referred::add);
      }
    }
    return e.partyCycle(kind(),
        ModelEdit.filter(e.parties, p -> !referred.contains(p.id())), PartyKind.GOVERNMENT_BODY,
        (p, next) -> p.withActsFor(next), "actsFor links");
  }
}
