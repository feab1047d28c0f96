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
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mediator-belligerent} for a guarantor of an agreement: a role with no period of its own is
 * played when the agreement takes effect. (Its other cases are in {@link PartyRulesTest}.) Dates
 * are test data in the shape of a treaty of guarantee whose guarantor sends troops years later.
 */
class MediatorBelligerentRuleTest {
  private static List<String> guarantorOf(FuzzyTime signed) {
    Supporter troops = Supporter.builder().party(p("G")).type(SupportType.TROOPS)
        .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1974)))).build();
    DisputeModel m = model().addParty(state("A")).addParty(state("B")).addParty(state("G"))
        .addConflict(conflict("C").addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(troops).build(),
            side("2", "B")).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("T")).name("Treaty of guarantee")
            .kind(AgreementKind.OTHER).conflict(c("C")).agreed(signed).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("G")).role(MediatorRole.GUARANTOR)
            .conflict(c("C")).agreement(AgreementId.of("T")).source(SRC).build())
        .build();
    return run(new MediatorBelligerentRule(), m).stream().map(f -> f.focus().get().toString()).toList();
  }

  @Test
  void aGuarantorIsABelligerentOnlyIfItsTroopsMayOverlapTheAgreement() {
    assertEquals(List.of(), guarantorOf(FuzzyTime.inYear(Year.of(1960))));
    assertEquals(List.of("Mediator:M"), guarantorOf(FuzzyTime.inYear(Year.of(1975))));
  }
}
