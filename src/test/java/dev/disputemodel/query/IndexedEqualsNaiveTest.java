package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.IntRange;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The property "indexed result equals the naive stream filter" for every indexed query: same
 * elements, same order. Runs on the test kit (tries from {@code dispute-model.tries}, shrinking,
 * seed replay) over three kinds of model, all dated within the window the queries ask about: the
 * kit's consistent models; rough ones (claims spread over the window, so many are made around
 * the dates asked about; periods whose uncertain bounds overlap; episodes nested and without
 * sides of their own; faults such as territory cycles and contradictions), as a query meets them
 * in real data; and the hand-built fixture.
 */
class IndexedEqualsNaiveTest {
  private static final ModelConfig CONSISTENT = ModelConfig.builder()
      .dates(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)).contestedShare(0.5).build();

  /** What a query must also answer right: anything the builders accept. */
  private static final ModelConfig ROUGH = ModelConfig.builder().from(CONSISTENT)
      .parties(3, 10).territories(1, 7).conflicts(1, 4).claims(0, 60)
      .claimsAfterFacts(false).roughPeriodShare(0.4).episodeDepth(3).sidelessEpisodeShare(0.5)
      .faults(IntRange.of(0, 4)).build();

  static Gen<DisputeModel> models() {
    return Gen.frequency(
        Gen.weighted(3, Generators.models(CONSISTENT)),
        Gen.weighted(2, Generators.models(ROUGH)),
        Gen.weighted(1, Gen.constant(QueryFixtures.model())));
  }

  /** Times asked about: instants and spans of every precision, open and unknown ends. */
  static List<When> whens(long seed) {
    Random r = new Random(seed);
    List<When> out = new ArrayList<>();
    out.add(When.anyTime());
    for (int i = 0; i < 10; i++) {
      LocalDate day = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(5 * 365));
      FuzzyTime t;
      switch (i % 5) {
        case 0: t = FuzzyTime.onDay(day); break;
        case 1: t = FuzzyTime.inMonth(YearMonth.from(day)); break;
        case 2: t = FuzzyTime.inYear(Year.of(day.getYear())); break;
        case 3: t = FuzzyTime.on(day, dev.disputemodel.time.PartOfDay.values()[r.nextInt(4)]); break;
        default: t = FuzzyTime.atHour(day.atTime(r.nextInt(24), 0)); break;
      }
      out.add(When.definitelyOn(t));
      out.add(When.possiblyOn(t));
      out.add(When.at(t.earliest().plusMinutes(r.nextInt(600)), i % 2 == 0 ? Certainty.DEFINITELY : Certainty.POSSIBLY));
      LocalDate later = day.plusDays(1 + r.nextInt(900));
      out.add(When.between(day.atStartOfDay(), later.atTime(12, 0), Certainty.DEFINITELY));
      out.add(When.between(day.atTime(6, 0), later.atStartOfDay().plusHours(1), Certainty.POSSIBLY));
    }
    return out;
  }

  @PropertyTest
  void timeQueries(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    NaiveQueries naive = new NaiveQueries(model);
    for (When w : whens(model.claims().size())) {
      assertEquals(naive.conflictsActive(w), q.conflictsActive(w), w::toString);
      assertEquals(naive.events(w), q.events(w), w::toString);
      assertEquals(naive.ceasefiresInEffect(w), q.ceasefiresInEffect(w), w::toString);
      assertEquals(naive.ceasefiresInEffect(w, ContestedCeasefires.EXCLUDE),
          q.ceasefiresInEffect(w, ContestedCeasefires.EXCLUDE), w::toString);
      assertEquals(naive.mediatorsActive(w), q.mediatorsActive(w), w::toString);
      assertEquals(naive.relationsActive(w), q.relationsActive(w), w::toString);
    }
  }

  @PropertyTest
  void claimQueries(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    NaiveQueries naive = new NaiveQueries(model);
    for (Party p : model.parties()) {
      assertEquals(naive.claims(naive.by(p.id())), q.claims().by(p.id()).list(), p.id()::toString);
      assertEquals(naive.claims(c -> c.claimant().equals(Optional.of(p.id()))),
          q.claims().byExactly(p.id()).list());
    }
    for (Entity e : model.entities()) {
      assertEquals(naive.claims(naive.about(Set.of(e.id()))), q.claims().about(e.id()).list(), e.id()::toString);
    }
    for (Territory t : model.territories()) {
      Set<TerritoryId> area = new HashSet<>(naive.descendants(t.id()));
      area.add(t.id());
      assertEquals(naive.claims(naive.about(area)), q.claims().aboutTerritory(t.id()).list());
    }
    Set<PropositionKey> keys = new HashSet<>();
    model.claims().forEach(c -> c.propositions().forEach(p -> keys.add(p.key())));
    for (PropositionKey k : keys) {
      assertEquals(naive.claims(naive.on(k)), q.claims().on(k).list(), k::toString);
    }
    for (PropositionType type : PropositionType.values()) {
      assertEquals(naive.claims(c -> c.propositions().stream().anyMatch(p -> p.key().type() == type)),
          q.claims().ofType(type).list());
    }
    for (dev.disputemodel.Source s : model.sources()) {
      assertEquals(naive.claims(c -> c.source().equals(s.id())), q.claims().reportedIn(s.id()).list());
    }
    Random r = new Random(model.claims().size());
    for (int i = 0; i < 8; i++) {
      FuzzyTime date = FuzzyTime.onDay(LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365)));
      for (Certainty c : List.of(Certainty.DEFINITELY, Certainty.POSSIBLY)) {
        assertEquals(naive.claims(naive.knownOn(date, c)), q.claims().asKnownOn(date, c).list(), date + " " + c);
        for (Party p : model.parties()) {
          assertEquals(naive.claims(naive.by(p.id()).and(naive.knownOn(date, c)).and(c2 -> c2.propositions().stream().anyMatch(x -> x.key().type() == PropositionType.CASUALTIES))),
              q.claims().asKnownOn(date, c).ofType(PropositionType.CASUALTIES).by(p.id()).list());
        }
      }
    }
    for (When w : whens(model.claims().size() + 7L)) {
      assertEquals(naive.claims(c -> w.accepts(Optional.of(FuzzyPeriod.at(c.madeAt())))),
          q.claims().madeAt(w).list(), w::toString);
    }
    combinedCriteria(model, q, naive, keys, r);
  }

  /**
   * Conjunctions, where one criterion drives and the others are decided on the index (posting
   * lists walked along the driver's, per-claim times) or on the claim: every order of criteria
   * gives the naive answer.
   */
  private static void combinedCriteria(
      DisputeModel model, ModelQueries q, NaiveQueries naive, Set<PropositionKey> keys, Random r) {
    List<Entity> entities = new ArrayList<>();
    model.entities().forEach(entities::add);
    for (Party p : model.parties()) {
      for (PropositionType type : PropositionType.values()) {
        java.util.function.Predicate<Claim> ofType =
            c -> c.propositions().stream().anyMatch(x -> x.key().type() == type);
        assertEquals(naive.claims(ofType.and(c -> c.claimant().equals(Optional.of(p.id())))),
            q.claims().ofType(type).byExactly(p.id()).list(), () -> p.id() + " " + type);
        assertEquals(naive.claims(ofType.and(naive.by(p.id()))),
            q.claims().by(p.id()).ofType(type).list(), () -> p.id() + " " + type);
      }
      if (!entities.isEmpty()) {
        Set<EntityId> two = new HashSet<>(List.of(entities.get(r.nextInt(entities.size())).id(),
            entities.get(r.nextInt(entities.size())).id()));
        assertEquals(naive.claims(naive.about(two).and(naive.by(p.id()))),
            q.claims().by(p.id()).aboutAnyOf(two).list(), () -> p.id() + " " + two);
        assertEquals(naive.claims(naive.about(two).and(naive.by(p.id()))),
            q.claims().aboutAnyOf(two).by(p.id()).list(), () -> p.id() + " " + two);
      }
    }
    for (PropositionKey k : keys) {
      FuzzyTime date = FuzzyTime.onDay(LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365)));
      for (Certainty c : List.of(Certainty.DEFINITELY, Certainty.POSSIBLY)) {
        assertEquals(naive.claims(naive.on(k).and(naive.knownOn(date, c))),
            q.claims().on(k).asKnownOn(date, c).list(), () -> k + " " + date + " " + c);
        assertEquals(naive.claims(naive.on(k).and(naive.knownOn(date, c))),
            q.claims().asKnownOn(date, c).on(k).list(), () -> k + " " + date + " " + c);
      }
      When w = When.possiblyOn(FuzzyTime.inYear(Year.of(2019 + r.nextInt(5))));
      assertEquals(naive.claims(naive.on(k).and(c -> w.accepts(Optional.of(FuzzyPeriod.at(c.madeAt()))))
              .and(c -> c.polarity() == dev.disputemodel.Polarity.ASSERTS)),
          q.claims().madeAt(w).withPolarity(dev.disputemodel.Polarity.ASSERTS).on(k).list(), k::toString);
    }
  }

  @PropertyTest
  void territoryAndConflictQueries(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    NaiveQueries naive = new NaiveQueries(model);
    for (Territory t : model.territories()) {
      assertEquals(naive.descendants(t.id()), new HashSet<>(q.contains(t.id())), t.id()::toString);
      assertEquals(q.contains(t.id()).size(), new HashSet<>(q.contains(t.id())).size());
      for (Territory u : model.territories()) {
        assertEquals(naive.descendants(u.id()).contains(t.id()) && !t.id().equals(u.id()), q.isWithin(t.id(), u.id()));
      }
      assertEquals(naive.conflictsAbout(t.id()), q.conflictsAbout(t.id()));
    }
    for (dev.disputemodel.Conflict c : model.conflicts()) {
      for (boolean episodes : List.of(false, true)) {
        InvolvementQuery iq = q.involvement(c.id());
        List<Involvement> got = (episodes ? iq.withEpisodes() : iq).list();
        Set<List<Object>> tuples = got.stream()
            .map(i -> List.<Object>of(i.party(), i.role(), i.conflict(), i.via(), i.through()))
            .collect(Collectors.toSet());
        assertEquals(naive.involvements(c.id(), episodes), tuples, c.id() + " episodes " + episodes);
        // none listed twice (a party on two sides is involved once per side)
        assertEquals(new HashSet<>(got).size(), got.size(), c.id() + " episodes " + episodes);
      }
      List<List<Object>> figures = q.casualties(c.id()).figures().stream()
          .map(f -> List.<Object>of(f.claim().id(), f.party(), f.kind(), f.count()))
          .collect(Collectors.toList());
      assertEquals(new HashSet<>(naive.casualties(c.id())), new HashSet<>(figures));
      assertEquals(naive.casualties(c.id()).size(), figures.size());
    }
  }

  @PropertyTest
  void alliesAndContested(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    NaiveQueries naive = new NaiveQueries(model);
    List<Set<RelationKind>> kindSets = List.of(
        Set.of(RelationKind.ALLY_OF, RelationKind.BACKS), Set.of(RelationKind.values()));
    for (Party p : model.parties()) {
      for (When w : whens(p.id().hashCode()).subList(0, 5)) {
        for (Set<RelationKind> kinds : kindSets) {
          for (boolean transitive : List.of(false, true)) {
            AllyQuery aq = q.allies(p.id()).at(w).kinds(kinds.toArray(new RelationKind[0]));
            List<Ally> got = (transitive ? aq.transitive() : aq).list();
            Map<PartyId, List<Object>> asMap = new HashMap<>();
            got.forEach(a -> asMap.put(a.party(), List.of(a.distance(), a.certainty())));
            assertEquals(naive.allies(p.id(), w, kinds, transitive), asMap, p.id() + " " + w + " " + kinds);
          }
        }
      }
    }
    Set<PropositionKey> contested = q.contested().stream().map(Question::key).collect(Collectors.toSet());
    assertEquals(naive.contestedKeys(), contested);
    List<PropositionKey> order = q.contested().stream().map(Question::key).collect(Collectors.toList());
    assertEquals(order.stream().sorted().collect(Collectors.toList()), order);
    for (Question question : q.contested()) {
      Set<Claim> inVersions = question.versions().stream().flatMap(v -> v.claims().stream()).collect(Collectors.toSet());
      assertEquals(new HashSet<>(naive.answering(question.key())), inVersions);
      for (Version v : question.versions()) {
        for (Claim c : v.claims()) {
          assertEquals(true, c.propositions().stream().anyMatch(p -> naive.answerTo(question.key(), c.polarity(), p)
              .equals(Optional.of(v.proposition()))) && c.polarity() == v.polarity(), c + " gives " + v);
        }
      }
    }
  }

  @PropertyTest
  void statusesAndDivergences(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    for (When w : whens(3)) {
      List<TerritoryId> naive = new ArrayList<>();
      for (Territory t : model.territories()) {
        Set<PartyId> sov = t.sovereignty().stream().filter(s -> w.accepts(s.period())).flatMap(s -> s.sovereign().stream()).collect(Collectors.toSet());
        Set<PartyId> other = new HashSet<>();
        t.control().stream().filter(s -> w.accepts(s.period())).forEach(s -> other.add(s.controller()));
        t.population().stream().filter(s -> w.accepts(s.period())).forEach(s -> s.kinState().ifPresent(other::add));
        if (!sov.isEmpty() && !sov.containsAll(other)) {
          naive.add(t.id());
        }
      }
      assertEquals(naive, q.divergences(w).stream().map(Divergence::territory).collect(Collectors.toList()), w::toString);
    }
  }

}
