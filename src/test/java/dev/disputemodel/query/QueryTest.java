package dev.disputemodel.query;

import static dev.disputemodel.query.QueryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Initiated;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RelationKind;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.Parallelism;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every query family on the hand-built QueryFixtures model, with answers worked out by hand. */
class QueryTest {
  private final ModelQueries q = ModelQueries.over(QueryFixtures.model());

  private static List<EntityId> ids(List<? extends Entity> entities) {
    return entities.stream().map(Entity::id).collect(Collectors.toList());
  }

  private static Involvement inv(PartyId p, Role role, ConflictId c, EntityId via, String side,
      MediatorRole mediator, PartyId through) {
    return new Involvement(p, role, c, via, Optional.ofNullable(side), Optional.ofNullable(mediator),
        Optional.ofNullable(through));
  }

  @Nested
  @DisplayName("parties")
  class Parties {
    @Test
    @DisplayName("involvement in C1 alone: sides, the peacekeepers' role and deployment, passed up to M")
    void involvementInRoot() {
      assertEquals(List.of(
              inv(A, Role.PRIMARY, C1, C1, "A side", null, null),
              inv(B, Role.PRIMARY, C1, C1, "B side", null, null),
              inv(M, Role.MEDIATOR, C1, MD2, null, MediatorRole.PEACEKEEPER, M_PK),
              inv(M, Role.PARTICIPANT, C1, E3, null, null, M_PK),
              inv(M_PK, Role.MEDIATOR, C1, MD2, null, MediatorRole.PEACEKEEPER, null),
              inv(M_PK, Role.PARTICIPANT, C1, E3, null, null, null),
              inv(S, Role.SUPPORTER, C1, C1, "B side", null, null)),
          q.involvement(C1).list());
    }

    @Test
    @DisplayName("an episode without sides takes its parent's, via the parent")
    void inheritedSides() {
      assertEquals(List.of(
              inv(A, Role.PRIMARY, C2, C1, "A side", null, null),
              inv(B, Role.PRIMARY, C2, C1, "B side", null, null)),
          q.involvement(C2).inRoles(Role.PRIMARY).list());
    }

    @Test
    @DisplayName("a person's claims count for the party it acts for, through the person")
    void claimantThroughPerson() {
      assertEquals(List.of(
              inv(A, Role.CLAIMANT, C2, K1, null, null, A_PM),
              inv(A, Role.CLAIMANT, C2, K3, null, null, null),
              inv(A, Role.CLAIMANT, C2, K5, null, null, null)),
          q.involvement(C1).withEpisodes().inRoles(Role.CLAIMANT).of(A).list());
      assertEquals(List.of(), q.involvement(C1).inRoles(Role.CLAIMANT).list(), "no claim names C1 itself");
    }

    @Test
    @DisplayName("parties in several roles; signatories across episodes in conflict order")
    void severalRoles() {
      assertEquals(List.of(A, B, A_PM, M, M_PK, S), q.involvement(C1).withEpisodes().parties());
      assertEquals(List.of(
              inv(A, Role.SIGNATORY, C2, CF3, null, null, A_PM),
              inv(A, Role.SIGNATORY, C3, CF1, null, null, null),
              inv(B, Role.SIGNATORY, C3, CF1, null, null, null),
              inv(A_PM, Role.SIGNATORY, C2, CF3, null, null, null)),
          q.involvement(C1).withEpisodes().inRoles(Role.SIGNATORY).list());
      Set<Role> rolesOfA = q.involvement(C1).withEpisodes().of(A).list().stream()
          .map(Involvement::role).collect(Collectors.toSet());
      assertEquals(Set.of(Role.PRIMARY, Role.SIGNATORY, Role.PARTICIPANT, Role.CLAIMANT), rolesOfA);
    }

