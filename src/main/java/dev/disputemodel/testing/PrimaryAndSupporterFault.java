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
 * {@link FaultKind#PRIMARY_AND_SUPPORTER}: a primary party of a side is added to the same side as
 * a supporter, of any kind of support but troops (state troops would change what
 * {@code conflict-type} expects).
 */
final class PrimaryAndSupporterFault implements Fault {
  private static final List<SupportType> KINDS = List.of(SupportType.ARMS, SupportType.POLITICAL,
      SupportType.SANCTUARY, SupportType.HOSTING, SupportType.OTHER);

  @Override
  public FaultKind kind() {
    return FaultKind.PRIMARY_AND_SUPPORTER;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Conflict conflict = e.conflictWithSides();
    int at = c.nextInt(conflict.sides().size());
    Side side = conflict.sides().get(at);
    PartyId party = c.pick(List.copyOf(side.primaries()));
    SupportType type = c.pick(KINDS);
    List<Side> sides = new ArrayList<>(conflict.sides());
    sides.set(at, Side.builder().from(side).addSupporter(Supporter.of(party, type)).build());
    replace(e.conflicts, conflict, conflict.withSides(sides));
    return e.fault(kind(), conflict.id(), List.of(party), Certainty.DEFINITELY,
        party + ", a primary party on side " + side.label() + " of " + conflict.id()
            + ", now supports that side too (" + type + ")");
  }
}
