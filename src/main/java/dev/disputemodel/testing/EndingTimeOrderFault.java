package dev.disputemodel.testing;

import dev.disputemodel.Claim;
import dev.disputemodel.EndKind;
import dev.disputemodel.Ending;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#ENDING_TIME_ORDER}: a claimant withdraws one of its positions in a claim made
 * two days before the claim that states it, or (when that claim is made later) with an effective
 * time two days before the position is held.
 */
final class EndingTimeOrderFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.ENDING_TIME_ORDER;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Claim ended = e.standingPositionOrNew();
    FuzzyTime heldFrom = ended.holdingPeriod().start().orElse(ended.madeAt());
    Claim later;
    String why;
    if (c.nextBoolean(0.5)) {
      later = e.addEnding(ended.claimant(), ended.source(), Ending.withdraws(ended.id()),
          ModelEdit.before(ended.madeAt()));
      why = "is made (" + later.madeAt() + ") before " + ended.id() + " (" + ended.madeAt() + ")";
    } else {
      FuzzyTime effective = ModelEdit.before(heldFrom);
      later = e.addEnding(ended.claimant(), ended.source(),
          new Ending(EndKind.WITHDRAWS, ended.id(), Optional.of(effective)),
          ModelEdit.after(ended.madeAt()));
      why = "takes effect (" + effective + ") before " + ended.id() + " is held (from "
          + heldFrom + ")";
    }
    return e.fault(kind(), later.id(), List.of(ended.id()), Certainty.DEFINITELY,
        later.id() + " withdraws " + ended.id() + " of the same claimant, but " + why);
  }
}