    @Test
    @DisplayName("allies: direct and transitive, any time, definitely and possibly at a date")
    void allies() {
      assertEquals(List.of(new Ally(M, List.of(R1), Certainty.DEFINITELY)), q.allies(A).list());
      assertEquals(List.of(new Ally(M, List.of(R1), Certainty.DEFINITELY),
              new Ally(X, List.of(R1, R3), Certainty.DEFINITELY)),
          q.allies(A).transitive().list());
      FuzzyTime day = day(2022, 9, 14);
      assertEquals(List.of(M), q.allies(A).transitive().at(When.definitelyOn(day)).parties(),
          "X's alliance with M ended in 2015");
      assertEquals(List.of(), q.allies(B).at(When.definitelyOn(day)).list(), "R2 has no period");
      assertEquals(List.of(new Ally(S, List.of(R2), Certainty.POSSIBLY)),
          q.allies(B).at(When.possiblyOn(day)).list());
      assertEquals(List.of(new Ally(S, List.of(R4), Certainty.DEFINITELY)),
          q.allies(B).kinds(RelationKind.BACKS, RelationKind.HAS_TIES_TO).at(When.possiblyOn(day)).list(),
          "definite through R4 beats possible through R2");
      assertEquals(List.of(), q.allies(S).list(), "backing is directed: B does not back S");
      assertEquals(List.of(A, X), q.allies(M).kinds(RelationKind.ALLY_OF).parties());
    }

    @Test
    @DisplayName("mediators allied with a belligerent, across episodes, with certainty")
    void mediatorAlliances() {
      List<MediatorAlliance> found = q.mediatorAlliances(C1);
      assertEquals(List.of(MD1, MD2, MD3), found.stream().map(a -> a.mediator().id()).collect(Collectors.toList()));
      assertEquals(List.of(Certainty.DEFINITELY, Certainty.DEFINITELY, Certainty.POSSIBLY),
          found.stream().map(MediatorAlliance::certainty).collect(Collectors.toList()));
      found.forEach(a -> {
        assertEquals(M, a.principal());
        assertEquals(A, a.belligerent());
        assertEquals(R1, a.alliance().id());
      });
      assertEquals(List.of(MD1), q.mediatorAlliances(C3).stream().map(a -> a.mediator().id()).collect(Collectors.toList()));
    }
  }

  @Nested
  @DisplayName("territories")
  class Territories {
    @Test
    @DisplayName("hierarchy: within, contains, cycle-safe")
    void hierarchy() {
      assertEquals(List.of(T2, T1), q.within(T3));
      assertEquals(List.of(), q.within(T1));
      assertEquals(List.of(T2, T3), q.contains(T1));
      assertEquals(List.of(TC2), q.contains(TC1));
      assertEquals(List.of(TC2), q.within(TC1));
      assertTrue(q.isWithin(T3, T1));
      assertFalse(q.isWithin(T1, T3));
      assertFalse(q.isWithin(T1, T1));
    }

    @Test
    @DisplayName("statuses at a time: definitely vs possibly at an uncertain end")
    void statuses() {
      assertEquals(1, q.sovereignty(T2, When.definitelyOn(day(2022, 9, 14))).size());
      assertEquals(List.of(), q.control(T2, When.possiblyOn(day(2022, 9, 14))));
      assertEquals(List.of(A), q.control(T2, When.definitelyOn(FuzzyTime.inYear(Year.of(2020)))).stream()
          .map(c -> c.controller()).collect(Collectors.toList()));
      LocalDateTime noon = LocalDateTime.of(2020, 11, 10, 12, 0);
      assertEquals(List.of(), q.control(T2, When.at(noon, Certainty.DEFINITELY)), "ended some time that day");
      assertEquals(1, q.control(T2, When.at(noon, Certainty.POSSIBLY)).size());
      assertEquals(List.of(), q.population(T1, When.definitelyOn(day(2022, 9, 14))), "no period stated");
      assertEquals("As", q.population(T1, When.possiblyOn(day(2022, 9, 14))).get(0).group());
    }

    @Test
    @DisplayName("where sovereignty, control and population differ")
    void divergences() {
      assertEquals(List.of(), q.divergences(When.definitelyOn(day(2022, 9, 14))));
      assertEquals(List.of(new Divergence(T1, Set.of(B), Set.of(), Set.of(A))),
          q.divergences(When.possiblyOn(day(2022, 9, 14))));
      assertEquals(List.of(new Divergence(T1, Set.of(B), Set.of(), Set.of(A)),
              new Divergence(T2, Set.of(B), Set.of(A), Set.of())),
          q.divergences(When.anyTime()));
      Divergence t2 = q.divergences(When.possiblyOn(FuzzyTime.inYear(Year.of(2019)))).get(1);
      assertTrue(t2.controlDiffers());
      assertFalse(t2.populationDiffers());
    }

