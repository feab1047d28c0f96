package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code signatory-not-party} for agreements. (Its ceasefire cases are in the other rule tests.) */
class SignatoryNotPartyRuleTest {
  @Test
  void anAgreementSignedByAPartyOnNoSideIsReportedUnlessItMediates() {
    DisputeModel m = model().addParty(state("A")).addParty(state("B")).addParty(state("X"))
        .addParty(state("G"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("T")).name("Treaty").kind(AgreementKind.OTHER)
            .conflict(c("C")).addSignatories(p("A"), p("B"), p("X"), p("G")).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("G")).role(MediatorRole.GUARANTOR)
            .conflict(c("C")).agreement(AgreementId.of("T")).source(SRC).build())
        .build();
    assertEquals(List.of("WARNING Agreement:T.signatories = Party:X"),
        run(new SignatoryNotPartyRule(), m).stream()
            .map(f -> f.severity() + " " + f.focus().get() + "." + f.path().get() + " = " + f.value().get()).toList());
  }
}
