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
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code signatory-not-party}: a ceasefire signatory on no side of its conflict. */
class SignatoryNotPartyRuleTest {
  private static final String RULE = "signatory-not-party";

  @Test
  void signatoryOnNoSideIsReportedUnlessItMediatesOrActsForAParty() {
    DisputeModel m = states().addParty(actingFor("PM", PartyKind.PERSON, "A"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addMediator(broker("M", "R", "C", null))
        .addCeasefire(ceasefire("S", "C").addSignatories(p("PM"), p("B"), p("R"), p("X")).build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of("Party:X"), f.stream().map(x -> x.value().get()).toList());
    assertEquals(List.of("WARNING DEFINITELY Ceasefire:S.signatories = Party:X [Party:X, Conflict:C]"),
        summaries(f));
    DisputeModel noSides = model().addParty(state("X")).addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S", "C").addSignatory(p("X")).build()).build();
    assertEquals(List.of(), run(RULE, noSides));
  }

  @Test
  void anEpisodesCeasefireIsCheckedAgainstTheSidesOfItsParent() {
    DisputeModel.Builder m = states()
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("E").parent(c("C")).build());
    assertEquals(List.of("WARNING DEFINITELY Ceasefire:S.signatories = Party:X [Party:X, Conflict:E]"),
        summaries(run(RULE, m.addCeasefire(
            ceasefire("S", "E").addSignatories(p("A"), p("B"), p("X")).build()).build())));
  }

  @Test
  void supportersAndMediatorsOfTheConflictAreNotReported() {
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(side("1", "A"), Side.builder().label("2")
            .addPrimary(p("B")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build()).build())
        .addConflict(conflict("E").parent(c("C")).build())
        .addMediator(broker("M", "R", "E", null))
        .addCeasefire(ceasefire("S", "E").addSignatories(p("A"), p("X"), p("R")).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void aMediatorOfAnotherConflictIsStillReported() {
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("D").addSides(side("1", "A"), side("2", "X")).build())
        .addMediator(broker("M", "R", "D", null))
        .addCeasefire(ceasefire("S", "C").addSignatories(p("A"), p("R")).build())
        .build();
    assertEquals(List.of("WARNING DEFINITELY Ceasefire:S.signatories = Party:R [Party:R, Conflict:C]"),
        summaries(run(RULE, m)));
  }

  // ---- agreements, and the events that belong to the fighting (issue #8)

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
        run(RULE, m).stream()
            .map(f -> f.severity() + " " + f.focus().get() + "." + f.path().get() + " = " + f.value().get()).toList());
  }
}