    @Test
    @DisplayName("conflicts and claims about a territory include those about territories inside it")
    void about() {
      assertEquals(List.of(C1, C2), ids(q.conflictsAbout(T1)));
      assertEquals(List.of(C2), ids(q.conflictsAbout(T3)));
      assertEquals(List.of(), ids(q.conflictsAbout(T4)));
      assertEquals(List.of(K9, K10), ids(q.claims().aboutTerritory(T1).list()));
      assertEquals(List.of(), ids(q.claims().about(T1).list()));
    }
  }

  @Nested
  @DisplayName("time")
  class Time {
    @Test
    @DisplayName("active at a day or a moment, definitely and possibly")
    void active() {
      assertEquals(List.of(C1, C2), ids(q.conflictsActive(When.definitelyOn(day(2022, 9, 12)))));
      assertEquals(List.of(C1), ids(q.conflictsActive(When.definitelyOn(day(2022, 9, 25)))));
      assertEquals(List.of(E1), ids(q.events(When.definitelyOn(day(2022, 9, 12)))));
      assertEquals(List.of(E1, E2), ids(q.events(When.possiblyOn(day(2022, 9, 12)))));
      assertEquals(List.of(CF1, CF2), ids(q.ceasefiresInEffect(When.definitelyOn(day(2022, 9, 14)))));
      assertEquals(List.of(CF1, CF2, CF3), ids(q.ceasefiresInEffect(When.possiblyOn(day(2022, 9, 14)))));
      LocalDateTime morning = LocalDateTime.of(2022, 9, 13, 8, 0);
      assertEquals(List.of(CF1), ids(q.ceasefiresInEffect(When.at(morning, Certainty.DEFINITELY))));
      assertEquals(List.of(MD2), ids(q.mediatorsActive(When.definitelyOn(day(2022, 9, 14)))));
      assertEquals(List.of(MD2, MD3), ids(q.mediatorsActive(When.possiblyOn(day(2022, 9, 14)))));
      assertEquals(List.of(R1, R4), ids(q.relationsActive(When.definitelyOn(day(2022, 9, 14)))));
      assertEquals(List.of(R1, R2, R4), ids(q.relationsActive(When.possiblyOn(day(2022, 9, 14)))));
      assertEquals(List.of(R1, R2, R3, R4), ids(q.relationsActive(When.anyTime())));
    }

    @Test
    @DisplayName("timeline of a conflict with its episodes, in time order, undated apart")
    void conflictTimeline() {
      Timeline t = q.timeline(C1);
      assertEquals(List.of(
              "1990s CONFLICT_STARTED Conflict:C1",
              "2020 ROLE_STARTED Mediator:MD2",
              "2020 EVENT Event:E3",
              "2020-09-27 CONFLICT_STARTED Conflict:C3",
              "2020-11-10 ROLE_STARTED Mediator:MD1",
              "2020-11-10 CEASEFIRE_EFFECTIVE Ceasefire:CF1",
              "2020-11-10 ROLE_ENDED Mediator:MD1",
              "2020-11-10 CONFLICT_ENDED Conflict:C3",
              "2022-09 EVENT Event:E2",
              "2022-09-12 CONFLICT_STARTED Conflict:C2",
              "2022-09-12 EVENT Event:E1",
              "2022-09-13 CEASEFIRE_EFFECTIVE Ceasefire:CF2",
              "2022-09-20 EVENT Event:E4",
              "2022-09-20 CONFLICT_ENDED Conflict:C2"),
          t.entries().stream().map(Object::toString).collect(Collectors.toList()));
      assertEquals(List.of(CF3, MD3), t.undated());
    }

