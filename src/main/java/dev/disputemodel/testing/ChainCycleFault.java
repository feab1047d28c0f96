package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.time.Certainty;
import java.util.List;

/**
 * {@link FaultKind#CHAIN_CYCLE}: a ceasefire of the model (one is added when there is none) and
 * a new, undated ceasefire of its conflict that renews it, while the first recommits to the new
 * one: a cycle of predecessors. The new ceasefire has no date, so no rule about when accords take
 * effect can speak about it; the finding's focus is the smaller id of the two.
 */
final class ChainCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CHAIN_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Ceasefire old;
    if (e.ceasefires.isEmpty()) {
      ConflictId conflict = e.conflicts.isEmpty()
          ? e.newConflictWithSides().id() : c.pick(e.conflicts).id();
      old = add(e.ceasefires, undated(e, conflict));
    } else {
      old = c.pick(e.ceasefires);
    }
    Ceasefire renewal = undated(e, old.conflict());
    add(e.ceasefires, Ceasefire.builder().from(renewal).addLinks(ChainLink.renews(old.id())).build());
    replace(e.ceasefires, old,
        Ceasefire.builder().from(old).addLinks(ChainLink.recommitsTo(renewal.id())).build());
    CeasefireId focus = old.id().compareTo(renewal.id()) < 0 ? old.id() : renewal.id();
    EntityId other = focus.equals(old.id()) ? renewal.id() : old.id();
    return e.fault(kind(), focus, List.of(other), Certainty.DEFINITELY,
        renewal.id() + " renews " + old.id() + ", which now recommits to " + renewal.id());
  }

  private static Ceasefire undated(ModelEdit e, ConflictId conflict) {
    return Ceasefire.builder().id(CeasefireId.of(e.freshId("S"))).name("Injected ceasefire")
        .conflict(conflict).source(e.source()).build();
  }
}
