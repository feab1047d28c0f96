package dev.disputemodel.examples;

import static dev.disputemodel.examples.Cyprus1974.*;
import static dev.disputemodel.examples.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.disputemodel.examples.Facts.day;

import dev.disputemodel.AccordId;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.BindingForce;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Ruling;
import dev.disputemodel.Attack;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.Observer;
import dev.disputemodel.PartyId;
import dev.disputemodel.Recognition;
import dev.disputemodel.Share;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.VoteResult;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.Severity;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Cyprus example (examples/facts/cyprus-facts.md): its answers and its consistency report. */
class CyprusTest {
  private final CyprusStory a = CyprusStory.of(Cyprus1974.model());
  private final Report report = Facts.report(Cyprus1974.model());

  private static List<String> answers(List<Recognition> rs) {
    return rs.stream().map(r -> r.sovereign().map(PartyId::value).orElse("none") + " " + r.certainty()
        + (r.named() ? "" : " presumed")).collect(Collectors.toList());
  }

  @Test
  void theNorthIsTheTrncsAccordingToTurkeyAndTheRepublicsAccordingToEveryoneElse() {
    FuzzyTime y2000 = CyprusStory.JANUARY_2000;
    assertEquals(List.of("P6 DEFINITELY"), answers(a.sovereignOfTheNorth(Observer.party(TURKEY), y2000)),
        "G1: recognized only by Turkey, since November 1983");
    assertEquals(List.of("P1 POSSIBLY presumed"), answers(a.sovereignOfTheNorth(Observer.party(UNITED_KINGDOM), y2000)),
        "the United Kingdom is not named: presumed among the international community");
    assertEquals(List.of("P1 DEFINITELY"), answers(a.sovereignOfTheNorth(Observer.internationalCommunity(), y2000)));
    assertEquals(List.of("P1 POSSIBLY presumed"), answers(a.sovereignOfTheNorth(Observer.party(TURKEY), CyprusStory.JANUARY_1980)),
        "before the TRNC, Turkey is only presumed to recognize the Republic");
  }

  @Test
  void theCeasefireOf16August1974IsInEffectFiftyYearsLaterWithViolationsReported() {
    assertEquals(List.of(CEASEFIRE_AUGUST),
        a.ceasefiresInEffect(CyprusStory.JANUARY_2024).stream().map(Ceasefire::id).collect(Collectors.toList()),
        "S3 has no end; S1 ended when S3 succeeded it");
    CeasefireAccount s3 = a.augustCeasefire();
    assertEquals(Set.of(), s3.upheldBy());
    assertEquals(Set.of(SECRETARY_GENERAL), s3.disputedBy());
    assertEquals(List.of(ClaimId.of("S3b")), s3.violations().stream().map(e -> e.entity()).collect(Collectors.toList()));
  }

  @Test
  void theChainOf1974RunsFromTheJulyCeasefireThroughGenevaToAugust() {
    assertEquals(List.<AccordId>of(CEASEFIRE_JULY, GENEVA_1974, CEASEFIRE_AUGUST), a.chain1974().ids());
  }

  @Test
  void unficypAndTheThreeGuarantorsAreTheThirdPartiesIn2000() {
    assertEquals(List.of(PEACEKEEPING, TURKEY_GUARANTOR, GREECE_GUARANTOR, UK_GUARANTOR),
        a.rolesOn(CyprusStory.JANUARY_2000).stream().map(Mediator::id).collect(Collectors.toList()));
  }

  /**
   * Three contested questions: the landing's name (invasion or peace operation), resolution 541's
   * binding force (Greece against the Council of the European Communities), and sovereignty over
   * the north.
   */
  @Test
  void theLandingsNameResolution541sForceAndTheNorthAreContested() {
    List<Question> contested = a.contested();
    assertEquals(List.of("CHARACTERIZATION[Event:E8]/USE_OF_FORCE", "CHARACTERIZATION[Ruling:J3]/LEGAL_FORCE",
            "SOVEREIGNTY[Territory:T4]"),
        contested.stream().map(q -> q.key().toString()).sorted().collect(Collectors.toList()));
    Question name = contested.stream().filter(q -> q.key().type() == PropositionType.CHARACTERIZATION
        && q.key().subjects().contains(LANDING)).findFirst().orElseThrow();
    assertEquals(List.of(G6_INVASION, K2A_PEACE_OPERATION),
        name.claims().stream().map(c -> c.id()).collect(Collectors.toList()));
    Question north = contested.stream().filter(q -> q.key().type() == PropositionType.SOVEREIGNTY)
        .findFirst().orElseThrow();
    assertEquals(List.of(K3_TRNC_SOVEREIGN, K4B_DE_JURE, K6_GREECE),
        north.claims().stream().map(c -> c.id()).collect(Collectors.toList()));
  }