    @Test
    @DisplayName("timeline of a territory and those inside it")
    void territoryTimeline() {
      Timeline t = q.timeline(T1);
      assertEquals(List.of(
              "1990s CONFLICT_STARTED Conflict:C1",
              "1991 SOVEREIGNTY_STARTED Territory:T1",
              "1991 SOVEREIGNTY_STARTED Territory:T2",
              "1994 CONTROL_STARTED Territory:T2",
              "2020 EVENT Event:E3",
              "2020-11-10 CONTROL_ENDED Territory:T2",
              "2022-09-12 EVENT Event:E1"),
          t.entries().stream().map(Object::toString).collect(Collectors.toList()));
      assertEquals(List.of(), t.undated());
    }
  }

  @Nested
  @DisplayName("claims")
  class Claims {
    @Test
    @DisplayName("by claimant (with those acting for it), exactly, in the source's voice, by source, type, polarity")
    void selection() {
      assertEquals(List.of(K1, K3, K5, K9), ids(q.claims().by(A).list()));
      assertEquals(List.of(K3, K5, K9), ids(q.claims().byExactly(A).list()));
      assertEquals(List.of(K4, K7), ids(q.claims().inSourceVoice().list()));
      assertEquals(List.of(K5, K8), ids(q.claims().reportedIn(SRC2).list()));
      assertEquals(List.of(K5, K6, K11), ids(q.claims().ofType(PropositionType.CEASEFIRE_STATE).list()));
      assertEquals(List.of(K11), ids(q.claims().withPolarity(Polarity.DENIES).list()));
      assertEquals(List.of(K2, K3), ids(q.claims().on(PropositionKey.of(PropositionType.INITIATOR, C2)).list()));
      assertEquals(List.of(K1, K2, K7, K8), ids(q.claims().withProposition(dev.disputemodel.Casualties.class).list()));
      assertEquals(11, q.claims().count());
    }

    @Test
    @DisplayName("by subject: a ceasefire's claims are about its conflict too")
    void bySubject() {
      assertEquals(List.of(K1, K2, K3, K5, K6, K7, K8, K10, K11), ids(q.claims().about(C2).list()));
      assertEquals(List.of(K4), ids(q.claims().about(K2).list()));
      assertEquals(List.of(K5, K6, K11), ids(q.claims().about(CF2).list()));
    }

    @Test
    @DisplayName("as known on a date: made and published by its end, definitely or possibly")
    void asKnownOn() {
      assertEquals(List.of(K5), ids(q.claims().asKnownOn(day(2022, 9, 13), Certainty.POSSIBLY).list()),
          "src1 appears on the 14th; src2's date is unknown");
      assertEquals(List.of(), ids(q.claims().asKnownOn(day(2022, 9, 13), Certainty.DEFINITELY).list()));
      assertEquals(List.of(K1, K2, K3, K4, K6, K7, K9, K10, K11),
          ids(q.claims().asKnownOn(day(2022, 9, 14), Certainty.DEFINITELY).list()));
      PropositionKey bLosses = PropositionKey.of(PropositionType.CASUALTIES, C2, B);
      assertEquals(List.of(K2), ids(q.claims().by(B).on(bLosses).asKnownOn(day(2022, 9, 14), Certainty.POSSIBLY).list()));
      assertEquals(List.of(K2, K8), ids(q.claims().by(B).on(bLosses).asKnownOn(day(2022, 9, 30), Certainty.POSSIBLY).list()));
      assertEquals(List.of(K2), ids(q.claims().by(B).on(bLosses).asKnownOn(day(2022, 9, 30), Certainty.DEFINITELY).list()));
    }

    @Test
    @DisplayName("made at a time")
    void madeAt() {
      assertEquals(List.of(K4, K7, K10, K11), ids(q.claims().madeAt(When.definitelyOn(day(2022, 9, 14))).list()));
      assertEquals(List.of(K4, K5, K7, K10, K11), ids(q.claims().madeAt(When.possiblyOn(day(2022, 9, 14))).list()));
    }

