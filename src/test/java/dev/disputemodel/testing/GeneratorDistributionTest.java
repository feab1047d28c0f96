package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Casualties;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts what 1,000 generated models hold and asserts that every kind, proposition type,
 * precision, estimate form and period shape occurs: a generator that never produced one of them
 * would leave it untested by every property built on the kit.
 */
class GeneratorDistributionTest {
  private static final List<DisputeModel> MODELS = new ArrayList<>();

  @BeforeAll
  static void generate() {
    Gen<DisputeModel> gen = Generators.models();
    for (long seed = 0; seed < 1_000; seed++) {
      MODELS.add(gen.sample(seed, 30).value());
    }
  }

  @SafeVarargs
  private static <E extends Enum<E>> void assertAllOccur(Class<E> type, List<E> drawn, E... notGenerated) {
    Map<E, Integer> counts = new EnumMap<>(type);
    drawn.forEach(e -> counts.merge(e, 1, Integer::sum));
    List<E> skipped = List.of(notGenerated);
    for (E e : type.getEnumConstants()) {
      if (skipped.contains(e)) {
        continue;
      }
      assertTrue(counts.getOrDefault(e, 0) > 0, type.getSimpleName() + "." + e + " never occurs: " + counts);
    }
  }

  private static <T> List<T> all(java.util.function.Function<DisputeModel, List<T>> f) {
    List<T> all = new ArrayList<>();
    MODELS.forEach(m -> all.addAll(f.apply(m)));
    return all;
  }

  @Test
  void everyPartyKindRelationKindAndTerritoryKindOccurs() {
    assertAllOccur(PartyKind.class, all(DisputeModel::parties).stream().map(Party::kind).toList());
    assertAllOccur(RelationKind.class,
        all(DisputeModel::relations).stream().map(PartyRelation::kind).toList());
    assertAllOccur(TerritoryKind.class,
        all(DisputeModel::territories).stream().map(Territory::kind).toList());
    assertAllOccur(SourceKind.class, all(DisputeModel::sources).stream().map(Source::kind).toList());
    assertTrue(all(DisputeModel::territories).stream().anyMatch(t -> t.parent().isPresent()
        && MODELS.stream().anyMatch(m -> m.territory(t.parent().get())
            .flatMap(Territory::parent).isPresent())), "no three-level territory hierarchy");
  }

  @Test
  void everyConflictShapeOccurs() {
    List<Conflict> conflicts = all(DisputeModel::conflicts);
    assertAllOccur(ConflictType.class, conflicts.stream().flatMap(c -> c.type().stream()).toList());
    assertAllOccur(SupportType.class, conflicts.stream().flatMap(c -> c.sides().stream())
        .flatMap(s -> s.supporters().stream()).map(s -> s.type()).toList());
    assertAllOccur(EventKind.class, all(DisputeModel::events).stream().map(Event::kind).toList());
    assertAllOccur(MediatorRole.class,
        all(DisputeModel::mediators).stream().map(Mediator::role).toList());
    assertTrue(conflicts.stream().anyMatch(c -> c.parent().isPresent()), "no episodes");
    assertTrue(conflicts.stream().anyMatch(c -> c.period().map(FuzzyPeriod::isOngoing).orElse(false)));
    List<Ceasefire> ceasefires = all(DisputeModel::ceasefires);
    Set<Class<?>> provisions = new HashSet<>();
    ceasefires.forEach(s -> s.provisions().forEach(p -> provisions.add(p.getClass())));
    assertTrue(provisions.size() == 3, "provision types: " + provisions);
    assertTrue(ceasefires.stream().anyMatch(s -> !s.links().isEmpty()), "no successions");
  }

  @Test
  void everyPropositionTypeCasualtyKindAndCeasefireStateOccurs() {
    List<Proposition> propositions =
        all(DisputeModel::claims).stream().flatMap(k -> k.propositions().stream()).toList();
    assertAllOccur(PropositionType.class, propositions.stream().map(p -> p.key().type()).toList());
    assertAllOccur(CasualtyKind.class, propositions.stream()
        .filter(Casualties.class::isInstance).map(p -> ((Casualties) p).kind()).toList());
    assertAllOccur(CeasefireState.class, propositions.stream()
        .filter(CeasefireStatus.class::isInstance).map(p -> ((CeasefireStatus) p).state()).toList());
    assertAllOccur(Polarity.class, all(DisputeModel::claims).stream().map(Claim::polarity).toList());
    assertTrue(all(DisputeModel::claims).stream().anyMatch(k -> k.revises().isPresent()));
    assertTrue(all(DisputeModel::claims).stream().anyMatch(k -> k.claimant().isEmpty()));
    assertTrue(all(DisputeModel::claims).stream().anyMatch(k -> k.about().isPresent()), "no claim about a past period");
    assertTrue(all(DisputeModel::mediators).stream().anyMatch(m -> m.strengths().size() > 1), "no strength series");
  }

  @Test
  void contestedQuestionsOccurInManyModels() {
    int contested = 0;
    for (DisputeModel m : MODELS) {
      Map<PropositionKey, List<Claim>> byKey = new HashMap<>();
      m.claims().forEach(k -> k.propositions()
          .forEach(p -> byKey.computeIfAbsent(p.key(), x -> new ArrayList<>()).add(k)));
      boolean any = byKey.values().stream().anyMatch(ks -> ks.stream()
          .anyMatch(a -> ks.stream().anyMatch(a::contradicts)));
      contested += any ? 1 : 0;
    }
    assertTrue(contested > 100, "models with a contested question: " + contested);
  }

