package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Conflict;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FaultKind#PARTY_ON_BOTH_SIDES}: a primary party of one side is added to another side, as
 * a primary party or as an arms supporter.
 */
final class PartyOnBothSidesFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.PARTY_ON_BOTH_SIDES;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Conflict conflict = e.conflictWithSides();
    int sideCount = conflict.sides().size();
    int from = c.nextInt(sideCount);
    int to = (from + 1 + c.nextInt(sideCount - 1)) % sideCount;
    PartyId party = c.pick(List.copyOf(conflict.sides().get(from).primaries()));
    Side side = conflict.sides().get(to);
    boolean asPrimary = c.nextBoolean(0.5);
    Side changed = asPrimary
        ? Side.builder().from(side).addPrimary(party).build()
        : Side.builder().from(side).addSupporter(Supporter.of(party, SupportType.ARMS)).build();
    List<Side> sides = new ArrayList<>(conflict.sides());
    sides.set(to, changed);
    replace(e.conflicts, conflict, conflict.withSides(sides));
    return e.fault(kind(), conflict.id(), List.of(party), Certainty.DEFINITELY,
        party + ", a primary party on side " + conflict.sides().get(from).label() + " of "
            + conflict.id() + ", is now " + (asPrimary ? "a primary party" : "an arms supporter")
            + " on side " + side.label() + " too");
  }
}
