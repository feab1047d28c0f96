package dev.disputemodel.testing;

import dev.disputemodel.PartyKind;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;

/**
 * {@link FaultKind#SUCCESSION_CYCLE}: two or three parties with no proclaimed time (new states
 * when there are too few) each succeed the next, the last the first; the finding's focus is the
 * smallest id of the cycle. Parties with no proclaimed time keep {@code
 * successor-before-predecessor} silent.
 */
final class SuccessionCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.SUCCESSION_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    return e.partyCycle(kind(), ModelEdit.filter(e.parties,
            p -> p.proclaimed().isEmpty() && p.succeeds().isEmpty()), PartyKind.STATE,
        (p, next) -> p.withSucceeds(Succession.of(next, SuccessionKind.RENAMING)
            .withDate(ModelEdit.FALLBACK_TIME)),
        "successions");
  }
}
