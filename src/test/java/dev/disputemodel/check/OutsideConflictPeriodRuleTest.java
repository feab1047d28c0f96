package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code outside-conflict-period}: entities that lie, or may lie, outside their conflict. */
class OutsideConflictPeriodRuleTest {
  private static final String RULE = "outside-conflict-period";
  /** The 2020 war: 27 September to 10 November 2020. */
  private static final FuzzyPeriod WAR = FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10));

  private static DisputeModel eventIn(FuzzyPeriod conflictPeriod, FuzzyTime eventTime) {
    return model()
        .addConflict(conflict("C").period(conflictPeriod).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(EventKind.CLASH)
            .time(eventTime).source(SRC).build())
        .build();
  }

  @Test
  void eventOutsideItsConflictIsCertainOrPossible() {
    List<Finding> after = run(RULE, eventIn(WAR, day(2020, 12, 1)));
    assertEquals(Severity.ERROR, after.get(0).severity());
    assertEquals(Certainty.DEFINITELY, after.get(0).certainty());
    assertEquals(List.of(c("C")), after.get(0).related());
    assertEquals(List.of("ERROR DEFINITELY Event:E.time = 2020-12-01 [Conflict:C]"),
        summaries(after));

    List<Finding> possible = run(RULE, eventIn(WAR, month(2020, 11)));
    assertEquals(Severity.WARNING, possible.get(0).severity(), "possible findings are never ERROR");
    assertEquals(Certainty.POSSIBLY, possible.get(0).certainty());
    assertEquals(List.of("WARNING POSSIBLY Event:E.time = 2020-11 [Conflict:C]"),
        summaries(possible));
    assertEquals("time 2020-12-01 lies outside the period 2020-09-27..2020-11-10 of Conflict:C."
        + " Correct the time, the conflict it belongs to, or the conflict's period",
        after.get(0).message());
    assertEquals("time 2020-11 may lie outside the period 2020-09-27..2020-11-10 of Conflict:C."
        + " Correct the time, the conflict it belongs to, or the conflict's period",
        possible.get(0).message());
  }

  @Test
  void eventBeforeItsConflictStarted() {
    assertEquals(List.of("ERROR DEFINITELY Event:E.time = 2020-09-26 [Conflict:C]"),
        summaries(run(RULE, eventIn(WAR, day(2020, 9, 26)))));
  }

  @Test
  void eventOnTheBoundaryDaysOrInAnOpenPeriodIsInside() {
    assertEquals(List.of(), run(RULE, eventIn(WAR, day(2020, 9, 27))));
    assertEquals(List.of(), run(RULE, eventIn(WAR, day(2020, 11, 10))));
    assertEquals(List.of(), run(RULE,
        eventIn(FuzzyPeriod.since(day(2020, 9, 27)), day(2030, 1, 1))));
    assertEquals(List.of(), run(RULE,
        eventIn(FuzzyPeriod.until(day(2020, 9, 27)), day(1990, 1, 1))));
  }

  @Test
  void nothingIsReportedForAConflictWithoutAPeriod() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(EventKind.CLASH)
            .time(day(1900, 1, 1)).source(SRC).build())
        .addCeasefire(ceasefire("S", "C").agreed(day(1900, 1, 1)).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void ceasefireBeforeItsConflictIsReportedButNotOneAfterItsEnd() {
    DisputeModel before = model().addConflict(conflict("C").period(WAR).build())
        .addCeasefire(ceasefire("S", "C").agreed(day(2020, 9, 1)).effective(day(2020, 9, 2)).build())
        .build();
    List<Finding> f = run(RULE, before);
    assertEquals(List.of("agreed", "effective"), f.stream().map(x -> x.path().get()).toList());
    assertEquals(
        List.of("ERROR DEFINITELY Ceasefire:S.agreed = 2020-09-01 [Conflict:C]",
            "ERROR DEFINITELY Ceasefire:S.effective = 2020-09-02 [Conflict:C]"),
        summaries(f));
    DisputeModel after = model().addConflict(conflict("C").period(WAR).build())
        .addCeasefire(ceasefire("S", "C").effective(day(2020, 11, 11)).build()).build();
    assertEquals(List.of(), run(RULE, after));
  }

  @Test
  void mediatorRoleEndedBeforeTheConflictAndEpisodesOutsideTheirParent() {
    DisputeModel m = model().addParty(state("R"))
        .addConflict(conflict("C").period(WAR).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("R")).role(MediatorRole.BROKER)
            .conflict(c("C")).period(FuzzyPeriod.of(day(2019, 1, 1), day(2019, 2, 1))).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("PK")).party(p("R")).role(MediatorRole.PEACEKEEPER)
            .conflict(c("C")).period(FuzzyPeriod.since(day(2020, 11, 10))).source(SRC).build())
        .addConflict(conflict("E").parent(c("C")).period(FuzzyPeriod.since(day(2020, 10, 1))).build())
        .addConflict(conflict("F").parent(c("C")).period(FuzzyPeriod.of(day(2020, 10, 1), day(2020, 10, 2))).build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("Conflict:E period.end ongoing", "Mediator:M period.end 2019-02-01"),
        f.stream().map(x -> x.focus().get() + " " + x.path().get() + " " + x.value().get()).toList());
    assertEquals(
        List.of("ERROR DEFINITELY Conflict:E.period.end = ongoing [Conflict:C]",
            "ERROR DEFINITELY Mediator:M.period.end = 2019-02-01 [Conflict:C]"),
        summaries(f));
  }

  @Test
  void episodeStartingBeforeItsParent() {
    DisputeModel m = model().addConflict(conflict("C").period(WAR).build())
        .addConflict(conflict("E").parent(c("C"))
            .period(FuzzyPeriod.of(month(2020, 9), day(2020, 10, 1))).build())
        .build();
    assertEquals(List.of("WARNING POSSIBLY Conflict:E.period.start = 2020-09 [Conflict:C]"),
        summaries(run(RULE, m)));
  }

  @Test
  void anOngoingEpisodeOfAnOngoingConflictIsInside() {
    DisputeModel m = model().addConflict(conflict("C").period(FuzzyPeriod.since(day(2020, 9, 27))).build())
        .addConflict(conflict("E").parent(c("C")).period(FuzzyPeriod.since(day(2022, 9, 12))).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  // ---- agreements, and the events that belong to the fighting (issue #8)

  private static List<String> reported(EventKind kind, FuzzyTime time) {
    DisputeModel m = model().addConflict(conflict("C").period(WAR).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(kind).time(time).source(SRC).build())
        .build();
    return run(RULE, m).stream().map(f -> f.severity() + " " + f.path().get()).toList();
  }

  @Test
  void afterTheEndOnlyTheFightingIsReported() {
    for (EventKind kind : EventKind.values()) {
      List<String> after = reported(kind, day(2020, 12, 1));
      assertEquals(kind.isHostilities() ? List.of("ERROR time") : List.of(), after, kind.toString());
    }
    assertEquals(List.of("ERROR time"), reported(EventKind.LANDING, day(2020, 12, 1)));
    assertEquals(List.of(), reported(EventKind.WITHDRAWAL, day(2020, 12, 1)));
    assertEquals(List.of(), reported(EventKind.AGREEMENT, month(2020, 11)));
  }

  @Test
  void beforeTheStartEveryKindIsReportedButThoseThatMayPrecedeTheFighting() {
    Arrays.stream(EventKind.values()).forEach(kind ->
        assertEquals(kind.mayPrecedeFighting() ? List.of() : List.of("ERROR time"),
            reported(kind, day(2020, 9, 1)), kind.toString()));
    assertEquals(List.of(), reported(EventKind.AGREEMENT, day(2020, 9, 1)));
    assertEquals(List.of(), reported(EventKind.DEPLOYMENT, day(2020, 9, 1)));
    assertEquals(List.of("ERROR time"), reported(EventKind.WITHDRAWAL, day(2020, 9, 1)));
    assertEquals(List.of("ERROR time"), reported(EventKind.OTHER, day(2020, 9, 1)));
  }

  /** The shape of Cyprus: the 1960 Treaty of Guarantee, fourteen years before the 1974 war. */
  @Test
  void anAgreementBeforeOrAfterItsConflictIsNotReportedButACeasefireBeforeItIs() {
    DisputeModel m = model().addConflict(conflict("C").period(WAR).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Early").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(day(2020, 9, 1)).source(SRC).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("B")).name("Peace").kind(AgreementKind.FULL)
            .conflict(c("C")).agreed(day(2021, 1, 1)).source(SRC).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
    DisputeModel withCeasefire = m.withCeasefires(ceasefire("S", "C").agreed(day(2020, 9, 1)).build());
    assertEquals(List.of("Ceasefire:S agreed"), run(RULE, withCeasefire).stream()
        .map(f -> f.focus().get() + " " + f.path().get()).toList());
  }
}
