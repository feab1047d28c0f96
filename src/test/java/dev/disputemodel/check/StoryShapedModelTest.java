package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A model shaped like the reference story (ids of border-clash-2022-facts.md, only the items the
 * checker looks at), to pin down what the standard checker makes of it. The full story model
 * lives in examples/.
 */
class StoryShapedModelTest {
  private static final FuzzyTime TUESDAY = day(2022, 9, 13);
  private static final FuzzyTime TUESDAY_MORNING = FuzzyTime.on(LocalDate.of(2022, 9, 13), PartOfDay.MORNING);

  static DisputeModel story() {
    return model()
        .addParties(state("P1"), state("P2"))
        .addParty(actingFor("P3", PartyKind.GOVERNMENT_BODY, "P2"))
        .addParty(actingFor("P4", PartyKind.PERSON, "P1"))
        .addParty(state("P5"))
        .addParty(actingFor("P6", PartyKind.PEACEKEEPING_MISSION, "P5"))
        .addParty(state("P7"))
        .addParty(actingFor("P8", PartyKind.PERSON, "P7"))
        .addRelation(PartyRelation.builder().id(RelationId.of("R1")).from(p("P5"))
            .kind(RelationKind.ALLY_OF).to(p("P1")).source(SRC).build())
        .addRelation(PartyRelation.builder().id(RelationId.of("R2")).from(p("P7"))
            .kind(RelationKind.HAS_TIES_TO).to(p("P2")).source(SRC).build())
        .addConflict(conflict("C1").type(ConflictType.INTERSTATE)
            .addSides(side("A", "P1"), side("B", "P2")).build())
        .addConflict(conflict("C3").parent(c("C1"))
            .period(FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10))).build())
        .addConflict(conflict("C4").parent(c("C1"))
            .period(FuzzyPeriod.since(FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT))).build())
        .addCeasefire(ceasefire("S1", "C3").effective(day(2020, 11, 10))
            .addSignatories(p("P1"), p("P2"), p("P5")).build())
        .addCeasefire(ceasefire("S2", "C4").effective(TUESDAY_MORNING).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M1")).party(p("P5")).role(MediatorRole.BROKER)
            .conflict(c("C3")).ceasefire(cf("S1")).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M2")).party(p("P5")).role(MediatorRole.BROKER)
            .conflict(c("C4")).ceasefire(cf("S2")).attestedBy(k("K3")).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M3")).party(p("P6")).role(MediatorRole.PEACEKEEPER)
            .conflict(c("C3")).period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)))).source(SRC).build())
        .addClaims(
            claim("K1", "P4", TUESDAY, Casualties.of(c("C4"), p("P1"), CasualtyKind.KILLED, Estimate.exact(49))),
            claim("K2", "P3", TUESDAY, Casualties.of(c("C4"), p("P2"), CasualtyKind.UNSPECIFIED, Estimate.exact(50))),
            claim("K3", "P5", TUESDAY, new CeasefireStatus(cf("S2"), CeasefireState.HOLDING)),
            claim("K4", "P1", TUESDAY, new CeasefireStatus(cf("S2"), CeasefireState.VIOLATED)),
            claim("K5", "P1", TUESDAY, new Initiated(c("C4"), p("P2")),
                new Attack(c("C4"), p("P2"), EventKind.BOMBING, Optional.of(p("P1")), Optional.empty())),
            claim("K6", "P2", TUESDAY, new Initiated(c("C4"), p("P1"))),
            claim("K7", "P4", TUESDAY, new CeasefireStatus(cf("S2"), CeasefireState.VIOLATED)),
            claim("K8", null, TUESDAY, new NoStatement(p("P2"),
                PropositionKey.of(PropositionType.CASUALTIES, c("C4"), p("P2")))),
            claim("R3", null, TUESDAY, new BacksAccount(p("P7"), k("K6"))),
            claim("K12", null, TUESDAY, Casualties.total(c("C4"), CasualtyKind.KILLED, Estimate.atLeast(24))))
        .build();
  }

  @Test
  void theCheckerReportsTheStorysDisagreementsAndNoError() {
    Report r = Checker.standard().check(story());
    assertFalse(r.hasErrors(), r.toText());
    assertEquals(
        List.of(
            "WARNING mediator-allied Party:P5 [Party:P1, Relation:R1, Mediator:M1, Mediator:M2, Mediator:M3, Conflict:C3, Conflict:C4]",
            "WARNING no-statement-contradicted Claim:K8 [Claim:K2, Party:P2]",
            "INFO ceasefire-violated Ceasefire:S2 [Claim:K4, Claim:K7]",
            "INFO contested-question Ceasefire:S2 [Claim:K3, Claim:K4, Claim:K7]",
            "INFO contested-question Conflict:C4 [Claim:K5, Claim:K6, Claim:R3]"),
        r.findings().stream()
            .map(f -> f.severity() + " " + f.rule() + " " + f.focus().get() + " " + f.related())
            .toList(),
        r.toText());
  }
}
