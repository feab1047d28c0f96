package dev.disputemodel.examples;

import static dev.disputemodel.examples.Essequibo.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.AccordId;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Estimate;
import dev.disputemodel.EntityId;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Share;
import dev.disputemodel.VoteResult;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Observer;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Recognition;
import dev.disputemodel.Ruling;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.Severity;
import dev.disputemodel.query.RulingAnswer;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Essequibo example (examples/facts/essequibo-facts.md): its answers and its consistency report. */
class EssequiboTest {
  private final EssequiboStory a = EssequiboStory.of(Essequibo.model());
  private final Report report = Facts.report(Essequibo.model());

  private static List<String> words(List<RulingAnswer> answers) {
    return answers.stream().map(r -> r.party().value() + " " + r.response() + " " + r.claim().id().value() + " "
        + r.certainty()).collect(Collectors.toList());
  }

  private static List<String> answers(List<Recognition> rs) {
    return rs.stream().map(r -> r.sovereign().map(PartyId::value).orElse("none") + " " + r.certainty())
        .collect(Collectors.toList());
  }

  @Test
  void whoAcceptsTheAwardIn1950IsContestedForVenezuela() {
    assertEquals(List.of("P2 ACCEPTS K3 DEFINITELY", "P1 ACCEPTS K1a DEFINITELY", "P1 REJECTS K1b DEFINITELY"),
        words(a.awardResponses(EssequiboStory.JANUARY_1950)),
        "Guyana says Venezuela adhered to it until 1962; Venezuela says it always protested");
  }

  @Test
  void in2000TheUkAndGuyanaAcceptTheAwardAndVenezuelaRejectsIt() {
    assertEquals(List.of("P2 ACCEPTS K3 DEFINITELY", "P1 REJECTS K1b DEFINITELY", "P1 REJECTS K2 DEFINITELY",
        "P4 ACCEPTS K10 DEFINITELY"), words(a.awardResponses(EssequiboStory.JANUARY_2000)));
  }

  @Test
  void guyanasClaimOf2023AboutVenezuelasAdherenceAnswersFor1950FromWhenItIsKnown() {
    Claim k1a = Essequibo.model().claim(K1A_ACCEPTED).orElseThrow();
    assertEquals(Optional.of(FuzzyPeriod.since(Facts.day(2023, 10, 3))), Essequibo.model().heldPeriod(k1a),
        "Guyana holds it from 2023");
    assertEquals(List.of("P2 ACCEPTS K3 POSSIBLY", "P1 REJECTS K1b DEFINITELY"),
        words(a.awardResponses(EssequiboStory.JANUARY_1950, EssequiboStory.JANUARY_2021)),
        "as known in 2021 Guyana had not yet said it");
    assertEquals(List.of("P2 ACCEPTS K3 POSSIBLY", "P1 ACCEPTS K1a DEFINITELY", "P1 REJECTS K1b DEFINITELY"),
        words(a.awardResponses(EssequiboStory.JANUARY_1950, Facts.day(2024, 1, 1))),
        "the Guyana Times background (K3) has no date");
  }

  @Test
  void asKnownIn2021OnlyWhatWasPublishedByThenCounts() {
    assertEquals(List.of("P2 ACCEPTS K3 POSSIBLY", "P1 REJECTS K1b DEFINITELY", "P1 REJECTS K2 POSSIBLY"),
        words(a.awardResponses(EssequiboStory.JANUARY_2000, EssequiboStory.JANUARY_2021)),
        "Guyana's statements of 2023 are not yet made; the Guyana Times background has no date");
  }

  @Test
  void theRulingsAboutEssequiboAreTheAwardAndTheTwoOrders() {
    assertEquals(List.of(AWARD_1899, ORDER_2023, ORDER_2025),
        a.rulingsAboutEssequibo().stream().map(Ruling::id).collect(Collectors.toList()),
        "the judgments on jurisdiction and admissibility decide no territory");
  }

  @Test
  void sovereigntyAccordingToEachSide() {
    assertEquals(List.of("P1 DEFINITELY"), answers(a.sovereign(Observer.party(VENEZUELA), EssequiboStory.JANUARY_2021)));
    assertEquals(List.of("P4 POSSIBLY"), answers(a.sovereign(Observer.internationalCommunity(), EssequiboStory.JANUARY_2021)),
        "internationally recognized as Guyana's, with no period stated");
  }

