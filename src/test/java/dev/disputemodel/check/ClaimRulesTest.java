package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {
  private static final TerritoryId T = TerritoryId.of("T");

  private static DisputeModel.Builder base() {
    return model().addParties(state("A"), state("B"), state("R"))
        .addParty(actingFor("PM", PartyKind.PERSON, "A"))
        .addParty(actingFor("MOD", PartyKind.GOVERNMENT_BODY, "B"))
        .addConflict(conflict("C").build());
  }

  @Test
  void contestedQuestionListsEveryAnswerWithItsClaimantsAndBackers() {
    DisputeModel m = base()
        .addClaims(
            claim("K5", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
            claim("K6", "B", day(2022, 9, 13), new Initiated(c("C"), p("A"))),
            claim("K7", "PM", day(2022, 9, 14), new Initiated(c("C"), p("B"))),
            claim("R3", null, day(2022, 9, 13), new BacksAccount(p("R"), k("K6"))))
        .build();
    assertEquals(
        List.of("INFO contested-question Conflict:C.question = INITIATOR[Conflict:C]: Contested:"
            + " INITIATOR[Conflict:C]: initiator Party:B according to Party:A (Claim:K5, Claim:K7);"
            + " initiator Party:A according to Party:B (Claim:K6); Party:R backs Claim:K6"
            + " (Claim:R3). A disagreement in the world: keep every account, and check that each"
            + " claim is attributed to the right claimant [related: Claim:K5, Claim:K7, Claim:K6,"
            + " Claim:R3]"),
        lines(run(new ContestedQuestionRule(), m)));
  }

  @Test
  void agreementOrOneClaimantAloneIsNotContested() {
    DisputeModel agree = base().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
        claim("K2", "R", day(2022, 9, 13), new Initiated(c("C"), p("B")))).build();
    assertEquals(List.of(), run(new ContestedQuestionRule(), agree));
    DisputeModel self = base().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
        claim("K2", "PM", day(2022, 9, 14), new Initiated(c("C"), p("A")))).build();
    assertEquals(List.of(), run(new ContestedQuestionRule(), self));
    assertEquals(1, run(new SelfContradictionRule(), self).size());
  }

  @Test
  void aDenialContradictsTheSameAssertion() {
    Claim denial = Claim.builder().id(k("K2")).claimant(p("B")).source(SRC).madeAt(day(2022, 9, 13))
        .polarity(Polarity.DENIES).addProposition(new Initiated(c("C"), p("B"))).build();
    DisputeModel m = base().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))), denial).build();
    assertEquals(1, run(new ContestedQuestionRule(), m).size());
  }

  @Test
  void selfContradictionUnlessRevised() {
    Claim first = claim("K1", "PM", day(2022, 9, 13),
        Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(49)));
    Claim second = claim("K2", "A", day(2022, 9, 14),
        Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(105)));
    List<Finding> f = run(new SelfContradictionRule(), base().addClaims(first, second).build());
    assertEquals(1, f.size());
    assertEquals(Optional.of(k("K2")), f.get(0).focus());
    assertEquals(List.of(k("K1")), f.get(0).related());
    assertEquals(Severity.WARNING, f.get(0).severity());
    DisputeModel revised = base().addClaims(first, second.withEnds(dev.disputemodel.Ending.replaces(k("K1")))).build();
    assertEquals(List.of(), run(new SelfContradictionRule(), revised));
    Claim compatible = claim("K2", "A", day(2022, 9, 14),
        Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.atLeast(40)));
    assertEquals(List.of(), run(new SelfContradictionRule(), base().addClaims(first, compatible).build()));
  }

  private static final PropositionKey CASUALTIES_B = PropositionKey.of(PropositionType.CASUALTIES, c("C"), p("B"));

  @Test
  void noStatementContradictedByAStatementOfOneActingForTheParty() {
    DisputeModel m = base().addClaims(
        claim("K2", "MOD", day(2022, 9, 13), Casualties.of(c("C"), p("B"), CasualtyKind.UNSPECIFIED, Estimate.exact(50))),
        claim("K8", null, day(2022, 9, 13), new NoStatement(p("B"), CASUALTIES_B))).build();
    assertEquals(
        List.of("WARNING no-statement-contradicted Claim:K8.propositions[0] = CASUALTIES[Conflict:C,"
            + " Party:B]: Claim:K8 says Party:B made no statement on CASUALTIES[Conflict:C, Party:B],"
            + " but the model holds its statement [Claim:K2], made no later. If the source"
            + " contradicts itself, keep both and note it; otherwise correct the claim of silence or"
            + " the statement's claimant [related: Claim:K2, Party:B]"),
        lines(run(new NoStatementContradictedRule(), m)));
  }

  @Test
  void noStatementIsFineWhenTheStatementCameLaterOrFromAnotherParty() {
    DisputeModel later = base().addClaims(
        claim("K2", "MOD", day(2022, 9, 14), Casualties.of(c("C"), p("B"), CasualtyKind.KILLED, Estimate.exact(50))),
        claim("K8", null, day(2022, 9, 13), new NoStatement(p("B"), CASUALTIES_B))).build();
    assertEquals(List.of(), run(new NoStatementContradictedRule(), later));
    DisputeModel other = base().addClaims(
        claim("K2", "A", day(2022, 9, 13), Casualties.of(c("C"), p("B"), CasualtyKind.KILLED, Estimate.exact(50))),
        claim("K8", null, day(2022, 9, 13), new NoStatement(p("B"), CASUALTIES_B))).build();
    assertEquals(List.of(), run(new NoStatementContradictedRule(), other));
    DisputeModel fuzzy = base().addClaims(
        claim("K2", "MOD", month(2022, 9), Casualties.of(c("C"), p("B"), CasualtyKind.KILLED, Estimate.exact(50))),
        claim("K8", null, day(2022, 9, 13), new NoStatement(p("B"), CASUALTIES_B))).build();
    assertEquals(Certainty.POSSIBLY, run(new NoStatementContradictedRule(), fuzzy).get(0).certainty());
  }

  private static Territory territory(SovereigntyStatus... statuses) {
    return Territory.builder().id(T).name("Region").kind(TerritoryKind.REGION).addSovereignty(statuses)
        .addControl(ControlStatus.builder().controller(p("A")).kind(ControlKind.OCCUPIES)
            .period(FuzzyPeriod.of(day(1994, 1, 1), day(2020, 11, 10))).source(SRC).build())
        .build();
  }

  private static SovereigntyStatus recognized(String sovereign, FuzzyPeriod period) {
    SovereigntyStatus.Builder b = SovereigntyStatus.builder().sovereign(p(sovereign))
        .internationallyRecognized(true).source(SRC);
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }

  @Test
  void claimsAgainstRecognizedSovereigntyAndRecordedControl() {
    DisputeModel m = base().addTerritory(territory(recognized("B", null)))
        .addClaims(
            claim("K1", "A", day(2022, 9, 13), new Sovereignty(T, p("A"))),
            claim("K2", "B", day(2022, 9, 13), new Sovereignty(T, p("B"))),
            claim("K3", "B", day(2010, 1, 1), new Control(T, p("B"))),
            claim("K4", "A", day(2010, 1, 1), new Control(T, p("A"))),
            claim("K5", "B", day(2022, 1, 1), new Control(T, p("B"))))
        .build();
    assertEquals(List.of("Claim:K1", "Claim:K3"),
        run(new ClaimContradictsFactRule(), m).stream().map(f -> f.focus().get().toString()).toList());
  }

  @Test
  void twoRecognizedSovereignsAtOnce() {
    DisputeModel overlap = base().addTerritory(territory(
        recognized("A", FuzzyPeriod.since(day(1991, 1, 1))),
        recognized("B", FuzzyPeriod.of(day(1990, 1, 1), day(1992, 1, 1))))).build();
    List<Finding> f = run(new RecognizedSovereignsOverlapRule(), overlap);
    assertEquals(1, f.size());
    assertEquals(Severity.ERROR, f.get(0).severity());
    DisputeModel successive = base().addTerritory(territory(
        recognized("A", FuzzyPeriod.since(day(1991, 12, 26))),
        recognized("B", FuzzyPeriod.of(day(1922, 1, 1), day(1991, 12, 25))))).build();
    assertEquals(List.of(), run(new RecognizedSovereignsOverlapRule(), successive));
    DisputeModel fuzzy = base().addTerritory(territory(
        recognized("A", FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1991)))),
        recognized("B", FuzzyPeriod.of(day(1922, 1, 1), day(1991, 6, 1))))).build();
    List<Finding> p = run(new RecognizedSovereignsOverlapRule(), fuzzy);
    assertEquals(Certainty.POSSIBLY, p.get(0).certainty());
    assertEquals(Severity.WARNING, p.get(0).severity());
  }

  private static DisputeModel.Builder withCeasefire() {
    return base().addCeasefire(ceasefire("S2", "C")
        .effective(FuzzyTime.on(LocalDate.of(2022, 9, 13),
            PartOfDay.MORNING)).build());
  }

  private static Event event(String id, EventKind kind, FuzzyTime at) {
    return Event.builder().id(EventId.of(id)).conflict(c("C")).kind(kind).time(at).source(SRC).build();
  }

  @Test
  void hostilitiesAfterACeasefireTookEffectWithTheirEvidence() {
    DisputeModel m = withCeasefire()
        .addEvents(
            event("E1", EventKind.CLASH, FuzzyTime.on(LocalDate.of(2022, 9, 12),
                PartOfDay.NIGHT)),
            event("E2", EventKind.SHELLING, day(2022, 9, 14)),
            event("E3", EventKind.AGREEMENT, day(2022, 9, 14)))
        .addClaims(
            claim("K3", "R", day(2022, 9, 13), new CeasefireStatus(cf("S2"), CeasefireState.HOLDING)),
            claim("K7", "PM", day(2022, 9, 13), new CeasefireStatus(cf("S2"), CeasefireState.VIOLATED)),
            claim("K5", "A", day(2022, 9, 13), new Attack(c("C"), p("B"), EventKind.BOMBING, Optional.of(p("A")), Optional.empty())),
            claim("K9", "A", day(2022, 9, 15), new Attack(c("C"), p("B"), EventKind.SHELLING, Optional.empty(), Optional.empty())))
        .build();
    List<Finding> f = run(new CeasefireViolatedRule(), m);
    assertEquals(1, f.size());
    assertEquals(List.of(EventId.of("E2"), k("K7"), k("K9")), f.get(0).related());
    assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
    assertEquals(Severity.INFO, f.get(0).severity());
  }

  @Test
  void noViolationBeforeTheCeasefireOrAfterItEnded() {
    DisputeModel m = base().addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).ended(day(2022, 9, 20)).build())
        .addEvents(event("E1", EventKind.CLASH, day(2022, 9, 12)), event("E2", EventKind.CLASH, day(2022, 9, 13)),
            event("E3", EventKind.CLASH, day(2022, 9, 21)))
        .build();
    assertEquals(List.of(), run(new CeasefireViolatedRule(), m));
    DisputeModel claimOnly = base().addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build())
        .addClaim(claim("K", "A", day(2022, 9, 14), new CeasefireStatus(cf("S"), CeasefireState.VIOLATED))).build();
    assertEquals(Certainty.POSSIBLY, run(new CeasefireViolatedRule(), claimOnly).get(0).certainty());
  }

  @Test
  void casualtyPartsThatExceedTheSameClaimantsTotal() {
    DisputeModel m = base().addClaims(
        claim("K1", "PM", day(2022, 9, 13), Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(49))),
        claim("K2", "A", day(2022, 9, 13), Casualties.of(c("C"), p("B"), CasualtyKind.KILLED, Estimate.atLeast(20)),
            Casualties.total(c("C"), CasualtyKind.KILLED, Estimate.range(30, 60))),
        claim("K3", "R", day(2022, 9, 13), Casualties.total(c("C"), CasualtyKind.KILLED, Estimate.atMost(10))))
        .build();
    List<Finding> f = run(new CasualtyPartsRule(), m);
    assertEquals(
        List.of("WARNING casualty-parts-exceed-total Claim:K2.propositions.count = <=60: Party:A's"
            + " KILLED figures for Conflict:C by party add up to at least 69 {Party:A=49, Party:B=20}"
            + " but its total is at most 60. Correct a figure, or mark the later claim as revising"
            + " the earlier [related: Claim:K1, Claim:K2, Conflict:C]"),
        lines(f));
  }

  @Test
  void casualtyPartsWithinOrWithoutABoundedTotalAreFine() {
    DisputeModel equal = base().addClaims(
        claim("K1", "A", day(2022, 9, 13), Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(49)),
            Casualties.of(c("C"), p("B"), CasualtyKind.KILLED, Estimate.exact(11)),
            Casualties.total(c("C"), CasualtyKind.KILLED, Estimate.exact(60)),
            Casualties.of(c("C"), p("B"), CasualtyKind.WOUNDED, Estimate.exact(100))),
        claim("K2", "B", day(2022, 9, 13), Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(49)),
            Casualties.total(c("C"), CasualtyKind.KILLED, Estimate.atLeast(24))))
        .build();
    assertEquals(List.of(), run(new CasualtyPartsRule(), equal));
  }
}
