package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code time-order}: times within one entity that are, or may be, out of order. */
class TimeOrderRuleTest {
  private static final String RULE = "time-order";

  private static DisputeModel withCeasefire(Ceasefire.Builder b) {
    return model().addConflict(conflict("C").build()).addCeasefire(b.build()).build();
  }

  @Test
  void timeOrderReportsAPossiblyEarlierEffectiveTimeAsPossible() {
    List<Finding> f = run(RULE, withCeasefire(
        ceasefire("S2", "C").agreed(month(2022, 9)).effective(day(2022, 9, 1))));
    assertEquals(
        List.of("WARNING time-order Ceasefire:S2.effective = 2022-09-01 (possible): effective"
            + " 2022-09-01 may be before agreed 2022-09. State the times more precisely or correct"
            + " one of them"),
        lines(f));
    assertEquals(Certainty.POSSIBLY, f.get(0).certainty());
  }

  @Test
  void timeOrderIgnoresOrderedAndEqualTimes() {
    assertEquals(List.of(), run(RULE, withCeasefire(
        ceasefire("S2", "C").agreed(day(2022, 9, 12)).effective(day(2022, 9, 13)))));
    assertEquals(List.of(), run(RULE, withCeasefire(
        ceasefire("S2", "C").agreed(day(2022, 9, 13)).effective(day(2022, 9, 13))
            .ended(day(2022, 9, 13)))));
  }

  @Test
  void timeOrderChecksAnAgreementsProposalSigningAndLapse() {
    DisputeModel m = claimants().addAgreements(
        Agreement.builder().id(AgreementId.of("AG1")).name("Plan").kind(AgreementKind.FULL).conflict(c("C"))
            .proposed(month(2004, 3)).agreed(day(2004, 3, 1)).source(SRC).build(),
        Agreement.builder().id(AgreementId.of("AG2")).name("Protocol").kind(AgreementKind.PROCESS).conflict(c("C"))
            .agreed(month(1970, 6)).lapsed(day(1970, 6, 1)).source(SRC).build(),
        Agreement.builder().id(AgreementId.of("AG3")).name("Draft").kind(AgreementKind.FULL).conflict(c("C"))
            .proposed(month(2004, 3)).lapsed(day(2004, 3, 31)).source(SRC).build(),
        Agreement.builder().id(AgreementId.of("AG4")).name("Ordered").kind(AgreementKind.FULL).conflict(c("C"))
            .proposed(day(2004, 3, 31)).lapsed(day(2004, 4, 24)).source(SRC).build())
        .build();
    assertEquals(List.of(
        "WARNING POSSIBLY Agreement:AG1.agreed = 2004-03-01 []",
        "WARNING POSSIBLY Agreement:AG2.lapsed = 1970-06-01 []",
        "WARNING POSSIBLY Agreement:AG3.lapsed = 2004-03-31 []"), summaries(run(RULE, m)));
  }

  @Test
  void definiteDisorderIsRejectedByTheBuilderNotReported() {
    assertThrows(InvalidValueException.class, () -> ceasefire("S2", "C")
        .agreed(day(2022, 9, 13)).effective(day(2022, 9, 12)).build());
  }

  @Test
  void timeOrderChecksEndedAgainstAgreedWhenEffectiveIsUnknownAndPeriods() {
    List<Finding> f = run(RULE, withCeasefire(
        ceasefire("S2", "C").agreed(month(2022, 9)).ended(day(2022, 9, 2))));
    assertEquals(List.of("WARNING POSSIBLY Ceasefire:S2.ended = 2022-09-02 []"), summaries(f));

    DisputeModel periods = model()
        .addConflict(conflict("C").period(FuzzyPeriod.of(year(2020), day(2020, 3, 1))).build())
        .addConflict(conflict("D").period(FuzzyPeriod.since(year(2020))).build())
        .build();
    assertEquals(List.of("WARNING POSSIBLY Conflict:C.period.end = 2020-03-01 []"),
        summaries(run(RULE, periods)));
  }

