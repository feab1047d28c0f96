package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Polarity;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CEASEFIRE_NOT_IN_AGREEMENT}: a source says, in its own voice, that a ceasefire
 * is in force, naming an agreement that does not contain it (an agreement of the model, or a new
 * one of the ceasefire's conflict).
 */
final class CeasefireNotInAgreementFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CEASEFIRE_NOT_IN_AGREEMENT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Ceasefire ceasefire = e.ceasefires.isEmpty()
        ? add(e.ceasefires, Ceasefire.builder().id(CeasefireId.of(e.freshId("S")))
            .name("Injected ceasefire").conflict(e.conflictWithSides().id()).source(e.source())
            .build())
        : c.pick(e.ceasefires);
    List<Agreement> without = filter(e.agreements, a -> !a.ceasefires().contains(ceasefire.id()));
    Agreement agreement = !without.isEmpty() && c.nextBoolean(0.7)
        ? c.pick(without)
        : add(e.agreements, Agreement.builder().id(AgreementId.of(e.freshId("A")))
            .name("Injected agreement").kind(AgreementKind.OTHER).conflict(ceasefire.conflict())
            .source(e.source()).build());
    Claim claim = e.addClaim(Optional.empty(), e.newSource(), Polarity.ASSERTS,
        new CeasefireStatus(ceasefire.id(), CeasefireState.IN_FORCE).naming(agreement.id()),
        ceasefire.takesEffect().map(ModelEdit::after).orElse(ModelEdit.FALLBACK_TIME));
    return e.fault(kind(), claim.id(), List.of(ceasefire.id(), agreement.id()), Certainty.DEFINITELY,
        claim.id() + " says " + ceasefire.id() + " is in force naming " + agreement.id()
            + ", which does not contain it");
  }
}