  @Test
  void resolution186IsModelledWithItsBindingForceUnstated() {
    Ruling r186 = Cyprus1974.model().ruling(RESOLUTION_186).orElseThrow();
    assertEquals(BindingForce.UNSTATED, r186.bindingForce());
    assertEquals(Optional.of(day(1964, 3, 4)), Optional.of(r186.issued()));
    assertEquals(BindingForce.UNSTATED, Cyprus1974.model().ruling(RESOLUTION_541).orElseThrow().bindingForce(),
        "contested by claims K9a and K9b");
  }

  @Test
  void theTrncSucceedsTheFederatedStateOn15November1983() {
    assertEquals(List.of(TFSC, TRNC), Cyprus1974.model().lineage(TRNC));
    assertEquals(Optional.of(NOVEMBER_15_1983), Cyprus1974.model().party(TRNC).orElseThrow().succeeds().get(0).date());
  }

  @Test
  void theDatasetsStartOfTheWarContradictsTheRecordedOne() {
    Finding f = Findings.single(report, "claim-contradicts-fact", ClaimId.of("G7"));
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.<EntityId>of(WAR_1974), f.related());
  }

  @Test
  void theTrncAndTheFederatedStateHaveTheirExistencePeriods() {
    assertEquals(Optional.of(NOVEMBER_15_1983), Cyprus1974.model().party(TRNC).orElseThrow().proclaimed());
    assertEquals(Optional.of(NOVEMBER_15_1983), Cyprus1974.model().party(TFSC).orElseThrow().dissolved());
  }

  // ---------------------------------------------------------------- the consistency report

  @Test
  void theReportHasExactlyTheseFindings() {
    assertEquals(Map.of("ceasefire-violated", 2, "claim-contradicts-fact", 3, "contested-question", 3,
            "guarantor-or-peacekeeper-fights", 1, "signatory-not-party", 1, "time-order", 1),
        report.countsByRule(), report.toText());
  }

  @Test
  void times40PercentOfTheIslandContradictsTheRecorded37() {
    assertEquals(Optional.of(new TerritoryShare(ISLAND, Share.percent("37").withWording("37 per cent of Cyprus territory"))),
        Cyprus1974.model().territory(NORTH).orElseThrow().share(), "SRC30");
    Finding f = Findings.single(report, "claim-contradicts-fact", ClaimId.of("F1"));
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.of(NORTH), f.related(), report.toText());
    assertTrue(report.findings().stream().noneMatch(x -> x.rule().equals("part-exceeds-whole")), report.toText());
  }

  @Test
  void turkeyIsAGuarantorAndABelligerent() {
    // M2: the guarantor-belligerent the fact sheet asks the rule to see: the fact in Cyprus, an
    // INFO for readers, once per fighting party: Turkey fights as troop supporter of the Turkish
    // Cypriot side of the dispute (found first) and as a primary party of the 1974 war, one fight.
    List<Finding> fights = report.ofRule("guarantor-or-peacekeeper-fights").findings();
    assertEquals(Set.of(Severity.INFO), fights.stream().map(Finding::severity).collect(Collectors.toSet()));
    assertEquals(List.of(Optional.of(TURKEY_GUARANTOR)),
        fights.stream().map(Finding::focus).collect(Collectors.toList()));
    assertEquals(Set.of(DISPUTE), fights.stream().flatMap(f -> f.related().stream())
        .filter(e -> !e.equals(TURKEY)).collect(Collectors.toSet()));
    assertTrue(report.ofRule("mediator-belligerent").findings().isEmpty(), report.toText());
  }

  @Test
  void theGuarantorsGuaranteeTheTreatyOf1960BeforeTheFirstFighting() {
    assertEquals(Set.of(Optional.of(TREATY_OF_GUARANTEE)), Set.of(TURKEY_GUARANTOR, GREECE_GUARANTOR, UK_GUARANTOR)
        .stream().map(id -> Cyprus1974.model().mediator(id).orElseThrow().agreement()).collect(Collectors.toSet()));
    assertTrue(report.findings().stream().noneMatch(f -> f.focus().equals(Optional.of(TREATY_OF_GUARANTEE))
        || f.related().contains(TREATY_OF_GUARANTEE)), report.toText());
  }

  @Test
  void theTrncsClaimContradictsTheInternationallyRecognizedStatus() {
    Finding f = Findings.single(report, "claim-contradicts-fact", K3_TRNC_SOVEREIGN);
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void greeceSignedGenevaWithoutBeingABelligerent() {
    Finding f = Findings.single(report, "signatory-not-party", GENEVA_1974);
    assertEquals(Optional.of("signatories"), f.path());
    assertTrue(f.related().contains(GREECE), f.toString());
  }

  @Test
  void genevasHourMayPrecedeItsDayOfSignature() {
    Finding f = Findings.single(report, "time-order", GENEVA_1974);
    assertEquals(Certainty.POSSIBLY, f.certainty());
  }

  @Test
  void bothCeasefiresWereViolated() {
    Finding july = Findings.single(report, "ceasefire-violated", CEASEFIRE_JULY);
    assertEquals(Set.<EntityId>of(FIGHTING_RESUMES, ADVANCE), Set.copyOf(july.related()));
    Finding august = Findings.single(report, "ceasefire-violated", CEASEFIRE_AUGUST);
    assertEquals(List.<EntityId>of(S3_VIOLATIONS), august.related());
  }

  @Test
  void theAnnanPlanWasProposedAcceptedByOneSideRejectedByTheOtherAndNeverInForce() {
    Agreement plan = Cyprus1974.model().agreement(ANNAN_PLAN).orElseThrow();
    assertEquals(Optional.of(AgreementStage.NEVER_IN_FORCE), plan.stage());
    assertEquals(Optional.<EntityId>of(SECRETARY_GENERAL), plan.proposer());
    assertEquals(Optional.of(day(2004, 3, 31)), plan.proposed(), "the final text, SRC52");
    assertEquals(Set.of(), plan.signatories(), "never signed");
    CyprusStory a = CyprusStory.of(Cyprus1974.model());
    assertEquals(List.of("P1 REJECTS K10 DEFINITELY", "P6 ACCEPTS K10b DEFINITELY"),
        a.annanPlanResponses(CyprusStory.APRIL_25_2004).stream()
            .map(r -> r.party().value() + " " + r.response() + " " + r.claim().id().value() + " " + r.certainty())
            .collect(Collectors.toList()));
    assertEquals(List.of("P1 REJECTS K10 DEFINITELY"), a.annanPlanResponses(day(2004, 4, 20)).stream()
        .map(r -> r.party().value() + " " + r.response() + " " + r.claim().id().value() + " " + r.certainty())
        .collect(Collectors.toList()), "before the referendums, only Papadopoulos's call for a No");
    assertEquals(Certainty.NOT, a.annanPlanInForce(CyprusStory.APRIL_25_2004));
    assertEquals(Certainty.NOT, a.annanPlanInForce(day(2004, 4, 10)), "lapsed: never in force, not even before");
    assertTrue(report.findings().stream().noneMatch(f -> f.related().contains(ANNAN_PLAN)
        || f.focus().equals(Optional.of(ANNAN_PLAN))), report.toText());
  }

  @Test
  void thePrintedTextHasTheAccountTheReportAndTheAnswers() {
    String text = CyprusStory.text(Cyprus1974.model());
    assertTrue(text.contains("CONSISTENCY REPORT (standard rules)\n11 findings: 0 errors, 5 warnings, 6 info"), text);
    assertTrue(text.contains("Sovereign over northern Cyprus on 2000-01-01 according to Turkey [Party:P2]:"
        + " Turkish Republic of Northern Cyprus [Party:P6] (definitely)"), text);
    assertTrue(text.contains("The chain of 1974 accords: Ceasefire of 22 July 1974 [Ceasefire:S1], Geneva"
        + " Declaration of 30 July 1974 [Agreement:S2], De facto ceasefire of 16 August 1974 [Ceasefire:S3]"), text);
    assertTrue(text.contains("Annan Plan in force on 2004-04-25: not"), text);
  }

  @Test
  void aLateReportOfTheInvasionIsNoViolationOfTheLaterCeasefires() {
    Claim g6 = Cyprus1974.model().claim(G6_INVASION).orElseThrow();
    Attack invasion = (Attack) g6.propositions().get(0);
    assertEquals(EventKind.INVASION, invasion.kind());
    assertEquals(Optional.of(JULY_20), invasion.time(), "its own time, not the report's (2019)");
    assertTrue(report.ofRule("ceasefire-violated").findings().stream()
        .noneMatch(f -> f.related().contains(G6_INVASION)), report.toText());
    assertEquals(EventKind.LANDING, Cyprus1974.model().event(LANDING).orElseThrow().kind(), "E8 as fact");
  }

  @Test
  void theCoupTheTwoProclamationsAndTheTwoReferendumsAreTypedEvents() {
    assertEquals(EventKind.COUP, Cyprus1974.model().event(COUP).orElseThrow().kind());
    assertEquals(List.of(EventKind.PROCLAMATION, EventKind.PROCLAMATION), List.of(TFSC_PROCLAIMED, TRNC_PROCLAIMED)
        .stream().map(id -> Cyprus1974.model().event(id).orElseThrow().kind()).collect(Collectors.toList()));
    Event greek = Cyprus1974.model().event(REFERENDUM_GREEK_CYPRIOT).orElseThrow();
    assertEquals(List.of(Optional.of(Share.percent("75.83")), Optional.empty(), Optional.of(Share.percent("75.38")),
            Optional.of(Share.percent("76").withWording("76 percent"))),
        greek.results().stream().map(VoteResult::noShare).collect(Collectors.toList()),
        "one result per source: SRC36, SRC37 (votes only), SRC39, SRC40");
    assertEquals(313_704L, greek.results().get(1).noVotes().orElseThrow().best().getAsLong());
    Event turkish = Cyprus1974.model().event(REFERENDUM_TURKISH_CYPRIOT).orElseThrow();
    assertEquals(List.of(Optional.of(Share.percent("35.09")), Optional.of(Share.percent("35.01")), Optional.empty()),
        turkish.results().stream().map(VoteResult::noShare).collect(Collectors.toList()));
  }
}