  @Test
  void theGenevaAgreementIsContinuedByPortOfSpainAndArgyle() {
    assertEquals(List.<AccordId>of(GENEVA_AGREEMENT, PORT_OF_SPAIN, ARGYLE_DECLARATION), a.genevaChain().ids());
  }

  @Test
  void theReportHasExactlyTheseFindings() {
    // role-outside-existence (standard since issue 11): the 1899 tribunal existed "1897..1899"
    // (years only), so its award of 3 October 1899 and its role "may" fall after its dissolution:
    // two POSSIBLY warnings that a day-precise dissolution date would remove; no source gives one
    // claim-contradicts-fact: 2 since the Port of Spain Protocol's "never enforced" (K17) is typed;
    // contested-question: 3 since the Stabroek Block's two areas (F1, F2) are typed
    // and contested-question: the ICJ's two votes and the maritime zone's sovereign rights against
    // sovereignty (K12, K6) since characterizations and figures are typed
    assertEquals(Map.of("claim-contradicts-fact", 2, "contested-question", 6, "signatory-not-party", 1,
        "role-outside-existence", 2), report.countsByRule(), report.toText());
  }

  /** The 2020 judgment's vote: 12–4 by Guyana's counsel, 14–2 by International Legal Materials. */
  @Test
  void theVoteOnJurisdictionIsContestedForAndAgainst() {
    List<String> questions = report.ofRule("contested-question").findings().stream()
        .filter(f -> f.focus().equals(Optional.of(JUDGMENT_2020))).map(f -> f.value().orElseThrow()).sorted()
        .collect(Collectors.toList());
    assertEquals(List.of("FACT_FIGURE[Ruling:J3]/VOTES_AGAINST", "FACT_FIGURE[Ruling:J3]/VOTES_FOR"), questions);
  }

  /** Guyana's exclusive economic zone (sovereign rights, K12) against Venezuela's claimed sovereignty (K6). */
  @Test
  void theMaritimeZoneIsContestedBetweenSovereignRightsAndSovereignty() {
    Finding f = Findings.single(report, "contested-question", MARITIME_ZONE);
    assertEquals(Set.<EntityId>of(ClaimId.of("K12"), ClaimId.of("K6")), Set.copyOf(f.related()));
    assertEquals(Sovereignty.rightsOnly(MARITIME_ZONE, GUYANA),
        Essequibo.model().claim(ClaimId.of("K12")).orElseThrow().propositions().get(0));
  }

  @Test
  void guyanaSucceedsBritishGuianaOnIndependenceDay() {
    assertEquals(List.of(BRITISH_GUIANA, GUYANA), Essequibo.model().lineage(GUYANA));
    assertEquals(Optional.of(INDEPENDENCE), Essequibo.model().party(GUYANA).orElseThrow().succeeds().get(0).date());
  }

  @Test
  void theReferendumOf2023AndTheVoteOf2025AreTypedEventsWithTheirSourcesFigures() {
    Event referendum = Essequibo.model().event(REFERENDUM_2023).orElseThrow();
    assertEquals(EventKind.REFERENDUM, referendum.kind());
    assertEquals(List.of(Optional.of(Share.percent("97.83")), Optional.of(Share.percent("97.99"))),
        referendum.results().stream().map(VoteResult::yesShare).collect(Collectors.toList()),
        "preliminary (SRC11) and final (SRC12)");
    assertEquals(209_600L, referendum.results().get(1).noVotes().orElseThrow().best().getAsLong());
    Event election = Essequibo.model().event(ELECTION_2025).orElseThrow();
    assertEquals(EventKind.ELECTION, election.kind());
    assertEquals(Set.of(VILLAMIZAR), election.results().get(0).winners());
    assertEquals(Optional.of(Share.percent("32").withWording("about 32 percent")), election.results().get(0).turnout());
  }

  @Test
  void theStabroekBlocksAreaIsContestedAndEssequibosAndAnkokosAreRecorded() {
    assertEquals(Optional.of(Estimate.exact(160_000).withWording("160,000 square kilometers")),
        Essequibo.model().territory(ESSEQUIBO).orElseThrow().area(), "SRC28");
    assertEquals(Optional.of(Estimate.exact(7).withWording("7-km²")),
        Essequibo.model().territory(ANKOKO).orElseThrow().area(), "SRC40");
    Finding f = Findings.single(report, "contested-question", STABROEK);
    assertEquals(List.of(ClaimId.of("F1"), ClaimId.of("F2")), f.related(), "26,800 [SRC48] against 23,000 [SRC45]");
  }