    @Test
    @DisplayName("contested questions with each version's claims, speakers and backers")
    void contested() {
      PropositionKey initiator = PropositionKey.of(PropositionType.INITIATOR, C2);
      PropositionKey state = PropositionKey.of(PropositionType.CEASEFIRE_STATE, CF2);
      assertEquals(List.of(initiator, state), q.contested().stream().map(Question::key).collect(Collectors.toList()));
      Question first = q.question(initiator);
      assertTrue(first.isContested());
      Version aStarted = first.versions().get(0);
      assertEquals(new Initiated(C2, A), aStarted.proposition());
      assertEquals(List.of(K2), ids(aStarted.claims()));
      assertEquals(Set.of(B), aStarted.speakers());
      assertEquals(List.of(K4), ids(aStarted.backings()));
      assertEquals(Set.of(S), aStarted.backers());
      assertEquals(List.of(B, S), aStarted.supporters().asList());
      Version bStarted = first.versions().get(1);
      assertEquals(new Initiated(C2, B), bStarted.proposition());
      assertEquals(Set.of(A), bStarted.speakers());
      assertEquals(Set.of(), bStarted.backers());
      List<Version> states = q.question(state).versions();
      assertEquals(List.of(Polarity.ASSERTS, Polarity.ASSERTS, Polarity.DENIES),
          states.stream().map(Version::polarity).collect(Collectors.toList()));
      assertEquals(new CeasefireStatus(CF2, CeasefireState.VIOLATED), states.get(0).proposition());
      assertFalse(q.question(PropositionKey.of(PropositionType.CASUALTIES, C2, B)).isContested(),
          "5-8 and 7 are compatible");
      assertEquals(2, q.question(PropositionKey.of(PropositionType.CASUALTIES, C2, B)).versions().size());
      assertEquals(List.of(initiator), q.contestedAbout(C2).stream().map(Question::key).collect(Collectors.toList()));
    }
  }

  @Nested
  @DisplayName("ceasefires")
  class Ceasefires {
    @Test
    @DisplayName("brokers, reports by claimant, who upholds and who disputes, violations after effect")
    void account() {
      CeasefireAccount cf2 = q.ceasefire(CF2);
      assertEquals(List.of(MD3), ids(cf2.brokers()));
      assertEquals(List.of(K5, K6, K11), cf2.reports().stream().map(r -> r.claim().id()).collect(Collectors.toList()));
      assertEquals(Set.of(M), cf2.upheldBy());
      assertEquals(List.of(A, S), cf2.disputedBy().asList());
      assertEquals(List.of(new Evidence(E2, Certainty.POSSIBLY), new Evidence(E4, Certainty.DEFINITELY),
              new Evidence(K5, Certainty.POSSIBLY), new Evidence(K10, Certainty.POSSIBLY)),
          cf2.violations());
      CeasefireAccount cf1 = q.ceasefire(CF1);
      assertEquals(List.of(MD1), ids(cf1.brokers()));
      assertEquals(List.of(), cf1.reports());
      assertEquals(List.of(), cf1.violations());
      assertEquals(List.of(), q.ceasefire(CF3).violations(), "no effective or agreed time");
    }
  }

  @Nested
  @DisplayName("casualties")
  class CasualtiesFamily {
    @Test
    @DisplayName("figures by party and claimant; same party merged by hull, parties added, all-sides apart")
    void figures() {
      CasualtyFigures c2 = q.casualties(C2);
      assertEquals(List.of(K1, K2, K8, K7), c2.figures().stream().map(f -> f.claim().id()).collect(Collectors.toList()));
      assertEquals(A, c2.figures().get(0).speaker(), "Prime Minister's figure speaks for A");
      assertEquals(List.of(K1), c2.bySpeaker(A).stream().map(f -> f.claim().id()).collect(Collectors.toList()));
      assertEquals(List.of(K2, K8), c2.forParty(B).stream().map(f -> f.claim().id()).collect(Collectors.toList()));
      CasualtyEstimate killed = c2.estimate(CasualtyKind.KILLED);
      assertEquals(ImmutableMap.of(A, Estimate.exact(10), B, Estimate.range(5, 8)), killed.byParty());
      assertEquals(Optional.of(Estimate.range(15, 18)), killed.partySum());
      assertEquals(Optional.of(Estimate.atLeast(12)), killed.allSides());
      CasualtyEstimate wounded = c2.estimate(CasualtyKind.WOUNDED);
      assertEquals(Optional.empty(), wounded.partySum());
      assertEquals(Optional.empty(), wounded.allSides());
      assertEquals(List.of(), q.casualties(C1).figures(), "episodes' figures are not the parent's");
    }
  }

