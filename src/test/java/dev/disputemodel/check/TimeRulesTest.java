package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRulesTest {
  private static DisputeModel withCeasefire(Ceasefire.Builder b) {
    return model().addConflict(conflict("C").build()).addCeasefire(b.build()).build();
  }

  @Test
  void timeOrderReportsAPossiblyEarlierEffectiveTimeAsPossible() {
    List<Finding> f = run(new TimeOrderRule(), withCeasefire(
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
    assertEquals(List.of(), run(new TimeOrderRule(), withCeasefire(
        ceasefire("S2", "C").agreed(day(2022, 9, 12)).effective(day(2022, 9, 13)))));
    assertEquals(List.of(), run(new TimeOrderRule(), withCeasefire(
        ceasefire("S2", "C").agreed(day(2022, 9, 13)).effective(day(2022, 9, 13))
            .ended(day(2022, 9, 13)))));
  }

  @Test
  void definiteDisorderIsRejectedByTheBuilderNotReported() {
    assertThrows(InvalidValueException.class, () -> ceasefire("S2", "C")
        .agreed(day(2022, 9, 13)).effective(day(2022, 9, 12)).build());
  }

  @Test
  void timeOrderChecksEndedAgainstAgreedWhenEffectiveIsUnknownAndPeriods() {
    List<Finding> f = run(new TimeOrderRule(), withCeasefire(
        ceasefire("S2", "C").agreed(month(2022, 9)).ended(day(2022, 9, 2))));
    assertEquals(1, f.size());
    assertEquals("ended", f.get(0).path().get());

    DisputeModel periods = model()
        .addConflict(conflict("C").period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(2020)), day(2020, 3, 1))).build())
        .addConflict(conflict("D").period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)))).build())
        .build();
    List<Finding> p = run(new TimeOrderRule(), periods);
    assertEquals(1, p.size(), lines(p).toString());
    assertEquals("Conflict:C", p.get(0).focus().get().toString());
    assertEquals("period.end", p.get(0).path().get());
  }

  private static DisputeModel eventIn(FuzzyPeriod conflictPeriod, FuzzyTime eventTime) {
    return model()
        .addConflict(conflict("C").period(conflictPeriod).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(EventKind.CLASH)
            .time(eventTime).source(SRC).build())
        .build();
  }

  @Test
  void eventOutsideItsConflictIsCertainOrPossible() {
    FuzzyPeriod sept = FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10));
    List<Finding> after = run(new OutsideConflictPeriodRule(), eventIn(sept, day(2020, 12, 1)));
    assertEquals(Severity.ERROR, after.get(0).severity());
    assertEquals(Certainty.DEFINITELY, after.get(0).certainty());
    assertEquals(List.of(c("C")), after.get(0).related());

    List<Finding> possible = run(new OutsideConflictPeriodRule(), eventIn(sept, month(2020, 11)));
    assertEquals(Severity.WARNING, possible.get(0).severity(), "possible findings are never ERROR");
    assertEquals(Certainty.POSSIBLY, possible.get(0).certainty());
  }

  @Test
  void eventOnTheBoundaryDaysOrInAnOpenPeriodIsInside() {
    FuzzyPeriod sept = FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10));
    assertEquals(List.of(), run(new OutsideConflictPeriodRule(), eventIn(sept, day(2020, 9, 27))));
    assertEquals(List.of(), run(new OutsideConflictPeriodRule(), eventIn(sept, day(2020, 11, 10))));
    assertEquals(List.of(), run(new OutsideConflictPeriodRule(),
        eventIn(FuzzyPeriod.since(day(2020, 9, 27)), day(2030, 1, 1))));
    assertEquals(List.of(), run(new OutsideConflictPeriodRule(),
        eventIn(FuzzyPeriod.until(day(2020, 9, 27)), day(1990, 1, 1))));
  }

  @Test
  void ceasefireBeforeItsConflictIsReportedButNotOneAfterItsEnd() {
    FuzzyPeriod p = FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10));
    DisputeModel before = model().addConflict(conflict("C").period(p).build())
        .addCeasefire(ceasefire("S", "C").agreed(day(2020, 9, 1)).effective(day(2020, 9, 2)).build())
        .build();
    List<Finding> f = run(new OutsideConflictPeriodRule(), before);
    assertEquals(List.of("agreed", "effective"), f.stream().map(x -> x.path().get()).toList());
    DisputeModel after = model().addConflict(conflict("C").period(p).build())
        .addCeasefire(ceasefire("S", "C").effective(day(2020, 11, 11)).build()).build();
    assertEquals(List.of(), run(new OutsideConflictPeriodRule(), after));
  }

  @Test
  void mediatorRoleEndedBeforeTheConflictAndEpisodesOutsideTheirParent() {
    DisputeModel m = model().addParty(state("R"))
        .addConflict(conflict("C").period(FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10))).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("R")).role(MediatorRole.BROKER)
            .conflict(c("C")).period(FuzzyPeriod.of(day(2019, 1, 1), day(2019, 2, 1))).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("PK")).party(p("R")).role(MediatorRole.PEACEKEEPER)
            .conflict(c("C")).period(FuzzyPeriod.since(day(2020, 11, 10))).source(SRC).build())
        .addConflict(conflict("E").parent(c("C")).period(FuzzyPeriod.since(day(2020, 10, 1))).build())
        .addConflict(conflict("F").parent(c("C")).period(FuzzyPeriod.of(day(2020, 10, 1), day(2020, 10, 2))).build())
        .build();
    List<Finding> f = run(new OutsideConflictPeriodRule(), m);
    assertEquals(
        List.of("Conflict:E period.end ongoing", "Mediator:M period.end 2019-02-01"),
        f.stream().map(x -> x.focus().get() + " " + x.path().get() + " " + x.value().get()).toList());
  }

  @Test
  void hierarchyCycleIsReportedOnceFromItsSmallestId() {
    DisputeModel m = model()
        .addTerritories(territory("T2", "T3"), territory("T3", "T1"), territory("T1", "T2"),
            territory("T4", "T1"), territory("T5", null))
        .addConflicts(conflict("A").parent(c("B")).build(), conflict("B").parent(c("A")).build())
        .build();
    assertEquals(
        List.of("ERROR hierarchy-cycle Conflict:A.parent = Conflict:B: parent links form a cycle:"
                + " Conflict:A -> Conflict:B -> Conflict:A. Remove or correct one parent link"
                + " [related: Conflict:B]",
            "ERROR hierarchy-cycle Territory:T1.parent = Territory:T2: parent links form a cycle:"
                + " Territory:T1 -> Territory:T2 -> Territory:T3 -> Territory:T1. Remove or correct"
                + " one parent link [related: Territory:T2, Territory:T3]"),
        lines(run(new HierarchyCycleRule(), m)));
  }

  @Test
  void aChainWithoutCycleIsFine() {
    DisputeModel m = model()
        .addTerritories(territory("T1", "T2"), territory("T2", "T3"), territory("T3", null))
        .build();
    assertTrue(run(new HierarchyCycleRule(), m).isEmpty());
  }

  private static Territory territory(String id, String parent) {
    Territory.Builder b = Territory.builder().id(TerritoryId.of(id)).name("T " + id).kind(TerritoryKind.REGION);
    if (parent != null) {
      b.parent(TerritoryId.of(parent));
    }
    return b.build();
  }

}
