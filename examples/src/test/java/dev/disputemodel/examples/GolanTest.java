package dev.disputemodel.examples;

import static dev.disputemodel.examples.GolanHeights.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.AccordId;
import dev.disputemodel.BindingForce;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ControlKind;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Observer;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Recognition;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.CeasefireStanding;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.ContestedCeasefires;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Golan Heights example (examples/facts/golan-facts.md): its answers and its consistency report. */
class GolanTest {
  private final GolanStory a = GolanStory.of(GolanHeights.model());
  private final Report report = Facts.report(GolanHeights.model());

  private static List<String> answers(List<Recognition> rs) {
    return rs.stream().map(r -> r.sovereign().map(PartyId::value).orElse("none") + " " + r.certainty()
        + (r.named() ? "" : " presumed")).collect(Collectors.toList());
  }

  @Test
  void israelControlsWhileSovereigntyDependsOnWhoIsAsked() {
    assertEquals(List.of(ISRAEL), a.control(GolanStory.JANUARY_2020).stream().map(c -> c.controller()).collect(Collectors.toList()));
    assertEquals(ControlKind.OCCUPIES, a.control(GolanStory.JANUARY_2020).get(0).kind());
    assertEquals(List.of("P1 DEFINITELY"), answers(a.sovereign(Observer.party(UNITED_STATES), GolanStory.JANUARY_2020)),
        "G1, since 25 March 2019");
    assertEquals(List.of("P2 POSSIBLY presumed"), answers(a.sovereign(Observer.party(UNITED_STATES), GolanStory.JANUARY_1980)),
        "before 2019 the United States is only presumed among the international community");
    assertEquals(List.of("P2 DEFINITELY"), answers(a.sovereign(Observer.internationalCommunity(), GolanStory.JANUARY_2020)));
  }

  @Test
  void sovereigntyAndControlDifferUntilTheUsRecognition() {
    List<Divergence> in1980 = a.divergences(GolanStory.JANUARY_1980);
    assertEquals(List.of(ISRAELI_HELD), in1980.stream().map(Divergence::territory).collect(Collectors.toList()));
    assertEquals(Set.of(SYRIA), in1980.get(0).sovereigns());
    assertEquals(Set.of(ISRAEL), in1980.get(0).controllers());
    assertEquals(List.of(), a.divergences(GolanStory.JANUARY_2020),
        "once one state recognizes the controller, the controller is among the recognized sovereigns");
  }

  @Test
  void theCeasefireOf1974IsDeclaredOverByIsraelUpheldByTheUnitedStatesAndInForceForTheCouncil() {
    assertEquals(List.of(), a.ceasefiresInEffect(GolanStory.DECEMBER_15_2024),
        "Israel declares it over (K7): contested, so never definitely in effect");
    assertTrue(a.ceasefiresPossiblyInEffect(GolanStory.DECEMBER_15_2024).stream()
        .map(Ceasefire::id).anyMatch(CEASEFIRE_1974::equals), "on record: no end stated");
    assertTrue(a.standing1974(GolanStory.DECEMBER_15_2024).isContested());
    CeasefireAccount s2a = a.ceasefire1974();
    assertEquals(Set.of(UNITED_STATES), s2a.upheldBy(), "the Council's 'fully comply' (K10) is in force, not holding");
    assertEquals(Set.of(ISRAEL, SECRETARY_GENERAL, SECURITY_COUNCIL), s2a.disputedBy(),
        "UNDOF speaks for the Council (K8b): violated");
  }

  @Test
  void theDisengagementAgreementFollowsTheCeasefireOfResolution338() {
    assertEquals(List.<AccordId>of(CEASEFIRE_1973, DISENGAGEMENT), a.chain().ids());
  }

  @Test
  void theUnitedStatesPositionIsReplacedIn2019() {
    assertEquals(List.of(K3A_NIXON), a.usPosition(GolanStory.JANUARY_1980).stream().map(Claim::id).collect(Collectors.toList()));
    assertEquals(List.of(K3C_PROCLAMATION), a.usPosition(GolanStory.JANUARY_2020).stream().map(Claim::id)
        .collect(Collectors.toList()), "K3c replaces K3a");
  }

  @Test
  void theReportHasExactlyTheseFindings() {
    assertEquals(Map.of("ceasefire-violated", 1, "claim-contradicts-fact", 2, "contested-question", 3),
        report.countsByRule(), report.toText());
  }

  /** The New York Times calls the Golan Heights Law an annexation, TIME denies it was an outright one. */
  @Test
  void whetherTheGolanHeightsLawWasAnAnnexationIsContested() {
    Finding f = Findings.single(report, "contested-question", GOLAN_LAW_PASSED);
    assertEquals(Set.<EntityId>of(ClaimId.of("K1b"), ClaimId.of("K1c")), Set.copyOf(f.related()));
    assertEquals(BindingForce.UNSTATED, GolanHeights.model().ruling(RESOLUTION_497).orElseThrow().bindingForce(),
        "no source reached states whether resolution 497 binds");
  }