  @Nested
  @DisplayName("errors")
  class Errors {
    @Test
    @DisplayName("an id not in the model names the argument and the id")
    void unknownId() {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> q.involvement(ConflictId.of("nope")));
      assertEquals("conflict", e.field());
      assertEquals("Conflict:nope", e.value());
      assertThrows(InvalidValueException.class, () -> q.claims().by(PartyId.of("nobody")));
      assertThrows(InvalidValueException.class, () -> q.within(dev.disputemodel.TerritoryId.of("T9")));
    }

    @Test
    @DisplayName("NOT is not a certainty one can ask for; an empty span is rejected; nulls throw")
    void badArguments() {
      assertEquals("required", assertThrows(InvalidValueException.class,
          () -> When.on(day(2022, 9, 14), Certainty.NOT)).field());
      assertThrows(InvalidValueException.class, () -> q.claims().asKnownOn(day(2022, 9, 14), Certainty.NOT));
      LocalDateTime t = LocalDateTime.of(2022, 9, 14, 0, 0);
      assertEquals("until", assertThrows(InvalidValueException.class,
          () -> When.between(t, t, Certainty.POSSIBLY)).field());
      assertThrows(InvalidValueException.class, () -> q.involvement(C1).inRoles());
      assertThrows(NullPointerException.class, () -> q.allies(null));
    }
  }

  @Test
  @DisplayName("one instance answers the same from many threads")
  void threadSafe() throws Exception {
    ModelQueries fresh = ModelQueries.over(QueryFixtures.model());
    List<Claim> expected = q.claims().by(A).list();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Claim>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> fresh.claims().by(A).list()));
      }
      for (java.util.concurrent.Future<List<Claim>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The claim index is built in three passes at once unless its {@link ModelIndex} is
   * sequential; both give the same answers, here on a generated model of 20k claims.
   */
  @Test
  void parallelAndSequentialIndexesAnswerAlike() {
    dev.disputemodel.DisputeModel model = dev.disputemodel.testing.BulkModels.generate(5, 20_000);
    ModelQueries parallel = ModelQueries.over(ModelIndex.of(model, Parallelism.commonPool()));
    ModelQueries alone = ModelQueries.over(model, Parallelism.callingThread());
    assertTrue(parallel.index().parallelism().isParallel());
    assertFalse(alone.index().parallelism().isParallel());
    java.util.Random r = new java.util.Random(5);
    int compared = 0;
    for (int i = 0; i < 200; i++) {
      dev.disputemodel.Claim c = model.claims().get(r.nextInt(model.claims().size()));
      if (c.propositions().isEmpty()) {
        continue; // a withdrawal: it answers no question of its own
      }
      dev.disputemodel.PropositionKey key = c.propositions().get(0).key();
      dev.disputemodel.EntityId subject = key.subjects().get(0);
      dev.disputemodel.time.FuzzyTime day = dev.disputemodel.time.FuzzyTime.onDay(c.madeAt().latest().toLocalDate());
      assertEquals(alone.claims().on(key).list(), parallel.claims().on(key).list());
      assertEquals(alone.question(key), parallel.question(key));
      assertEquals(alone.claims().about(subject).asKnownOn(day, Certainty.POSSIBLY).list(),
          parallel.claims().about(subject).asKnownOn(day, Certainty.POSSIBLY).list());
      assertEquals(alone.claims().madeAt(When.possiblyOn(day)).ofType(key.type()).list(),
          parallel.claims().madeAt(When.possiblyOn(day)).ofType(key.type()).list());
      if (c.claimant().isPresent()) {
        assertEquals(alone.claims().by(c.claimant().get()).list(), parallel.claims().by(c.claimant().get()).list());
        compared += alone.claims().byExactly(c.claimant().get()).ofType(key.type()).count();
      }
    }
    assertTrue(compared > 200, "claims compared: " + compared);
  }
}