  @Test
  void thePortOfSpainProtocolNeverInForceContradictsItsRegistration() {
    Finding f = Findings.single(report, "claim-contradicts-fact", K17_NEVER_IN_FORCE);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.<EntityId>of(PORT_OF_SPAIN), f.related());
    assertTrue(f.message().contains("the model records ENDED"), f.message());
    EssequiboStory a = EssequiboStory.of(Essequibo.model());
    assertEquals(Certainty.POSSIBLY, a.portOfSpainInForce(EssequiboStory.JANUARY_1975),
        "in force by its UN registration, never by Wikipedia");
    assertEquals(Certainty.NOT, a.portOfSpainInForce(EssequiboStory.JANUARY_2000), "ended in 1982 either way");
  }

  @Test
  void venezuelasPastResponseToTheAwardIsContested() {
    Finding f = Findings.single(report, "contested-question", K1A_ACCEPTED);
    assertEquals(Set.<EntityId>of(K1A_ACCEPTED, K1B_PROTESTED, K2_NULL_AND_VOID), Set.copyOf(f.related()));
  }

  @Test
  void britishGuianaSignedGenevaWithoutBeingASide() {
    Finding f = Findings.single(report, "signatory-not-party", GENEVA_AGREEMENT);
    assertTrue(f.related().contains(BRITISH_GUIANA), f.toString());
  }

  @Test
  void thePrintedTextHasTheAnswers() {
    String text = EssequiboStory.text(Essequibo.model());
    assertTrue(text.contains("  [Claim:K1a] Guyana [Party:P4], made 2023-10-03,"), text);
    assertTrue(text.contains("      about: from 1899-10-03 to 1962-02\n"), text);
    assertTrue(text.contains("asserts: the area of Stabroek Block [Territory:T6s] was 26800 km²"), text);
    assertTrue(text.contains("11 findings: 0 errors, 5 warnings, 6 info"), text);
    assertTrue(text.contains("Port of Spain Protocol in force on 1 January 1975: possibly"), text);
    assertTrue(text.contains("asserts: Guyana [Party:P4] holds sovereign rights (not sovereignty) over Maritime zone"
        + " off Essequibo [Territory:T6]"), text);
    assertTrue(text.contains("result: yes 97.83% (source: Venezuelans in Near Consensus on Essequibo Referendum"
        + " (teleSUR) [Source:SRC11])"), text);
    assertTrue(text.contains("result: turnout \"about 32 percent\" (32%), won by Neil Villamizar [Party:P14a]"), text);
    assertTrue(text.contains("Rulings about Essequibo: Arbitral Award of 3 October 1899 [Ruling:J1]"), text);
  }

  @Test
  void theArgyleDeclarationHasThreeFacilitatorsTwoObserversAndSixWitnesses() {
    List<Mediator> argyle = a.argyleThirdParties();
    assertEquals(List.of("P11a FACILITATOR", "P11b FACILITATOR", "P11c FACILITATOR", "P11d OBSERVER",
        "P11e OBSERVER", "P11f WITNESS", "P11g WITNESS", "P11h WITNESS", "P11i WITNESS", "P11j WITNESS",
        "P11k WITNESS"), argyle.stream().map(m -> m.party().value() + " " + m.role()).collect(Collectors.toList()),
        "SRC16: principal interlocutors, observers for the Secretary-General, the CARICOM prime ministers also present");
    assertTrue(argyle.stream().allMatch(m -> m.agreement().equals(Optional.of(ARGYLE_DECLARATION))));
    Party rattray = Essequibo.model().party(PartyId.of("P11d")).orElseThrow();
    assertEquals(Optional.of(SECRETARY_GENERAL), rattray.actsFor());
    assertEquals(List.of(), EssequiboStory.of(Essequibo.model()).argyleThirdParties().stream()
        .filter(m -> m.role() == MediatorRole.GUARANTOR).collect(Collectors.toList()), "no guarantor is named");
  }

  @Test
  void theMixedCommissionIsACommissionThatExistedFrom1966To1970() {
    Party commission = Essequibo.model().party(MIXED_COMMISSION).orElseThrow();
    assertEquals(PartyKind.COMMISSION, commission.kind());
    assertEquals(Optional.of(Facts.day(1970, 6, 18)), commission.dissolved(), "its final report, SRC32");
  }
}
