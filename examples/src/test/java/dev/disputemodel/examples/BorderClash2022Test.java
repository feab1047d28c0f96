package dev.disputemodel.examples;

import static dev.disputemodel.examples.BorderClash2022.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference model holds every item of {@code border-clash-2022-facts.md}: one test per item,
 * named by the item's id, each asserting the item through the public API.
 */
class BorderClash2022Test {
  private static final DisputeModel MODEL = BorderClash2022.model();
  private static final FuzzyTime MONDAY_NIGHT_2022 =
      FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT);
  private static final FuzzyTime TUESDAY_MORNING_2022 =
      FuzzyTime.on(LocalDate.of(2022, 9, 13), PartOfDay.MORNING);

  // ---------------------------------------------------------------- helpers

  private static Party party(String id) {
    return MODEL.party(PartyId.of(id)).orElseThrow(() -> new AssertionError("no party " + id));
  }

  private static PartyRelation relation(String id) {
    return MODEL.relation(RelationId.of(id)).orElseThrow(() -> new AssertionError("no relation " + id));
  }

  private static Territory territory(String id) {
    return MODEL.territory(TerritoryId.of(id)).orElseThrow(() -> new AssertionError("no territory " + id));
  }

  private static Conflict conflict(dev.disputemodel.ConflictId id) {
    return MODEL.conflict(id).orElseThrow(() -> new AssertionError("no conflict " + id));
  }

  private static Event event(dev.disputemodel.EventId id) {
    return MODEL.event(id).orElseThrow(() -> new AssertionError("no event " + id));
  }

  private static Ceasefire ceasefire(dev.disputemodel.CeasefireId id) {
    return MODEL.ceasefire(id).orElseThrow(() -> new AssertionError("no ceasefire " + id));
  }

  private static Mediator mediator(dev.disputemodel.MediatorId id) {
    return MODEL.mediator(id).orElseThrow(() -> new AssertionError("no mediator " + id));
  }

  private static Claim claim(ClaimId id) {
    return MODEL.claim(id).orElseThrow(() -> new AssertionError("no claim " + id));
  }

  private static void assertClaim(
      String item, ClaimId id, Optional<PartyId> claimant, List<Proposition> propositions) {
    Claim k = claim(id);
    assertEquals(id.value(), item, "the claim carries the facts list's id");
    assertEquals(claimant, k.claimant(), item + " claimant");
    assertEquals(ARTICLE, k.source(), item + " is reported in the article");
    assertEquals(propositions, k.propositions(), item + " propositions");
    // Made no later than the article, and (except the article's own voice) possibly before it.
    assertFalse(k.madeAt().isAfter(PUBLISHED).isDefinite(), item + " made no later than the article");
  }

  private static void assertPerson(String item, PartyId id, String name, String office, PartyId forParty) {
    Party p = party(item);
    assertEquals(id, p.id(), item);
    assertEquals(name, p.name(), item + " name");
    assertEquals(PartyKind.PERSON, p.kind(), item + " kind");
    assertEquals(Optional.of(office), p.office(), item + " office");
    assertEquals(Optional.of(forParty), p.actsFor(), item + " acts for");
  }

  private static void assertState(String item, PartyId id, String name) {
    Party p = party(item);
    assertEquals(id, p.id(), item);
    assertEquals(name, p.name(), item + " name");
    assertEquals(PartyKind.STATE, p.kind(), item + " kind");
    assertEquals(Optional.empty(), p.actsFor(), item + " acts for nobody");
  }

  // ---------------------------------------------------------------- the model as a whole

  @Test
  @DisplayName("the article is a news report whose publication is not before Tuesday 13 September 2022")
  void article() {
    var source = MODEL.source(ARTICLE).orElseThrow();
    assertEquals(SourceKind.NEWS_REPORT, source.kind());
    FuzzyTime published = source.published().orElseThrow();
    assertEquals(Certainty.NOT, published.isBefore(LocalDateTime.of(2022, 9, 13, 6, 0)));
    assertEquals(Certainty.DEFINITELY, published.isAfter(MONDAY_NIGHT_2022));
  }

  @Test
  @DisplayName("every claim is made no earlier than the start of what it reports")
  void claimTimes() {
    for (Claim k : MODEL.claims()) {
      assertFalse(
          k.madeAt().earliest().isBefore(MONDAY_NIGHT_2022.earliest()),
          k.id() + " may be made before the clashes began: " + k.madeAt());
    }
    for (ClaimId afterCeasefire :
        List.of(K3_RUSSIA_BROKERED_CEASEFIRE, K4_FIGHTING_DIED_DOWN, K7_ATTACKS_CONTINUE)) {
      assertFalse(
          claim(afterCeasefire).madeAt().earliest().isBefore(TUESDAY_MORNING_2022.earliest()),
          afterCeasefire + " reports the ceasefire and is made no earlier than it");
    }
  }

  // ---------------------------------------------------------------- parties

  @Test
  @DisplayName("P1 Armenia, a state")
  void p1() {
    assertState("P1", ARMENIA, "Armenia");
  }

  @Test
  @DisplayName("P2 Azerbaijan, a state")
  void p2() {
    assertState("P2", AZERBAIJAN, "Azerbaijan");
  }

  @Test
  @DisplayName("P3 Azerbaijan's Ministry of Defense, a government body of P2")
  void p3() {
    Party p = party("P3");
    assertEquals(AZERBAIJAN_MOD, p.id());
    assertEquals(PartyKind.GOVERNMENT_BODY, p.kind(), "P3 kind");
    assertEquals(Optional.of(AZERBAIJAN), p.actsFor(), "P3 acts for P2");
    assertTrue(p.name().contains("Ministry of Defense"), "P3 name: " + p.name());
  }

  @Test
  @DisplayName("P4 Nikol Pashinyan, Prime Minister of Armenia, speaking for P1")
  void p4() {
    assertPerson("P4", PASHINYAN, "Nikol Pashinyan", "Prime Minister", ARMENIA);
  }

  @Test
  @DisplayName("P5 Russia, a state (also \"Moscow\")")
  void p5() {
    assertState("P5", RUSSIA, "Russia");
    assertTrue(party("P5").aliases().contains("Moscow"), "P5 alias Moscow");
  }

  @Test
  @DisplayName("P6 the Russian peacekeeping force, a peacekeeping mission of P5")
  void p6() {
    Party p = party("P6");
    assertEquals(PEACEKEEPERS, p.id());
    assertEquals(PartyKind.PEACEKEEPING_MISSION, p.kind(), "P6 kind");
    assertEquals(Optional.of(RUSSIA), p.actsFor(), "P6 acts for P5");
  }

  @Test
  @DisplayName("P7 Turkey, a state")
  void p7() {
    assertState("P7", TURKEY, "Turkey");
  }

  @Test
  @DisplayName("P8 Mevlut Cavusoglu, Turkey's foreign minister, speaking for P7")
  void p8() {
    assertPerson("P8", CAVUSOGLU, "Mevlut Cavusoglu", "Foreign Minister", TURKEY);
  }

  @Test
  @DisplayName("P9 the United States, a state")
  void p9() {
    assertState("P9", UNITED_STATES, "United States");
  }

  @Test
  @DisplayName("P10 Antony Blinken, US Secretary of State, speaking for P9")
  void p10() {
    assertPerson("P10", BLINKEN, "Antony Blinken", "Secretary of State", UNITED_STATES);
  }

  // ---------------------------------------------------------------- relations and attributes

  @Test
  @DisplayName("R1 P5 is an ally of P1")
  void r1() {
    PartyRelation r = relation("R1");
    assertEquals(List.of(RUSSIA, RelationKind.ALLY_OF, ARMENIA), List.of(r.from(), r.kind(), r.to()), "R1");
    assertEquals(ARTICLE, r.source(), "R1 source");
    assertEquals(Optional.empty(), r.hedge(), "R1 is not hedged");
  }

  @Test
  @DisplayName("R2 P7 has ties to P2")
  void r2() {
    PartyRelation r = relation("R2");
    assertEquals(
        List.of(TURKEY, RelationKind.HAS_TIES_TO, AZERBAIJAN), List.of(r.from(), r.kind(), r.to()), "R2");
    assertEquals(ARTICLE, r.source(), "R2 source");
  }

  @Test
  @DisplayName("R3 P7 has \"apparently\" backed P2's version of events (K6)")
  void r3() {
    Claim k = claim(R3_TURKEY_BACKS_ACCOUNT);
    assertEquals(Optional.empty(), k.claimant(), "R3 is the article's own claim");
    assertEquals(Optional.of("apparently"), k.hedge(), "R3 hedge");
    assertEquals(List.of(new BacksAccount(TURKEY, K6_POSITIONS_HIT_FIRST)), k.propositions(), "R3");
    // The backed account is Azerbaijan's (K6 has claimant P2).
    assertEquals(Optional.of(AZERBAIJAN), claim(K6_POSITIONS_HIT_FIRST).claimant(), "R3 backs P2's account");
    PartyRelation r = relation("R3");
    assertEquals(
        List.of(TURKEY, RelationKind.BACKS, AZERBAIJAN), List.of(r.from(), r.kind(), r.to()), "R3 relation");
    assertEquals(Optional.of("apparently"), r.hedge(), "R3 relation hedge");
  }

  @Test
  @DisplayName("R4 P1 has a Christian majority; P2 has a Muslim majority")
  void r4() {
    assertEquals(Optional.of("Christian"), party("P1").majorityReligion(), "R4 Armenia");
    assertEquals(Optional.of("Muslim"), party("P2").majorityReligion(), "R4 Azerbaijan");
  }

  // ---------------------------------------------------------------- territories

  @Test
  @DisplayName("T1 Nagorno-Karabakh: de jure within P2, inhabited by Armenians")
  void t1() {
    Territory t = territory("T1");
    assertEquals(NAGORNO_KARABAKH, t.id());
    assertEquals("Nagorno-Karabakh", t.name());
    assertEquals(TerritoryKind.REGION, t.kind(), "T1 kind");
    SovereigntyStatus s = t.sovereignty().get(0);
    assertEquals(1, t.sovereignty().size(), "T1 has one sovereignty status");
    assertEquals(AZERBAIJAN, s.sovereign(), "T1 sovereign");
    assertTrue(s.internationallyRecognized(), "T1 per recognized international borders");
    PopulationStatus p = t.population().get(0);
    assertEquals("Armenians", p.group(), "T1 inhabitants");
    assertEquals(Optional.of(ARMENIA), p.kinState(), "T1 inhabitants' kin state");
  }

  @Test
  @DisplayName("T2 the occupied areas around T1: held by P1 until the 2020 deal, then left")
  void t2() {
    Territory t = territory("T2");
    assertEquals(TerritoryKind.SURROUNDING_AREA, t.kind(), "T2 kind");
    assertEquals(Set.of(NAGORNO_KARABAKH), t.adjacentTo(), "T2 around T1");
    ControlStatus c = t.control().get(0);
    assertEquals(ARMENIA, c.controller(), "T2 controller");
    assertEquals(ControlKind.OCCUPIES, c.kind(), "T2 occupied");
    FuzzyPeriod held = c.period().orElseThrow();
    assertEquals(Optional.of(WAR_2020_END), held.end(), "T2 held until the deal");
    assertEquals(
        Certainty.NOT,
        held.covers(LocalDateTime.of(2021, 1, 1, 0, 0)),
        "T2 no longer held after the deal");
    Event withdrawal = event(WITHDRAWAL_2020);
    assertEquals(EventKind.WITHDRAWAL, withdrawal.kind(), "T2 withdrawal");
    assertEquals(Set.of(SURROUNDING_AREAS), withdrawal.places(), "T2 withdrawal place");
    assertEquals(Set.of(ARMENIA), withdrawal.participants(), "T2 withdrawn by P1");
  }

  @Test
  @DisplayName("T3 several Armenian border towns, within P1, which P1 says were bombed")
  void t3() {
    Territory t = territory("T3");
    assertEquals(TerritoryKind.SETTLEMENTS, t.kind(), "T3 kind");
    assertEquals(ARMENIA, t.sovereignty().get(0).sovereign(), "T3 within Armenia");
    assertEquals(Set.of(BORDER), t.adjacentTo(), "T3 on the border");
    assertTrue(
        claim(K5_TOWNS_BOMBED).propositions().stream()
            .anyMatch(p -> p instanceof Attack a && a.place().equals(Optional.of(BORDER_TOWNS))
                && a.kind() == EventKind.BOMBING),
        "T3 bombing is P1's claim K5");
    assertTrue(
        MODEL.events().stream().noneMatch(e -> e.places().contains(BORDER_TOWNS)),
        "T3 bombing is not recorded as fact");
  }

  @Test
  @DisplayName("T4 the border between P1 and P2, where the 2022 clashes took place")
  void t4() {
    Territory t = territory("T4");
    assertEquals(TerritoryKind.BORDER_ZONE, t.kind(), "T4 kind");
    Event clash = event(CLASH_2022);
    assertEquals(Set.of(BORDER), clash.places(), "T4 place of the clashes");
    assertEquals(CLASHES_2022, clash.conflict(), "T4 clashes are C4");
  }

  // ---------------------------------------------------------------- conflicts and events

  @Test
  @DisplayName("C1 the dispute over T1 between P1 and P2, incompatibility territory")
  void c1() {
    Conflict c = conflict(DISPUTE);
    assertEquals("C1", c.id().value());
    assertEquals(Optional.empty(), c.parent(), "C1 is the whole dispute");
    assertEquals(Optional.of(Incompatibility.TERRITORY), c.incompatibility(), "C1 incompatibility");
    assertEquals(Set.of(NAGORNO_KARABAKH), c.territoriesAtStake(), "C1 at stake");
    assertEquals(List.of(ARMENIA, AZERBAIJAN), c.parties(), "C1 parties");
    FuzzyPeriod p = c.period().orElseThrow();
    assertTrue(p.isOngoing(), "C1 still going on in 2022");
    assertEquals(Optional.of(FuzzyTime.inDecade(Year.of(1980))), p.start(), "C1 since the 1980s");
    List<Conflict> episodes = MODEL.conflicts().stream()
        .filter(e -> e.parent().equals(Optional.of(DISPUTE))).collect(Collectors.toList());
    assertEquals(
        List.of(WARS_1980S_1990S, WAR_2020, CLASHES_2022),
        episodes.stream().map(Conflict::id).collect(Collectors.toList()),
        "C1 episodes");
  }

  @Test
  @DisplayName("C2 two full-scale wars in the 1980s and 1990s")
  void c2() {
    Conflict c = conflict(WARS_1980S_1990S);
    assertEquals(Optional.of(DISPUTE), c.parent(), "C2 is an episode of C1");
    FuzzyPeriod p = c.period().orElseThrow();
    assertEquals(Optional.of(FuzzyTime.inDecade(Year.of(1980))), p.start(), "C2 from the 1980s");
    assertEquals(Optional.of(FuzzyTime.inDecade(Year.of(1990))), p.end(), "C2 to the 1990s");
  }

  @Test
  @DisplayName("C3 the six-week war of 2020, thousands killed")
  void c3() {
    Conflict c = conflict(WAR_2020);
    assertEquals(Optional.of(DISPUTE), c.parent(), "C3 is an episode of C1");
    FuzzyPeriod p = c.period().orElseThrow();
    assertEquals(Optional.of(FuzzyTime.onDay(LocalDate.of(2020, 9, 27))), p.start(), "C3 start");
    assertEquals(Optional.of(FuzzyTime.onDay(LocalDate.of(2020, 11, 10))), p.end(), "C3 end");
    assertEquals(Optional.of(Intensity.WAR), c.intensity(), "C3 intensity");
    assertEquals(Optional.of(Outcome.CEASEFIRE), c.outcome(), "C3 ended by the deal");
    assertClaim("C3", C3_WAR_DEAD, Optional.empty(), List.of(
        Casualties.total(WAR_2020, CasualtyKind.KILLED, Estimate.atLeast(2000).withWording("thousands"))));
  }

  @Test
  @DisplayName("C4 the 2022 border clashes: overnight on Monday, dozens killed, the worst since C3")
  void c4() {
    Conflict c = conflict(CLASHES_2022);
    assertEquals(Optional.of(DISPUTE), c.parent(), "C4 is an episode of C1");
    assertEquals(Optional.of(MONDAY_NIGHT_2022), c.period().orElseThrow().start(), "C4 start");
    assertEquals(
        Certainty.DEFINITELY,
        c.period().orElseThrow().start().orElseThrow().isAfter(conflict(WAR_2020).period().orElseThrow().end().orElseThrow()),
        "C4 after C3");
    Event clash = event(CLASH_2022);
    assertEquals(EventKind.CLASH, clash.kind(), "C4 fighting");
    assertEquals(MONDAY_NIGHT_2022, clash.time(), "C4 overnight on Monday 12 September 2022");
    assertEquals(Set.of(ARMENIA, AZERBAIJAN), clash.participants(), "C4 participants");
    assertTrue(clash.description().orElseThrow().contains("worst since the 2020 conflict"), "C4 the worst since C3");
    assertClaim("C4", C4_CLASH_DEAD, Optional.empty(), List.of(
        Casualties.total(CLASHES_2022, CasualtyKind.KILLED, Estimate.atLeast(24).withWording("dozens"))));
  }

  @Test
  @DisplayName("E1 the 2020 Russian-brokered deal: P1's withdrawal from T2, deployment of P6, almost 2,000 troops")
  void e1() {
    Event deal = event(DEAL_2020);
    assertEquals(EventKind.AGREEMENT, deal.kind(), "E1 deal");
    assertEquals(WAR_2020, deal.conflict(), "E1 ends C3");
    assertTrue(deal.participants().contains(RUSSIA), "E1 brokered by Russia");
    Event withdrawal = event(WITHDRAWAL_2020);
    assertEquals(EventKind.WITHDRAWAL, withdrawal.kind(), "E1 withdrawal");
    assertEquals(DISPUTE, withdrawal.conflict(), "E1 withdrawal carries out the deal after C3, in C1");
    assertFalse(
        withdrawal.time().earliest().isBefore(deal.time().earliest()),
        "E1 withdrawal under the deal, not before it");
    Event deployment = event(DEPLOYMENT_2020);
    assertEquals(EventKind.DEPLOYMENT, deployment.kind(), "E1 deployment");
    assertEquals(DISPUTE, deployment.conflict(), "E1 deployment carries out the deal after C3, in C1");
    assertEquals(Set.of(PEACEKEEPERS), deployment.participants(), "E1 deploys P6");
    assertEquals(FuzzyTime.inYear(Year.of(2020)), deployment.time(), "E1 deployed in 2020");
    Estimate troops = deployment.troops().orElseThrow();
    assertEquals(Estimate.atMost(2000).withWording("almost 2,000"), troops, "E1 almost 2,000 troops");
    assertTrue(mediator(PEACEKEEPING_2020).period().orElseThrow().isOngoing(), "E1 force still there");
  }

  // ---------------------------------------------------------------- ceasefires and mediators

  @Test
  @DisplayName("S1 the 2020 deal as a ceasefire of C3, brokered by P5, with its two provisions")
  void s1() {
    Ceasefire s = ceasefire(DEAL_2020_CEASEFIRE);
    assertEquals(WAR_2020, s.conflict(), "S1 conflict");
    assertEquals(
        List.of(
            new Withdrawal(ARMENIA, SURROUNDING_AREAS),
            new Deployment(
                PEACEKEEPERS, NAGORNO_KARABAKH, Estimate.atMost(2000).withWording("almost 2,000"))),
        s.provisions(),
        "S1 provisions");
    Mediator broker = mediator(RUSSIA_BROKER_2020);
    assertEquals(
        List.of(RUSSIA, MediatorRole.BROKER, Optional.of(DEAL_2020_CEASEFIRE)),
        List.of(broker.party(), broker.role(), broker.ceasefire()),
        "S1 brokered by P5");
    assertEquals(Optional.empty(), broker.attestedBy(), "S1 brokering is the article's fact");
  }

  @Test
  @DisplayName("S2 the 2022 ceasefire of C4, which P5 says it brokered, effective Tuesday morning")
  void s2() {
    Ceasefire s = ceasefire(CEASEFIRE_2022);
    assertEquals(CLASHES_2022, s.conflict(), "S2 conflict");
    assertEquals(Optional.of(TUESDAY_MORNING_2022), s.effective(), "S2 effective Tuesday morning");
    assertEquals(Optional.empty(), s.ended(), "S2 end not stated");
    Mediator broker = mediator(RUSSIA_BROKER_2022);
    assertEquals(RUSSIA, broker.party(), "S2 broker");
    assertEquals(Optional.of(CEASEFIRE_2022), broker.ceasefire(), "S2 brokered");
    assertEquals(Optional.of(K3_RUSSIA_BROKERED_CEASEFIRE), broker.attestedBy(), "S2 only on P5's word");
  }

  @Test
  @DisplayName("M1 P5 as broker of S1 and (as it claims) of S2; P6 as peacekeeper since 2020")
  void m1() {
    assertEquals(MediatorRole.BROKER, mediator(RUSSIA_BROKER_2020).role(), "M1a");
    assertEquals(MediatorRole.BROKER, mediator(RUSSIA_BROKER_2022).role(), "M1b");
    assertTrue(mediator(RUSSIA_BROKER_2022).attestedBy().isPresent(), "M1b as it claims");
    Mediator keeper = mediator(PEACEKEEPING_2020);
    assertEquals("M1c", keeper.id().value());
    assertEquals(PEACEKEEPERS, keeper.party(), "M1c party");
    assertEquals(MediatorRole.PEACEKEEPER, keeper.role(), "M1c role");
    assertEquals(Optional.of(Estimate.atMost(2000).withWording("almost 2,000")), keeper.forceSize(), "M1c force");
    FuzzyPeriod since = keeper.period().orElseThrow();
    assertEquals(Optional.of(FuzzyTime.inYear(Year.of(2020))), since.start(), "M1c since 2020");
    assertTrue(since.isOngoing(), "M1c still there");
  }

  // ---------------------------------------------------------------- claims

  @Test
  @DisplayName("K1 P4: 49 Armenian soldiers killed (exact)")
  void k1() {
    assertClaim("K1", K1_ARMENIAN_DEAD, Optional.of(PASHINYAN), List.of(
        Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49))));
    assertEquals(Estimate.Form.EXACT,
        ((Casualties) claim(K1_ARMENIAN_DEAD).propositions().get(0)).count().form(), "K1 exact");
  }

  @Test
  @DisplayName("K2 P3: 50 casualties among Azerbaijan's troops (not necessarily deaths)")
  void k2() {
    assertClaim("K2", K2_AZERBAIJANI_CASUALTIES, Optional.of(AZERBAIJAN_MOD), List.of(
        Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.exact(50))));
  }

  @Test
  @DisplayName("K3 P5: it brokered S2, effective Tuesday morning")
  void k3() {
    assertClaim("K3", K3_RUSSIA_BROKERED_CEASEFIRE, Optional.of(RUSSIA), List.of(
        new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING)));
    assertEquals(Optional.of(K3_RUSSIA_BROKERED_CEASEFIRE), mediator(RUSSIA_BROKER_2022).attestedBy(),
        "K3 is what Russia's brokering of S2 rests on");
  }

  @Test
  @DisplayName("K4 P1: the fighting died down rather than ended (S2 did not end hostilities)")
  void k4() {
    assertClaim("K4", K4_FIGHTING_DIED_DOWN, Optional.of(ARMENIA), List.of(
        new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED)));
  }

  @Test
  @DisplayName("K5 P1: border towns (T3) bombed by P2; P1 responded (P2 struck first)")
  void k5() {
    assertClaim("K5", K5_TOWNS_BOMBED, Optional.of(ARMENIA), List.of(
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS)),
        new Initiated(CLASHES_2022, AZERBAIJAN)));
  }

  @Test
  @DisplayName("K6 P2: its military positions were hit first (P1 struck first)")
  void k6() {
    assertClaim("K6", K6_POSITIONS_HIT_FIRST, Optional.of(AZERBAIJAN), List.of(
        new Attack(CLASHES_2022, ARMENIA, EventKind.ATTACK, Optional.of(AZERBAIJAN), Optional.empty()),
        new Initiated(CLASHES_2022, ARMENIA)));
  }

  @Test
  @DisplayName("K7 P4: \"... Azerbaijani attacks continue on one or two fronts\" (S2 violated)")
  void k7() {
    assertClaim("K7", K7_ATTACKS_CONTINUE, Optional.of(PASHINYAN), List.of(
        new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED),
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.ATTACK, Optional.of(ARMENIA), Optional.empty())));
    assertEquals(
        Optional.of("intensity of hostilities has decreased, but Azerbaijani attacks continue on one or two fronts"),
        claim(K7_ATTACKS_CONTINUE).quote(), "K7 quote");
  }

  @Test
  @DisplayName("K8 Article: P2 suffered casualties but released no statement on them (\"It is understood\")")
  void k8() {
    Claim k = claim(K8_NO_AZERBAIJANI_STATEMENT);
    assertEquals(Optional.of("It is understood"), k.hedge(), "K8 hedge");
    assertEquals(PUBLISHED, k.madeAt(), "K8 the article's voice, at publication");
    assertClaim("K8", K8_NO_AZERBAIJANI_STATEMENT, Optional.empty(), List.of(
        Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.unknown()),
        new NoStatement(AZERBAIJAN, claim(K2_AZERBAIJANI_CASUALTIES).propositions().get(0).key())));
  }

  @Test
  @DisplayName("K9 P10 (for P9): \"there can be no military solution to the conflict\"")
  void k9() {
    assertClaim("K9", K9_NO_MILITARY_SOLUTION, Optional.of(BLINKEN), List.of(
        Stance.of(UNITED_STATES, StanceKind.NO_MILITARY_SOLUTION, DISPUTE)));
    assertEquals(Optional.of("there can be no military solution to the conflict"),
        claim(K9_NO_MILITARY_SOLUTION).quote(), "K9 quote");
    assertEquals(Optional.of(UNITED_STATES), party("P10").actsFor(), "K9 speaks for P9");
  }

  @Test
  @DisplayName("K10 P5: the dispute \"must be resolved exclusively through diplomatic and political means\"")
  void k10() {
    assertClaim("K10", K10_DIPLOMATIC_MEANS, Optional.of(RUSSIA), List.of(
        Stance.of(RUSSIA, StanceKind.DIPLOMATIC_RESOLUTION, CLASHES_2022)));
    assertEquals(Optional.of("must be resolved exclusively through diplomatic and political means"),
        claim(K10_DIPLOMATIC_MEANS).quote(), "K10 quote");
  }

  @Test
  @DisplayName("K11 P8 (for P7): \"Armenia should stop its provocations and focus on peace negotiations\"")
  void k11() {
    assertClaim("K11", K11_STOP_PROVOCATIONS, Optional.of(CAVUSOGLU), List.of(
        new Stance(TURKEY, StanceKind.CALL_TO_DESIST, CLASHES_2022, Optional.of(ARMENIA)),
        new Stance(TURKEY, StanceKind.CALL_FOR_NEGOTIATIONS, CLASHES_2022, Optional.of(ARMENIA)),
        new Initiated(CLASHES_2022, ARMENIA)));
    assertEquals(Optional.of("Armenia should stop its provocations and focus on peace negotiations"),
        claim(K11_STOP_PROVOCATIONS).quote(), "K11 quote");
    assertTrue(claim(K11_STOP_PROVOCATIONS).contradicts(claim(K5_TOWNS_BOMBED)), "K11 blames P1, against K5");
  }

  @Test
  @DisplayName("K12 the clashes have been internationally condemned (including by P9 and P5)")
  void k12() {
    assertClaim("K12", K12_CONDEMNED, Optional.empty(), List.of(
        Stance.of(UNITED_STATES, StanceKind.CONDEMNATION, CLASHES_2022),
        Stance.of(RUSSIA, StanceKind.CONDEMNATION, CLASHES_2022)));
  }

  // ---------------------------------------------------------------- what the types decide

  @Test
  @DisplayName("K5 and K6 contradict: who struck first, decided from the types")
  void whoStruckFirst() {
    Claim k5 = claim(K5_TOWNS_BOMBED);
    Claim k6 = claim(K6_POSITIONS_HIT_FIRST);
    assertTrue(k5.contradicts(k6), "K5 contradicts K6");
    assertTrue(k6.contradicts(k5), "contradiction is symmetric");
    assertFalse(k5.contradicts(k5), "a claim does not contradict itself");
  }

  @Test
  @DisplayName("K3 contradicts K4 and K7: whether S2 holds, decided from the ceasefire state")
  void ceasefireContested() {
    Claim k3 = claim(K3_RUSSIA_BROKERED_CEASEFIRE);
    assertTrue(k3.contradicts(claim(K4_FIGHTING_DIED_DOWN)), "K3 vs K4");
    assertTrue(k3.contradicts(claim(K7_ATTACKS_CONTINUE)), "K3 vs K7");
    assertFalse(claim(K4_FIGHTING_DIED_DOWN).contradicts(claim(K7_ATTACKS_CONTINUE)), "K4 agrees with K7");
  }

  @Test
  @DisplayName("K8 and K2 are about the same question: NoStatement.about equals K2's casualties key")
  void silenceAndCount() {
    NoStatement silence = claim(K8_NO_AZERBAIJANI_STATEMENT).propositions().stream()
        .filter(p -> p instanceof NoStatement).map(NoStatement.class::cast).findFirst().orElseThrow();
    Proposition count = claim(K2_AZERBAIJANI_CASUALTIES).propositions().get(0);
    assertEquals(count.key(), silence.about(), "K8 is silent on K2's question");
    assertEquals(AZERBAIJAN, silence.party(), "K8 about P2");
    assertEquals(Optional.of(AZERBAIJAN), party("P3").actsFor(), "K2's claimant acts for the silent party");
    assertFalse(claim(K1_ARMENIAN_DEAD).contradicts(claim(K2_AZERBAIJANI_CASUALTIES)),
        "different parties' losses never contradict");
  }

  // ---------------------------------------------------------------- the program

  @Test
  @DisplayName("ReferenceStory.main prints the account with its key items")
  void mainPrintsTheAccount() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ReferenceStory.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(ReferenceStory.account(MODEL), out, "main prints exactly the account");
    for (String expected : List.of(
        "Nikol Pashinyan [Party:P4]: person, Prime Minister, acts for Armenia [Party:P1]",
        "Russia [Party:P5] ally of Armenia [Party:P1]",
        "sovereign: Azerbaijan [Party:P2], internationally recognized",
        "inhabited by: Armenians",
        "September 2022 border clashes [Conflict:C4], since 2022-09-12 NIGHT (ongoing)",
        "\"almost 2,000\" (at most 2000)",
        "effective: 2022-09-13 MORNING",
        "brokered by: Russia [Party:P5] (on its own word, Claim:K3)",
        "49 killed",
        "50 casualties",
        "\"dozens\" (at least 24) killed",
        "\"thousands\" (at least 2000) killed",
        "hedged \"It is understood\"",
        "hedged \"apparently\"",
        "there can be no military solution to the conflict",
        "Claim:K5 (Armenia) contradicts Claim:K6 (Azerbaijan)",
        "Claim:K3 (Russia) contradicts Claim:K4 (Armenia)")) {
      assertTrue(out.contains(expected), "the account mentions: " + expected);
    }
    for (ClaimId k : MODEL.claims().stream().map(Claim::id).collect(Collectors.toList())) {
      assertTrue(out.contains("[" + k + "]"), "the account lists claim " + k.value());
    }
  }

  @Test
  @DisplayName("every side of every conflict is Armenia against Azerbaijan")
  void sides() {
    for (Conflict c : MODEL.conflicts()) {
      assertEquals(
          List.of(Set.of(ARMENIA), Set.of(AZERBAIJAN)),
          c.sides().stream().map(Side::primaries).collect(Collectors.toList()),
          c.id() + " sides");
    }
  }
}
