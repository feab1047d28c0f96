package dev.disputemodel.testing;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CASUALTY_PARTS_EXCEED_TOTAL}: a new source says more of one party were killed
 * in a conflict than its own total for the conflict.
 */
final class CasualtyPartsExceedTotalFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CASUALTY_PARTS_EXCEED_TOTAL;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Conflict conflict = e.conflicts.isEmpty() ? e.conflictWithSides() : c.pick(e.conflicts);
    List<PartyId> involved = conflict.parties();
    PartyId party = involved.isEmpty() ? e.party(0) : c.pick(involved);
    long total = c.nextLong(1000);
    long part = total + 1 + c.nextLong(1000);
    SourceId voice = e.newSource();
    Claim parts = e.addClaim(Optional.empty(), voice, Polarity.ASSERTS,
        Casualties.of(conflict.id(), party, CasualtyKind.KILLED, Estimate.exact(part)),
        ModelEdit.FALLBACK_TIME);
    Claim sum = e.addClaim(Optional.empty(), voice, Polarity.ASSERTS,
        Casualties.total(conflict.id(), CasualtyKind.KILLED, Estimate.exact(total)),
        ModelEdit.FALLBACK_TIME);
    return e.fault(kind(), sum.id(), List.of(parts.id(), conflict.id()), Certainty.DEFINITELY,
        voice + " says " + part + " of " + party + " were killed in " + conflict.id() + " ("
            + parts.id() + ") but " + total + " in all (" + sum.id() + ")");
  }
}