  @Test
  void theCeasefireStateIsContestedWithEveryVersion() {
    Finding f = Findings.single(report, "contested-question", CEASEFIRE_1974);
    assertEquals(Set.<EntityId>of(K7_COLLAPSED, K8_UN_VIOLATION, K8B_UNDOF, K9_US_UPHOLD, K10_COUNCIL, K11_SYRIA_2013),
        Set.copyOf(f.related()));
  }

  @Test
  void theCouncilViaUndofSaysViolatedAndInForceWithoutContradictingItself() {
    // UNDOF, acting for the Council, says "violation" (K8b); the Council that both sides must
    // "fully comply" (K10, IN_FORCE): a ceasefire can be violated and remain in force.
    assertTrue(report.ofRule("self-contradiction").findings().isEmpty(), report.toText());
    assertEquals(CeasefireState.IN_FORCE, ((CeasefireStatus) GolanHeights.model().claim(K10_COUNCIL).orElseThrow()
        .propositions().get(0)).state());
  }

  @Test
  void theClaimsThatNameTheDisengagementAgreementNameOneThatContainsTheCeasefire() {
    assertEquals(Optional.of(DISENGAGEMENT), ((CeasefireStatus) GolanHeights.model().claim(K7_COLLAPSED)
        .orElseThrow().propositions().get(0)).agreement(), "\"a 50-year-old 'disengagement agreement' ... had collapsed\"");
    assertTrue(report.ofRule("ceasefire-not-in-agreement").findings().isEmpty(), report.toText());
  }

  @Test
  void israelsClaimsContradictTheInternationallyRecognizedStatus() {
    assertEquals(Set.of(K1_GOLAN_LAW, K3C_PROCLAMATION), report.ofRule("claim-contradicts-fact").findings().stream()
        .map(f -> f.focus().orElseThrow()).collect(Collectors.toSet()));
  }

  @Test
  void thePrintedTextHasTheAnswers() {
    String text = GolanStory.text(GolanHeights.model());
    assertTrue(text.contains("6 findings: 0 errors, 2 warnings, 4 info"), text);
    assertTrue(text.contains("The United States' position on 2020-01-01: Claim:K3c Israel [Party:P1] is sovereign"
        + " over Israeli-held Golan [Territory:T2]"), text);
  }

  @Test
  void theAgreementSignedSevenMonthsAfterThe1973WarIsNoFindingOfItsPeriod() {
    Event signing = GolanHeights.model().event(SIGNING_1974).orElseThrow();
    assertEquals(EventKind.AGREEMENT, signing.kind());
    assertEquals(WAR_1973, signing.conflict());
    assertTrue(report.ofRule("outside-conflict-period").findings().isEmpty(), report.toText());
  }

  @Test
  void undofIsAnObserverMissionWithAForceSize() {
    assertEquals(PartyKind.OBSERVER_MISSION, GolanHeights.model().party(UNDOF).orElseThrow().kind());
    Mediator undof = GolanHeights.model().mediator(UNDOF_ROLE).orElseThrow();
    assertEquals(MediatorRole.OBSERVER, undof.role());
    assertEquals(OptionalLong.of(1166), undof.latestForceSize().orElseThrow().low(), "SRC12, 29 July 2013");
    assertEquals(5, undof.strengths().size(), "1974, 1985, 1992, 1999, 2013");
    assertEquals(OptionalLong.of(1331), a.undofStrengthOn(Facts.day(1990, 1, 1)).orElseThrow().size().low(), "SRC09, 13 November 1985");
    assertEquals(OptionalLong.of(1218), a.undofStrengthOn(GolanStory.JANUARY_1980).orElseThrow().size().low(),
        "SRC07, 16 June 1974");
  }

  @Test
  void onDecember15Of2024TheCeasefireIsOverOnlyInIsraelsAccount() {
    ModelQueries q = ModelQueries.over(GolanHeights.model());
    FuzzyTime dec15 = GolanStory.DECEMBER_15_2024;
    CeasefireStanding s = q.ceasefireStanding(CEASEFIRE_1974, When.possiblyOn(dec15));
    assertEquals(CeasefireStanding.State.CONTESTED, s.state());
    assertEquals(Certainty.DEFINITELY, s.certainty());
    assertEquals(Set.<EntityId>of(ISRAEL), Set.copyOf(s.saysOver()));
    assertEquals(Set.<EntityId>of(SECRETARY_GENERAL, SECURITY_COUNCIL, UNITED_STATES), Set.copyOf(s.saysInEffect()));
    assertEquals(Certainty.NOT, s.accordingTo(ISRAEL));
    assertEquals(List.of(CEASEFIRE_1973, CEASEFIRE_1974), q.ceasefiresInEffect(When.possiblyOn(dec15)).stream()
        .map(Ceasefire::id).collect(Collectors.toList()));
    assertEquals(List.of(CEASEFIRE_1973), q.ceasefiresInEffect(When.possiblyOn(dec15), ContestedCeasefires.EXCLUDE)
        .stream().map(Ceasefire::id).collect(Collectors.toList()));
  }
}
