package dev.disputemodel.testing;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link FaultKind#CHAIN_CYCLE}: two or three new ceasefires of a conflict, each renewing,
 * recommitting to or succeeding the next, the last the first. They are undated and unsigned, so
 * no other rule has anything to say about them; the finding's focus is the smallest id of the
 * cycle.
 */
final class ChainCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CHAIN_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Conflict conflict = e.conflicts.isEmpty() ? e.newConflictWithSides() : c.pick(e.conflicts);
    int length = c.between(2, 3);
    List<CeasefireId> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ids.add(CeasefireId.of(e.freshId("S")));
    }
    for (int i = 0; i < length; i++) {
      CeasefireId next = ids.get((i + 1) % length);
      ChainLink link = c.pick(List.of(
          ChainLink.renews(next), ChainLink.recommitsTo(next), ChainLink.succeeds(next)));
      e.ceasefires.add(Ceasefire.builder().id(ids.get(i)).name("Injected ceasefire")
          .conflict(conflict.id()).source(e.source()).addLinks(link).build());
    }
    CeasefireId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    List<EntityId> related = new ArrayList<>(ids);
    related.remove(focus);
    return e.fault(kind(), focus, related, Certainty.DEFINITELY,
        "links between " + ids + " now form a cycle");
  }
}