  @Test
  void everyPrecisionEstimateFormAndPeriodShapeOccurs() {
    List<FuzzyTime> times = new ArrayList<>();
    List<FuzzyPeriod> periods = new ArrayList<>();
    for (DisputeModel m : MODELS) {
      m.events().forEach(e -> times.add(e.time()));
      m.claims().forEach(k -> times.add(k.madeAt()));
      m.sources().forEach(s -> s.published().ifPresent(times::add));
      m.conflicts().forEach(c -> c.period().ifPresent(periods::add));
      m.territories().forEach(t -> t.control().forEach(s -> s.period().ifPresent(periods::add)));
    }
    periods.forEach(p -> {
      p.start().ifPresent(times::add);
      p.end().ifPresent(times::add);
    });
    assertAllOccur(Precision.class, times.stream().map(FuzzyTime::precision).toList());
    assertTrue(periods.stream().anyMatch(p -> p.start().isEmpty()), "no unknown start");
    assertTrue(periods.stream().anyMatch(FuzzyPeriod::isOngoing), "no open end");
    assertTrue(periods.stream().anyMatch(p -> p.start().isPresent() && p.end().isPresent()));
    List<Estimate> figures = all(DisputeModel::claims).stream()
        .flatMap(k -> k.propositions().stream())
        .filter(Casualties.class::isInstance).map(p -> ((Casualties) p).count()).toList();
    assertAllOccur(Estimate.Form.class, figures.stream().map(Estimate::form).toList());
    assertTrue(figures.stream().anyMatch(e -> e.wording().isPresent()), "no wording kept");
  }

  @Test
  void unitGeneratorsCoverEveryPrecisionAndForm() {
    List<Precision> precisions = new ArrayList<>();
    List<Estimate.Form> forms = new ArrayList<>();
    for (long seed = 0; seed < 1_000; seed++) {
      precisions.add(Generators.fuzzyTimes().sample(seed, 30).value().precision());
      forms.add(Generators.estimates().sample(seed, 30).value().form());
    }
    assertAllOccur(Precision.class, precisions);
    assertAllOccur(Estimate.Form.class, forms);
    for (Precision p : Precision.values()) {
      assertTrue(Generators.fuzzyTimes(p).sample(3, 30).value().precision() == p, p.toString());
    }
    for (Estimate.Form f : Estimate.Form.values()) {
      assertTrue(Generators.estimates(f).sample(3, 30).value().form() == f, f.toString());
    }
  }

  /** The opt-in shapes of real data: each knob produces what it says. */
  @Test
  void roughKnobsProduceTheirShapes() {
    Gen<DisputeModel> rough = Generators.models(ModelConfig.builder().conflicts(1, 3)
        .claimsAfterFacts(false).episodeDepth(3).sidelessEpisodeShare(0.5)
        .roughPeriodShare(0.5).build());
    Gen<DisputeModel> faulty = Generators.models(ModelConfig.builder().faults(IntRange.of(1, 4))
        .build());
    List<FuzzyPeriod> periods = new ArrayList<>();
    int sideless = 0;
    int nested = 0;
    int claimsBeforeEvents = 0;
    int cycles = 0;
    for (long seed = 0; seed < 300; seed++) {
      DisputeModel m = rough.sample(seed, 30).value();
      m.mediators().forEach(x -> x.period().ifPresent(periods::add));
      m.territories().forEach(t -> t.control().forEach(x -> x.period().ifPresent(periods::add)));
      for (Conflict c : m.conflicts()) {
        sideless += c.parent().isPresent() && c.sides().isEmpty() ? 1 : 0;
        nested += c.parent().flatMap(m::conflict).flatMap(Conflict::parent).isPresent() ? 1 : 0;
      }
      long lastEvent = m.events().stream().mapToLong(e -> e.time().earliestEpochSecond())
          .max().orElse(Long.MIN_VALUE);
      claimsBeforeEvents += m.claims().stream()
          .filter(k -> k.madeAt().latestEpochSecond() < lastEvent).count();
      DisputeModel f = faulty.sample(seed, 30).value();
      cycles += f.territories().stream().anyMatch(t -> inCycle(f, t)) ? 1 : 0;
    }
    assertTrue(periods.stream().anyMatch(p -> p.start().isPresent() && p.end().isPresent()
        && p.start().get().latestEpochSecond() > p.end().get().earliestEpochSecond()
        && !p.start().get().equals(p.end().get())), "no period with overlapping bounds");
    assertTrue(periods.stream().anyMatch(p -> p.start().isPresent()
        && p.start().equals(p.end())), "no period 'in T'");
    assertTrue(sideless > 0, "no episode without sides");
    assertTrue(nested > 0, "no episode of an episode");
    assertTrue(claimsBeforeEvents > 0, "no claim made before an event");
    assertTrue(cycles > 0, "no model with an injected territory cycle");
  }

  private static boolean inCycle(DisputeModel m, Territory t) {
    Set<dev.disputemodel.TerritoryId> seen = new HashSet<>();
    for (java.util.Optional<dev.disputemodel.TerritoryId> up = java.util.Optional.of(t.id());
        up.isPresent(); up = m.territory(up.get()).flatMap(Territory::parent)) {
      if (!seen.add(up.get())) {
        return true;
      }
    }
    return false;
  }
}
