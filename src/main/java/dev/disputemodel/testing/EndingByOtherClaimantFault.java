package dev.disputemodel.testing;

import dev.disputemodel.Claim;
import dev.disputemodel.Ending;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link FaultKind#ENDING_BY_OTHER_CLAIMANT}: a new state withdraws or replaces, a minute after it
 * was made, a position another claimant holds.
 */
final class EndingByOtherClaimantFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.ENDING_BY_OTHER_CLAIMANT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Claim ended = e.standingPositionOrNew();
    PartyId other = e.newParty(PartyKind.STATE); // surely not who speaks in the ended claim
    Ending ending = c.nextBoolean(0.5) ? Ending.withdraws(ended.id()) : Ending.replaces(ended.id());
    Claim later = e.addEnding(Optional.of(other), ended.source(), ending,
        ModelEdit.after(ended.madeAt()));
    return e.fault(kind(), later.id(), List.of(ended.id()), Certainty.DEFINITELY,
        other + " " + ending.kind().name().toLowerCase(Locale.ROOT) + " in " + later.id() + " "
            + ended.id() + ", a position of " + e.speaker(ended));
  }
}
