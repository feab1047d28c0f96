package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyRulesTest {
  private static DisputeModel.Builder twoStates() {
    return model().addParties(state("A"), state("B"), state("R"), state("X"));
  }

  @Test
  void partyOnBothSidesAndSupporterAgainstItsOwnSide() {
    DisputeModel m = twoStates().addConflict(conflict("C")
            .addSides(side("1", "A", "R"), Side.builder().label("2").addPrimary(p("B")).addPrimary(p("R"))
                .addSupporter(Supporter.of(p("A"), SupportType.ARMS)).build())
            .build())
        .build();
    assertEquals(
        List.of("Conflict:C sides[1].primaries = Party:R", "Conflict:C sides[1].supporters[0].party = Party:A"),
        run(new PartyOnBothSidesRule(), m).stream()
            .map(f -> f.focus().get() + " " + f.path().get() + " = " + f.value().get()).toList());
  }

  @Test
  void supporterOfBothSidesOrOfItsOwnSideIsFine() {
    DisputeModel m = twoStates().addConflict(conflict("C")
            .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build(),
                Side.builder().label("2").addPrimary(p("B")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build())
            .build())
        .build();
    assertEquals(List.of(), run(new PartyOnBothSidesRule(), m));
  }

  private static Mediator mediator(String id, String party, String conflict, FuzzyPeriod period) {
    Mediator.Builder b = Mediator.builder().id(MediatorId.of(id)).party(p(party)).role(MediatorRole.BROKER)
        .conflict(c(conflict)).source(SRC);
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }

  @Test
  void mediatorWhoFightsThroughTheStateItActsForIsABelligerent() {
    DisputeModel m = twoStates().addParty(actingFor("PK", PartyKind.PEACEKEEPING_MISSION, "A"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("E").parent(c("C")).build())
        .addMediators(mediator("M1", "PK", "E", null), mediator("M2", "R", "E", null))
        .build();
    List<Finding> f = run(new MediatorBelligerentRule(), m);
    assertEquals(1, f.size());
    assertEquals("Mediator:M1", f.get(0).focus().get().toString());
    assertEquals(List.of(p("A"), c("E")), f.get(0).related());
  }

  @Test
  void troopSupporterIsABelligerentOnlyWhileItsSupportMayOverlapTheRole() {
    // The shape of UCDP conflict 333: a broker in 1993 that sent troops only from 2004.
    Supporter later = Supporter.builder().party(p("R")).type(SupportType.TROOPS)
        .period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(2004)), FuzzyTime.inYear(Year.of(2018)))).build();
    DisputeModel.Builder m = twoStates().addConflict(conflict("C")
        .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(later).build(),
            side("2", "B"))
        .build());
    FuzzyPeriod in1993 = FuzzyPeriod.at(FuzzyTime.inYear(Year.of(1993)));
    FuzzyPeriod in2010 = FuzzyPeriod.at(FuzzyTime.inYear(Year.of(2010)));
    assertEquals(List.of(), run(new MediatorBelligerentRule(),
        m.addMediators(mediator("M1", "R", "C", in1993)).build()));
    assertEquals(List.of("Mediator:M2"), run(new MediatorBelligerentRule(),
            twoStates().addConflict(conflict("C")
                .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(later).build(),
                    side("2", "B")).build())
                .addMediators(mediator("M2", "R", "C", in2010)).build())
        .stream().map(f -> f.focus().get().toString()).toList());
    // A role with no stated time may overlap any support: reported.
    assertEquals(1, run(new MediatorBelligerentRule(),
            twoStates().addConflict(conflict("C")
                .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(later).build(),
                    side("2", "B")).build())
                .addMediators(mediator("M3", "R", "C", null)).build())
        .size());
  }

  @Test
  void mediatorAlliedToABelligerentIsOneWarningPerPartyAndAlly() {
    DisputeModel m = twoStates()
        .addRelation(PartyRelation.builder().id(RelationId.of("R1")).from(p("R")).kind(RelationKind.ALLY_OF)
            .to(p("A")).source(SRC).build())
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("E").parent(c("C")).build())
        .addMediators(mediator("M1", "R", "C", null), mediator("M2", "R", "E", null))
        .build();
    assertEquals(
        List.of("WARNING mediator-allied Party:R.allyOf = Party:A: Party:R acts as BROKER in"
            + " Conflict:C, Conflict:E while allied to Party:A (Relation:R1), a party to the"
            + " fighting: its mediation may be partial. Keep both facts; correct the alliance's or"
            + " the role's period if they did not overlap [related: Party:A, Relation:R1,"
            + " Mediator:M1, Mediator:M2, Conflict:C, Conflict:E]"),
        lines(run(new MediatorAlliedRule(), m)));
  }

  @Test
  void allianceInTheOtherDirectionCountsButNotOneThatEndedBeforeTheRole() {
    PartyRelation reverse = PartyRelation.builder().id(RelationId.of("R1")).from(p("A"))
        .kind(RelationKind.ALLY_OF).to(p("R")).source(SRC)
        .period(FuzzyPeriod.of(day(2000, 1, 1), day(2001, 1, 1))).build();
    DisputeModel.Builder base = twoStates().addRelation(reverse)
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build());
    assertEquals(List.of(), run(new MediatorAlliedRule(),
        base.addMediator(mediator("M", "R", "C", FuzzyPeriod.since(day(2020, 1, 1)))).build()));
    List<Finding> open = run(new MediatorAlliedRule(), twoStates().addRelation(reverse)
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addMediator(mediator("M", "R", "C", FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2000))))).build());
    assertEquals(Certainty.DEFINITELY, open.get(0).certainty());
    List<Finding> fuzzy = run(new MediatorAlliedRule(), twoStates().addRelation(reverse)
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addMediator(mediator("M", "R", "C", FuzzyPeriod.since(FuzzyTime.inDecade(Year.of(2000))))).build());
    assertEquals(Certainty.POSSIBLY, fuzzy.get(0).certainty());
    assertEquals(Severity.WARNING, fuzzy.get(0).severity());
  }

  @Test
  void signatoryOnNoSideIsReportedUnlessItMediatesOrActsForAParty() {
    DisputeModel m = twoStates().addParty(actingFor("PM", PartyKind.PERSON, "A"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addMediator(mediator("M", "R", "C", null))
        .addCeasefire(ceasefire("S", "C").addSignatories(p("PM"), p("B"), p("R"), p("X")).build())
        .build();
    List<Finding> f = run(new SignatoryNotPartyRule(), m);
    assertEquals(List.of("Party:X"), f.stream().map(x -> x.value().get()).toList());
    DisputeModel noSides = model().addParty(state("X")).addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S", "C").addSignatory(p("X")).build()).build();
    assertEquals(List.of(), run(new SignatoryNotPartyRule(), noSides));
  }

  @Test
  void conflictTypeRulesFromTheUcdpCodebook() {
    DisputeModel m = twoStates().addParty(party("G", PartyKind.ARMED_GROUP))
        .addConflicts(
            conflict("I").type(ConflictType.INTRASTATE).addSides(side("A", "A"),
                Side.builder().label("B").addPrimary(p("G")).addSupporter(Supporter.of(p("X"), SupportType.TROOPS)).build()).build(),
            conflict("N").type(ConflictType.INTERNATIONALIZED_INTRASTATE).addSides(side("A", "A"),
                Side.builder().label("B").addPrimary(p("G")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build()).build(),
            conflict("S").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "G")).build(),
            conflict("OK1").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "B")).build(),
            conflict("OK2").type(ConflictType.INTRASTATE).addSides(side("A", "A"),
                Side.builder().label("B").addPrimary(p("G")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build()).build(),
            conflict("OK3").type(ConflictType.INTERSTATE).build())
        .build();
    assertEquals(List.of("Conflict:I", "Conflict:N", "Conflict:S"),
        run(new ConflictTypeRule(), m).stream().map(f -> f.focus().get().toString()).toList());
  }
}
