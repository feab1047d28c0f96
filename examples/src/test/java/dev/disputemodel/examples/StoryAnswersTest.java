package dev.disputemodel.examples;

import static dev.disputemodel.examples.BorderClash2022.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Initiated;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.query.CasualtyEstimate;
import dev.disputemodel.query.CasualtyFigures;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.Evidence;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.MediatorAlliance;
import dev.disputemodel.query.Role;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue #4's reference-story answers, each asserted as the query API gives it. */
class StoryAnswersTest {
  private final StoryAnswers answers = StoryAnswers.of(BorderClash2022.model());

  private static List<EntityId> ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(Collectors.toList());
  }

  @Test
  @DisplayName("who fights over Nagorno-Karabakh: Armenia and Azerbaijan, each on its own side, in every episode")
  void whoFights() {
    assertEquals(List.of(DISPUTE, WARS_1980S_1990S, WAR_2020), answers.conflictsOverNagornoKarabakh());
    List<Involvement> fights = answers.whoFights();
    assertEquals(8, fights.size());
    for (Involvement i : fights) {
      assertEquals(Role.PRIMARY, i.role());
      assertEquals(Optional.of(i.party().equals(ARMENIA) ? "Armenia" : "Azerbaijan"), i.side());
    }
    assertEquals(List.of(ARMENIA, AZERBAIJAN),
        fights.stream().map(Involvement::party).distinct().collect(Collectors.toList()));
    assertEquals(List.of(DISPUTE, WARS_1980S_1990S, WAR_2020, CLASHES_2022),
        fights.stream().filter(i -> i.party().equals(ARMENIA)).map(Involvement::conflict).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("who struck first: Armenia says Azerbaijan (K5); Azerbaijan (K6) and Turkey (K11) say Armenia, Turkey backing K6 (R3)")
  void whoStruckFirst() {
    Question q = answers.whoStruckFirst();
    assertTrue(q.isContested());
    assertEquals(2, q.versions().size());
    Version armenian = q.versions().get(0);
    assertEquals(new Initiated(CLASHES_2022, AZERBAIJAN), armenian.proposition());
    assertEquals(List.of(K5_TOWNS_BOMBED), ids(armenian.claims()));
    assertEquals(Set.of(ARMENIA), armenian.speakers());
    assertEquals(Set.of(), armenian.backers());
    Version azerbaijani = q.versions().get(1);
    assertEquals(new Initiated(CLASHES_2022, ARMENIA), azerbaijani.proposition());
    assertEquals(List.of(K6_POSITIONS_HIT_FIRST, K11_STOP_PROVOCATIONS), ids(azerbaijani.claims()));
    assertEquals(List.of(AZERBAIJAN, TURKEY), azerbaijani.speakers().stream().collect(Collectors.toList()));
    assertEquals(List.of(R3_TURKEY_BACKS_ACCOUNT), ids(azerbaijani.backings()));
    assertEquals(Set.of(TURKEY), azerbaijani.backers());
  }

  @Test
  @DisplayName("in effect on 14 September 2022: the 2020 deal and the 2022 ceasefire; Armenia disputes that S2 holds")
  void ceasefires() {
    assertEquals(List.of(DEAL_2020_CEASEFIRE, CEASEFIRE_2022), ids(answers.ceasefiresInEffectOnSeptember14()));
    List<CeasefireAccount> accounts = answers.ceasefireAccounts();
    CeasefireAccount deal = accounts.get(0);
    assertEquals(List.of(RUSSIA_BROKER_2020), ids(deal.brokers()));
    assertEquals(Set.of(), deal.disputedBy());
    CeasefireAccount s2 = accounts.get(1);
    assertEquals(List.of(RUSSIA_BROKER_2022), ids(s2.brokers()));
    assertEquals(Set.of(RUSSIA), s2.upheldBy());
    assertEquals(Set.of(ARMENIA), s2.disputedBy());
    assertEquals(List.of(K3_RUSSIA_BROKERED_CEASEFIRE, K4_FIGHTING_DIED_DOWN, K7_ATTACKS_CONTINUE),
        s2.reports().stream().map(r -> r.claim().id()).collect(Collectors.toList()));
    assertEquals(List.of(new Evidence(K4_FIGHTING_DIED_DOWN, Certainty.POSSIBLY),
        new Evidence(K7_ATTACKS_CONTINUE, Certainty.POSSIBLY)), s2.violations(),
        "the clash of Monday night came before the ceasefire took effect");
  }

  @Test
  @DisplayName("mediators allied with a belligerent: Russia (and its peacekeepers) through R1, possibly at the time")
  void alliedMediators() {
    List<MediatorAlliance> allied = answers.alliedMediators();
    assertEquals(List.of(RUSSIA_BROKER_2020, RUSSIA_BROKER_2022, PEACEKEEPING_2020),
        allied.stream().map(a -> a.mediator().id()).collect(Collectors.toList()));
    for (MediatorAlliance a : allied) {
      assertEquals(RUSSIA, a.principal());
      assertEquals(ARMENIA, a.belligerent());
      assertEquals(RUSSIA_ALLY_OF_ARMENIA, a.alliance().id());
      assertEquals(Certainty.POSSIBLY, a.certainty(), "the alliance has no stated period");
    }
  }

  @Test
  @DisplayName("casualties of 2022 by party and claimant; combined without adding the article's all-sides figure")
  void casualties() {
    CasualtyFigures figures = answers.casualties2022();
    assertEquals(List.of(K1_ARMENIAN_DEAD, K2_AZERBAIJANI_CASUALTIES, K8_NO_AZERBAIJANI_STATEMENT, C4_CLASH_DEAD),
        figures.figures().stream().map(f -> f.claim().id()).collect(Collectors.toList()));
    assertEquals(List.<EntityId>of(ARMENIA, AZERBAIJAN, ARTICLE, ARTICLE),
        figures.figures().stream().map(f -> f.speaker()).collect(Collectors.toList()));
    CasualtyEstimate killed = figures.estimate(CasualtyKind.KILLED);
    assertEquals(Map.of(ARMENIA, Estimate.exact(49)), killed.byParty());
    assertEquals(Optional.of(Estimate.exact(49)), killed.partySum());
    assertEquals(Optional.of(Estimate.atLeast(24).withWording("dozens")), killed.allSides());
    CasualtyEstimate unspecified = figures.estimate(CasualtyKind.UNSPECIFIED);
    assertEquals(Map.of(AZERBAIJAN, Estimate.exact(50)), unspecified.byParty(), "the unknown figure of K8 adds nothing");
  }

  @Test
  @DisplayName("the timeline of the conflict, in time order")
  void timeline() {
    assertEquals(List.of(
            "1980s CONFLICT_STARTED Conflict:C1",
            "1980s CONFLICT_STARTED Conflict:C2",
            "1990s CONFLICT_ENDED Conflict:C2",
            "2020 ROLE_STARTED Mediator:M1c",
            "2020 EVENT Event:E1c",
            "2020-09-27 CONFLICT_STARTED Conflict:C3",
            "2020-11-10 ROLE_STARTED Mediator:M1a",
            "2020-11-10 EVENT Event:E1a",
            "2020-11-10 CEASEFIRE_EFFECTIVE Ceasefire:S1",
            "2020-11-10 ROLE_ENDED Mediator:M1a",
            "2020-11-10 CONFLICT_ENDED Conflict:C3",
            "[2020-11-10T00:00, 2022-10-01T00:00) MONTH EVENT Event:E1b",
            "2022-09-12 NIGHT CONFLICT_STARTED Conflict:C4",
            "2022-09-12 NIGHT EVENT Event:C4",
            "2022-09-13 MORNING ROLE_STARTED Mediator:M1b",
            "2022-09-13 MORNING CEASEFIRE_EFFECTIVE Ceasefire:S2",
            "2022-09-13 MORNING ROLE_ENDED Mediator:M1b"),
        answers.timeline().entries().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(List.of(), answers.timeline().undated());
  }

  @Test
  @DisplayName("sovereignty and population differ in Nagorno-Karabakh")
  void divergences() {
    assertEquals(List.of(new Divergence(NAGORNO_KARABAKH, Set.of(AZERBAIJAN), Set.of(), Set.of(ARMENIA))),
        answers.divergences());
  }

  @Test
  @DisplayName("what Azerbaijan had said about its casualties, as known on a date")
  void asKnownOn() {
    FuzzyTime sept12 = FuzzyTime.onDay(LocalDate.of(2022, 9, 12));
    FuzzyTime oct1 = FuzzyTime.onDay(LocalDate.of(2022, 10, 1));
    assertEquals(List.of(), answers.azerbaijaniCasualtyClaimsKnownOn(sept12, Certainty.POSSIBLY),
        "the article was not yet published");
    assertEquals(List.of(), answers.azerbaijaniCasualtyClaimsKnownOn(StoryAnswers.SEPTEMBER_14, Certainty.DEFINITELY));
    List<Claim> possibly = answers.azerbaijaniCasualtyClaimsKnownOn(StoryAnswers.SEPTEMBER_14, Certainty.POSSIBLY);
    assertEquals(List.of(K2_AZERBAIJANI_CASUALTIES), ids(possibly));
    assertEquals(List.of(K2_AZERBAIJANI_CASUALTIES), ids(answers.azerbaijaniCasualtyClaimsKnownOn(oct1, Certainty.DEFINITELY)));
  }

  @Test
  @DisplayName("the printed account has the answers section")
  void printed() {
    String account = ReferenceStory.account(BorderClash2022.model());
    assertTrue(account.contains("ANSWERS (dev.disputemodel.query)"), account);
    assertTrue(account.contains("backed by Turkey [Party:P7] (Claim:R3)"), account);
    assertTrue(account.contains("CONSISTENCY REPORT"), account);
  }
}