  @Test
  void endedIsComparedWithEffectiveNotAgreedWhenBothAreKnown() {
    // ended may precede the agreement's month, but is the same day it took effect: only the
    // effective time is reported
    assertEquals(List.of("WARNING POSSIBLY Ceasefire:S2.effective = 2022-09-01 []"),
        summaries(run(RULE, withCeasefire(ceasefire("S2", "C").agreed(month(2022, 9))
            .effective(day(2022, 9, 1)).ended(day(2022, 9, 1))))));
  }

  /** A period that starts some time in 2020 and ends on 1 March 2020 may end before it starts. */
  private static final FuzzyPeriod FUZZY = FuzzyPeriod.of(year(2020), day(2020, 3, 1));
  /** A period stated to start and end in 2020: the same stated moment, never reported. */
  private static final FuzzyPeriod SAME_YEAR = FuzzyPeriod.of(year(2020), year(2020));

  private static DisputeModel everyKindOfPeriod(FuzzyPeriod p) {
    return model().addParties(state("A"), state("B"), state("X"))
        .addConflict(conflict("C").addSides(side("1", "X"),
                Side.builder().label("2").addPrimary(p("A"))
                    .addSupporter(Supporter.builder().party(p("B")).type(SupportType.TROOPS)
                        .period(p).build())
                    .build())
            .build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("B"))
            .role(MediatorRole.BROKER).conflict(c("C")).period(p).source(SRC).build())
        .addRelation(PartyRelation.builder().id(RelationId.of("R")).from(p("A"))
            .kind(RelationKind.ALLY_OF).to(p("B")).period(p).source(SRC).build())
        .addTerritory(Territory.builder().id(TerritoryId.of("T")).name("T")
            .kind(TerritoryKind.REGION)
            .addSovereignty(recognized("A", p))
            .addControl(ControlStatus.builder().controller(p("A")).kind(ControlKind.ADMINISTERS)
                .period(p).source(SRC).build())
            .addPopulation(PopulationStatus.builder().group("G").period(p).source(SRC).build())
            .build())
        .build();
  }

  @Test
  void everyStatedPeriodIsChecked() {
    assertEquals(
        List.of("WARNING POSSIBLY Conflict:C.sides[1].supporters[0].period.end = 2020-03-01 []",
            "WARNING POSSIBLY Mediator:M.period.end = 2020-03-01 []",
            "WARNING POSSIBLY Relation:R.period.end = 2020-03-01 []",
            "WARNING POSSIBLY Territory:T.control[0].period.end = 2020-03-01 []",
            "WARNING POSSIBLY Territory:T.population[0].period.end = 2020-03-01 []",
            "WARNING POSSIBLY Territory:T.sovereignty[0].period.end = 2020-03-01 []"),
        summaries(run(RULE, everyKindOfPeriod(FUZZY))));
  }

  @Test
  void periodsStatedToStartAndEndInTheSameYearAreNotReported() {
    assertEquals(List.of(), run(RULE, everyKindOfPeriod(SAME_YEAR)));
  }

  // ---- agreements, and the events that belong to the fighting (issue #8)

  @Test
  void anAgreementAndAPartyWithPossiblyDisorderedTimes() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(month(1966, 2)).effective(day(1966, 2, 1)).source(SRC).build())
        .addParty(Party.builder().id(p("P")).name("P").kind(PartyKind.DE_FACTO_STATE)
            .proclaimed(month(1983, 11)).dissolved(day(1983, 11, 2)).build())
        .build();
    assertEquals(List.of("Agreement:A effective POSSIBLY", "Party:P dissolved POSSIBLY"),
        run(RULE, m).stream()
            .map(f -> f.focus().get() + " " + f.path().get() + " " + f.certainty()).toList());
  }

  @Test
  void orderedOrSameDayTimesAreNotReported() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(day(1966, 2, 17)).effective(day(1966, 2, 17)).source(SRC).build())
        .addParty(Party.builder().id(p("P")).name("P").kind(PartyKind.DE_FACTO_STATE)
            .proclaimed(day(1975, 2, 13)).dissolved(day(1983, 11, 15)).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
