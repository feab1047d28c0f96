package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictType;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CONFLICT_TYPE}: a conflict's type becomes INTRASTATE if a state supports a side
 * with troops, else INTERNATIONALIZED_INTRASTATE.
 */
final class ConflictTypeFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CONFLICT_TYPE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Conflict conflict = e.conflictWithSides();
    Optional<PartyId> troops = conflict.sides().stream()
        .flatMap(s -> s.supporters().stream())
        .filter(s -> s.type() == SupportType.TROOPS && e.isState(s.party()))
        .map(Supporter::party)
        .findFirst();
    ConflictType type = troops.isPresent()
        ? ConflictType.INTRASTATE : ConflictType.INTERNATIONALIZED_INTRASTATE;
    replace(e.conflicts, conflict, conflict.withType(type));
    return e.fault(kind(), conflict.id(),
        troops.map(p -> List.<EntityId>of(p)).orElse(List.of()), Certainty.DEFINITELY,
        conflict.id() + " is now typed " + type + (troops.isPresent()
            ? " although state " + troops.get() + " supports a side with troops"
            : " although no state supports a side with troops"));
  }
}
