package dev.disputemodel.testing;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Provision;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Supporter;
import dev.disputemodel.SupportType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one whole, consistent {@link DisputeModel} from a stream of {@link Choices}: the single
 * algorithm behind {@link Generators#models(ModelConfig)} and {@link BulkModels}.
 *
 * <p>Consistency is by construction:
 * <ul>
 *   <li>Parties fall in two pools that never mix: belligerents (who fight, and those who act for
 *       them) and third parties (mediators, and those who act for them). Relations stay within a
 *       pool, so no mediator is a belligerent or allied to one.
 *   <li>Every conflict gets a window of time; its start and end lie in the window's first and last
 *       eighths, and everything inside it (events first, then episodes, then ceasefires and
 *       mediators) lies between its start's latest and its end's earliest bound: containment and
 *       order are certain. No hostilities follow a ceasefire of the same conflict tree.
 *   <li>Claims are made, and sources published, in the last twentieth of the date range, after
 *       everything they speak of; a claim is made before its source is published.
 *   <li>Each question (proposition key) has one answer per claimant family (a party with everybody
 *       who acts for it; the source itself for claims in its own voice), so nobody contradicts
 *       itself; contested questions let different families answer differently. Casualty figures
 *       all allow one true count per conflict, kind and party, where a conflict's count is at
 *       least its episodes' and a total at least its parts; contested figures only under-report.
 *   <li>Sovereignty and control are claimed only for territories with no recorded status of that
 *       kind; attacks are denied only where no event records them; ceasefire states agree with the
 *       recorded times; "no statement" is said only of questions nobody in the family spoke on.
 * </ul>
 */
final class ModelPlanner {
  private static final PartyKind[] BELLIGERENT_KINDS = {
    PartyKind.STATE, PartyKind.ARMED_GROUP, PartyKind.DE_FACTO_STATE, PartyKind.GOVERNMENT_BODY,
    PartyKind.PERSON, PartyKind.MEDIA_OUTLET, PartyKind.OTHER, PartyKind.LIBERATION_MOVEMENT
  };
  private static final PartyKind[] THIRD_KINDS = {
    PartyKind.STATE, PartyKind.INTERNATIONAL_ORGANIZATION, PartyKind.ALLIANCE,
    PartyKind.PEACEKEEPING_MISSION, PartyKind.PERSON, PartyKind.MEDIA_OUTLET, PartyKind.OTHER,
    PartyKind.OBSERVER_MISSION, PartyKind.COURT_OR_TRIBUNAL, PartyKind.COMMISSION
  };
  private static final List<String> OFFICES =
      List.of("Prime Minister", "Foreign Minister", "President", "Spokesperson");
  private static final List<String> HEDGES = List.of("apparently", "reportedly", "it is understood");
  private static final List<EventKind> ATTACK_KINDS =
      List.of(EventKind.ATTACK, EventKind.SHELLING, EventKind.BOMBING, EventKind.CLASH);
  private static final List<CasualtyKind> COUNTED =
      List.of(CasualtyKind.KILLED, CasualtyKind.WOUNDED, CasualtyKind.MISSING);

  private final Choices c;
  private final ModelConfig cfg;
  private final int[] precisionWeights;
  private final long rangeLo;
  private final long mainHi;
  private final long tailMid;
  private final long rangeHi;

  private final List<Party> parties = new ArrayList<>();
  private final List<Boolean> third = new ArrayList<>();
  private final List<Integer> root = new ArrayList<>();
  private final List<Integer> belligerentStates = new ArrayList<>();
  private final List<Integer> nonStateFighters = new ArrayList<>();
  private final List<Integer> belligerentOthers = new ArrayList<>();
  private final List<Integer> thirdMediators = new ArrayList<>();
  private final List<Integer> peacekeepers = new ArrayList<>();
  private final List<Integer> sovereignCandidates = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<Territory> territories = new ArrayList<>();
  private final List<Integer> sovereigntyFree = new ArrayList<>();
  private final List<Integer> controlFree = new ArrayList<>();
  private final List<Plan> conflicts = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<CeasefirePlan> ceasefires = new ArrayList<>();
  private final List<MediatorPlan> mediators = new ArrayList<>();
  private final List<PartyRelation> relations = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Integer> claimFamily = new ArrayList<>();
  private final Map<Integer, List<Integer>> claimsByRoot = new HashMap<>();
  private final Set<Long> recordedAttacks = new HashSet<>();
  private final List<Topic> topics = new ArrayList<>();
  private final Map<Object, Topic> topicsByKey = new HashMap<>();
  private final Set<Long> stated = new HashSet<>();
  private final Map<PropositionKey, Integer> keyIds = new HashMap<>();
  private final Map<Long, Long> truths = new HashMap<>();
  private List<Integer> thirdParties;

  private ModelPlanner(Choices c, ModelConfig cfg) {
    this.c = c;
    this.cfg = cfg;
    this.precisionWeights = new int[Precision.values().length];
    cfg.precisionWeights().forEach((p, w) -> precisionWeights[p.ordinal()] = w);
    this.rangeLo = Times.seconds(cfg.from());
    this.rangeHi = Times.seconds(cfg.to());
    long tail = Math.max((rangeHi - rangeLo) / 20, 1);
    this.mainHi = rangeHi - tail;
    this.tailMid = mainHi + tail / 2;
  }

  /** Generates a model; every decision comes from {@code c}. */
  static DisputeModel generate(Choices c, ModelConfig cfg) {
    return new ModelPlanner(c, cfg).build();
  }

  private DisputeModel build() {
    int nParties = c.between(cfg.minParties(), cfg.maxParties());
    int nTerritories = c.between(cfg.minTerritories(), cfg.maxTerritories());
    int nConflicts = c.between(cfg.minConflicts(), cfg.maxConflicts());
    int nClaims = c.between(cfg.minClaims(), cfg.maxClaims());
    int nSources = c.between(1, cfg.maxSources());
    for (int i = 0; i < nSources; i++) {
      sources.add(source(i));
    }
    for (int i = 0; i < nParties; i++) {
      parties.add(party(i));
    }
    for (int i = 0; i < nTerritories; i++) {
      territories.add(territory(i, new int[nTerritories]));
    }
    long width = (mainHi - rangeLo) / Math.max(nConflicts, 1);
    for (int i = 0; i < nConflicts; i++) {
      long lo = rangeLo + i * width;
      plan(Optional.empty(), lo, lo + width);
    }
    int nRelations = c.between(0, cfg.maxRelations());
    for (int i = 0; i < nRelations; i++) {
      relation().ifPresent(relations::add);
    }
    int nSilences = nClaims == 0 ? 0 : c.between(0, nClaims / 10 + 1);
    for (int i = 0; i < nClaims - nSilences; i++) {
      claim();
    }
    for (int i = 0; i < nSilences; i++) {
      silence();
    }
    DisputeModel.Builder model = DisputeModel.builder();
    model.addAllParties(parties).addAllTerritories(territories).addAllSources(sources);
    model.addAllRelations(relations).addAllEvents(events).addAllClaims(claims);
    conflicts.forEach(p -> model.addConflict(p.conflict));
    ceasefires.forEach(p -> model.addCeasefire(p.ceasefire));
    mediators.forEach(m -> model.addMediator(mediator(m)));
    return model.build();
  }

  // ---------------------------------------------------------------- parties, sources, territories

  private Party party(int i) {
    boolean isThird = i >= 2 && c.nextBoolean(0.3);
    PartyKind kind = i < 2 ? PartyKind.STATE
        : c.pick(List.of(isThird ? THIRD_KINDS : BELLIGERENT_KINDS));
    Optional<Integer> actsFor = Optional.empty();
    boolean mission =
        kind == PartyKind.PEACEKEEPING_MISSION || kind == PartyKind.OBSERVER_MISSION;
    if (kind == PartyKind.GOVERNMENT_BODY || mission || kind == PartyKind.PERSON) {
      List<Integer> targets = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        PartyKind k = parties.get(j).kind();
        boolean fits = kind == PartyKind.GOVERNMENT_BODY ? k == PartyKind.STATE
            || k == PartyKind.DE_FACTO_STATE
            : mission ? k == PartyKind.STATE
                || k == PartyKind.INTERNATIONAL_ORGANIZATION || k == PartyKind.ALLIANCE
            : k != PartyKind.PERSON;
        if (fits && third.get(j) == isThird) {
          targets.add(j);
        }
      }
      if (targets.isEmpty()) {
        kind = PartyKind.STATE;
      } else {
        actsFor = Optional.of(c.pick(targets));
      }
    }
    PartyId id = partyId(i);
    Party.Builder b = Party.builder().id(id).kind(kind).name(label(kind) + " " + (i + 1));
    if (c.nextBoolean(0.2)) {
      b.addAlias(label(kind) + " " + (i + 1) + " (alias)");
    }
    actsFor.ifPresent(j -> b.actsFor(partyId(j)));
    if (kind == PartyKind.PERSON && c.nextBoolean(0.7)) {
      b.office(c.pick(OFFICES));
    }
    boolean territorial = kind == PartyKind.STATE || kind == PartyKind.DE_FACTO_STATE;
    if (territorial && c.nextBoolean(0.2)) {
      b.majorityReligion(c.pick(List.of("Christian", "Muslim", "Buddhist", "Hindu")));
    }
    boolean fighter = kind == PartyKind.ARMED_GROUP || kind == PartyKind.DE_FACTO_STATE
        || kind == PartyKind.LIBERATION_MOVEMENT;
    if ((territorial || fighter) && c.nextBoolean(0.3)) {
      b.ucdpActorId(100 + i);
    }
    if (kind == PartyKind.STATE && c.nextBoolean(0.3)) {
      b.gleditschWardNumber(300 + i);
    }
    if (kind == PartyKind.STATE && c.nextBoolean(0.3)) {
      b.iso3166(isoCode(i));
    }
    if (c.nextBoolean(0.2)) {
      b.wikidataId("Q" + (1000 + i));
    }
    third.add(isThird);
    root.add(actsFor.map(root::get).orElse(i));
    if (isThird) {
      if (kind == PartyKind.STATE || kind == PartyKind.INTERNATIONAL_ORGANIZATION
          || kind == PartyKind.ALLIANCE || mission) {
        thirdMediators.add(i);
      }
      if (mission) {
        peacekeepers.add(i);
      }
    } else if (kind == PartyKind.STATE) {
      belligerentStates.add(i);
    } else if (fighter) {
      nonStateFighters.add(i);
    } else if (kind == PartyKind.GOVERNMENT_BODY || kind == PartyKind.OTHER) {
      belligerentOthers.add(i);
    }
    if (territorial) {
      sovereignCandidates.add(i);
    }
    return b.build();
  }

  private static String label(PartyKind kind) {
    String name = kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String isoCode(int i) {
    StringBuilder s = new StringBuilder();
    int n = i;
    do {
      s.append((char) ('A' + n % 26));
      n /= 26;
    } while (n > 0 && s.length() < 3);
    while (s.length() < 2) {
      s.append('X');
    }
    return s.toString();
  }

  private Source source(int i) {
    SourceKind kind = c.pick(List.of(SourceKind.values()));
    Source.Builder b = Source.builder().id(sourceId(i)).kind(kind).title("Source " + (i + 1));
    if (c.nextBoolean(0.7)) {
      b.publisher("Publisher " + (1 + c.nextInt(5)));
    }
    if (c.nextBoolean(0.8)) {
      Times.within(c, tailMid, rangeHi, precision()).ifPresent(b::published);
    }
    if ((kind == SourceKind.DATASET_RELEASE || kind == SourceKind.RESEARCH) && c.nextBoolean(0.5)) {
      b.citation("Citation of source " + (i + 1));
    }
    return b.build();
  }

  private Territory territory(int i, int[] depth) {
    TerritoryId id = territoryId(i);
    Territory.Builder b = Territory.builder().id(id)
        .kind(c.pick(List.of(TerritoryKind.values()))).name("Territory " + (i + 1));
    depth[i] = 1;
    if (i > 0 && c.nextBoolean(0.5)) {
      List<Integer> parents = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (depth[j] < cfg.territoryDepth()) {
          parents.add(j);
        }
      }
      if (!parents.isEmpty()) {
        int parent = c.pick(parents);
        b.parent(territoryId(parent));
        depth[i] = depth[parent] + 1;
      }
    }
    if (c.nextBoolean(0.2)) {
      b.addAlias("Territory " + (i + 1) + " (alias)");
    }
    if (i > 0 && c.nextBoolean(0.3)) {
      b.addAdjacentTo(territoryId(c.nextInt(i)));
    }
    List<Optional<FuzzyPeriod>> sovereignty = sequentialPeriods(c.nextInt(3));
    boolean international = false;
    for (Optional<FuzzyPeriod> period : sovereignty) {
      SovereigntyStatus.Builder s = SovereigntyStatus.builder()
          .sovereign(partyId(c.pick(sovereignCandidates))).source(anySource());
      if (!international && c.nextBoolean(0.5)) {
        international = true;
        s.internationallyRecognized(true);
      } else {
        s.addRecognizer(partyId(c.nextInt(parties.size())));
      }
      period.ifPresent(s::period);
      b.addSovereignty(s.build());
    }
    if (sovereignty.isEmpty()) {
      sovereigntyFree.add(i);
    }
    List<Optional<FuzzyPeriod>> control = sequentialPeriods(c.nextInt(3));
    for (Optional<FuzzyPeriod> period : control) {
      ControlStatus.Builder s = ControlStatus.builder().controller(partyId(controller()))
          .kind(c.pick(List.of(ControlKind.values()))).source(anySource());
      period.ifPresent(s::period);
      b.addControl(s.build());
    }
    if (control.isEmpty()) {
      controlFree.add(i);
    }
    if (c.nextBoolean(0.4)) {
      PopulationStatus.Builder s = PopulationStatus.builder()
          .group("Group " + (1 + c.nextInt(parties.size()))).source(anySource());
      if (c.nextBoolean(0.5)) {
        s.kinState(partyId(c.pick(sovereignCandidates)));
      }
      if (c.nextBoolean(0.5)) {
        s.size(estimateAllowing(c.nextLong(cfg.maxFigure() * 100 + 1)));
      }
      if (c.nextBoolean(0.5)) {
        Times.anyShape(c, rangeLo, mainHi, precision()).ifPresent(s::period);
      }
      b.addPopulation(s.build());
    }
    return b.build();
  }

  private int controller() {
    int n = belligerentStates.size() + nonStateFighters.size();
    int i = c.nextInt(n);
    return i < belligerentStates.size()
        ? belligerentStates.get(i) : nonStateFighters.get(i - belligerentStates.size());
  }

  /**
   * Returns {@code n} periods in disjoint, ordered slices of the main window: one alone may be
   * absent or of any shape; of several, the first may have an unknown start and the last may be
   * ongoing, and each ends certainly before the next begins.
   */
  private List<Optional<FuzzyPeriod>> sequentialPeriods(int n) {
    List<Optional<FuzzyPeriod>> periods = new ArrayList<>();
    if (n == 1) {
      periods.add(c.nextBoolean(0.7)
          ? Times.anyShape(c, rangeLo, mainHi, precision()) : Optional.empty());
      return periods;
    }
    long width = (mainHi - rangeLo) / Math.max(n, 1);
    for (int i = 0; i < n; i++) {
      long lo = rangeLo + i * width;
      long hi = lo + width;
      Precision p = precision();
      int shape = c.nextInt(2);
      if (shape == 1 && i == 0) {
        periods.add(Times.within(c, lo, hi, p).map(FuzzyPeriod::until));
      } else if (shape == 1 && i == n - 1) {
        periods.add(Times.within(c, lo, hi, p).map(FuzzyPeriod::since));
      } else {
        periods.add(Times.closed(c, lo, hi, p));
      }
    }
    return periods;
  }

  // ---------------------------------------------------------------- conflicts

  /** A conflict being planned, with what its claims and ceasefires need to know. */
  private static final class Plan {
    final int index;
    final Optional<Plan> parent;
    final List<Plan> episodes = new ArrayList<>();
    final List<Integer> primaries = new ArrayList<>();
    final List<Integer> involved = new ArrayList<>();
    final List<List<Integer>> sidePrimaries = new ArrayList<>();
    final List<Integer> atStake = new ArrayList<>();
    final List<CeasefirePlan> ceasefires = new ArrayList<>();
    Conflict conflict;

    Plan(int index, Optional<Plan> parent) {
      this.index = index;
      this.parent = parent;
    }
  }

  private static final class CeasefirePlan {
    final Ceasefire ceasefire;

    CeasefirePlan(Ceasefire ceasefire) {
      this.ceasefire = ceasefire;
    }
  }

  private static final class MediatorPlan {
    final Mediator.Builder builder;
    final int party;

    MediatorPlan(Mediator.Builder builder, int party) {
      this.builder = builder;
      this.party = party;
    }
  }

  private void plan(Optional<Plan> parent, long lo, long hi) {
    Plan plan = new Plan(conflicts.size(), parent);
    conflicts.add(plan);
    parent.ifPresent(p -> p.episodes.add(plan));
    ConflictId id = conflictId(plan.index);
    Conflict.Builder b = Conflict.builder().id(id);
    if (parent.isPresent()) {
      Conflict outer = parent.get().conflict;
      b.name(outer.name() + ", episode " + parent.get().episodes.size()).parent(outer.id())
          .addAllSides(outer.sides());
      outer.type().ifPresent(b::type);
      outer.incompatibility().ifPresent(b::incompatibility);
      plan.primaries.addAll(parent.get().primaries);
      plan.involved.addAll(parent.get().involved);
      plan.sidePrimaries.addAll(parent.get().sidePrimaries);
      for (int t : parent.get().atStake) {
        if (c.nextBoolean(0.7)) {
          plan.atStake.add(t);
        }
      }
    } else {
      b.name("Conflict " + (plan.index + 1));
      sides(plan, b);
      if (c.nextBoolean(0.7)) {
        b.incompatibility(c.pick(List.of(Incompatibility.values())));
      }
      int stakes = c.nextInt(3);
      for (int i = 0; i < stakes; i++) {
        int t = c.nextInt(territories.size());
        if (!plan.atStake.contains(t)) {
          plan.atStake.add(t);
        }
      }
    }
    plan.atStake.forEach(t -> b.addTerritoriesAtStake(territoryId(t)));
    if (c.nextBoolean(0.2)) {
      b.addAlias("Conflict " + (plan.index + 1) + " (alias)");
    }
    if (c.nextBoolean(0.5)) {
      b.addSource(anySource());
    }
    Precision p = precision();
    long eighth = (hi - lo) / 8;
    Optional<FuzzyTime> start = Times.within(c, lo, lo + eighth, p);
    boolean ongoing = parent.isEmpty() && c.nextBoolean(0.3);
    Optional<FuzzyTime> end = ongoing || start.isEmpty()
        ? Optional.empty() : Times.within(c, hi - eighth, hi, precision());
    if (start.isPresent() && (ongoing || end.isPresent())) {
      b.period(ongoing ? FuzzyPeriod.since(start.get()) : FuzzyPeriod.of(start.get(), end.get()));
      Optional<Intensity> intensity = c.nextBoolean(0.6)
          ? Optional.of(c.pick(List.of(Intensity.values()))) : Optional.empty();
      intensity.ifPresent(b::intensity);
      if (intensity.isPresent() && c.nextBoolean(0.5)) {
        b.putIntensityByYear(start.get().latest().getYear(), Intensity.MINOR);
      }
      if (!ongoing && c.nextBoolean(0.5)) {
        b.outcome(c.pick(List.of(Outcome.values())));
      }
      long innerLo = start.get().latestEpochSecond();
      long innerHi = ongoing ? hi : end.get().earliestEpochSecond();
      plan.conflict = b.build();
      inside(plan, innerLo, innerHi, ongoing);
    } else {
      plan.conflict = b.build();
    }
  }

  private void sides(Plan plan, Conflict.Builder b) {
    boolean civil = !nonStateFighters.isEmpty();
    int choice = c.nextInt(5);
    Optional<ConflictType> type = choice == 0 ? Optional.empty()
        : Optional.of(ConflictType.values()[(choice + 1) % 4]);
    // choice 1 -> INTRASTATE, 2 -> INTERNATIONALIZED, 3 -> EXTRASYSTEMIC, 4 -> INTERSTATE
    if (type.isPresent() && type.get() != ConflictType.INTERSTATE && !civil) {
      type = Optional.of(ConflictType.INTERSTATE);
    }
    Set<Integer> used = new HashSet<>();
    List<Integer> a = new ArrayList<>();
    List<Integer> bSide = new ArrayList<>();
    if (type.isEmpty()) {
      List<Integer> fighters = new ArrayList<>(belligerentStates);
      fighters.addAll(nonStateFighters);
      pickInto(a, fighters, Math.min(1 + c.nextInt(2), fighters.size() - 1), used);
      pickInto(bSide, fighters, 1 + c.nextInt(2), used);
    } else if (type.get() == ConflictType.INTERSTATE) {
      pickInto(a, belligerentStates, Math.min(1 + c.nextInt(2), belligerentStates.size() - 1), used);
      pickInto(bSide, belligerentStates, 1 + c.nextInt(2), used);
    } else {
      pickInto(a, belligerentStates, 1, used);
      int n = type.get() == ConflictType.EXTRASYSTEMIC ? 1 : 1 + c.nextInt(2);
      pickInto(bSide, nonStateFighters, n, used);
    }
    type.ifPresent(b::type);
    List<List<Integer>> primaries = List.of(a, bSide);
    List<Side.Builder> builders = List.of(Side.builder().label("A"), Side.builder().label("B"));
    for (int s = 0; s < 2; s++) {
      for (int i : primaries.get(s)) {
        builders.get(s).addPrimary(partyId(i));
      }
      plan.sidePrimaries.add(primaries.get(s));
      plan.primaries.addAll(primaries.get(s));
    }
    plan.involved.addAll(plan.primaries);
    if (type.equals(Optional.of(ConflictType.INTERNATIONALIZED_INTRASTATE))) {
      List<Integer> troops = new ArrayList<>();
      pickInto(troops, belligerentStates, 1, used);
      if (troops.isEmpty()) {
        type = Optional.of(ConflictType.INTRASTATE);
        b.type(ConflictType.INTRASTATE);
      } else {
        builders.get(c.nextInt(2)).addSupporter(supporter(troops.get(0), SupportType.TROOPS));
        plan.involved.add(troops.get(0));
      }
    }
    List<Integer> supporterPool = new ArrayList<>(belligerentStates);
    supporterPool.addAll(nonStateFighters);
    supporterPool.addAll(belligerentOthers);
    for (int s = 0; s < 2; s++) {
      if (c.nextBoolean(0.4)) {
        List<Integer> chosen = new ArrayList<>();
        pickInto(chosen, supporterPool, 1, used);
        for (int i : chosen) {
          SupportType support = c.pick(List.of(SupportType.values()));
          boolean intrastate = type.equals(Optional.of(ConflictType.INTRASTATE));
          if (support == SupportType.TROOPS && intrastate) {
            support = SupportType.ARMS;
          }
          builders.get(s).addSupporter(supporter(i, support));
          plan.involved.add(i);
        }
      }
    }
    builders.forEach(side -> b.addSide(side.build()));
  }

  private Supporter supporter(int party, SupportType type) {
    Supporter.Builder s = Supporter.builder().party(partyId(party)).type(type);
    if (c.nextBoolean(0.3)) {
      s.source(anySource());
    }
    return s.build();
  }

  /** Adds up to {@code n} members of {@code pool} not yet in {@code used} to {@code into}. */
  private void pickInto(List<Integer> into, List<Integer> pool, int n, Set<Integer> used) {
    List<Integer> free = new ArrayList<>();
    for (int i : pool) {
      if (!used.contains(i)) {
        free.add(i);
      }
    }
    for (int k = 0; k < n && !free.isEmpty(); k++) {
      int i = free.remove(c.nextInt(free.size()));
      used.add(i);
      into.add(i);
    }
  }

  /** Plans events, episodes, then ceasefires and mediators inside a conflict's period. */
  private void inside(Plan plan, long lo, long hi, boolean ongoing) {
    if (hi <= lo) {
      return;
    }
    long w = hi - lo;
    long eventsHi = lo + w / 5;
    long episodesHi = lo + w * 3 / 4;
    int nEvents = c.between(0, cfg.maxEventsPerConflict());
    for (int i = 0; i < nEvents; i++) {
      event(plan, lo, eventsHi);
    }
    if (plan.parent.isEmpty()) {
      int nEpisodes = c.between(0, cfg.maxEpisodes());
      long slice = (episodesHi - eventsHi) / Math.max(nEpisodes, 1);
      for (int i = 0; i < nEpisodes; i++) {
        plan(Optional.of(plan), eventsHi + i * slice, eventsHi + (i + 1) * slice);
      }
    }
    int nCeasefires = c.between(0, cfg.maxCeasefiresPerConflict());
    long slice = (hi - episodesHi) / Math.max(nCeasefires, 1);
    for (int i = 0; i < nCeasefires; i++) {
      ceasefire(plan, episodesHi + i * slice, episodesHi + (i + 1) * slice);
    }
    int nMediators = thirdMediators.isEmpty() ? 0 : c.between(0, cfg.maxMediatorsPerConflict());
    for (int i = 0; i < nMediators; i++) {
      mediatorPlan(plan, episodesHi, hi, ongoing);
    }
  }

  private void event(Plan plan, long lo, long hi) {
    Optional<FuzzyTime> time = Times.within(c, lo, hi, precision());
    if (time.isEmpty()) {
      return;
    }
    EventKind kind = c.pick(List.of(EventKind.values()));
    Event.Builder b = Event.builder().id(eventId(events.size())).conflict(plan.conflict.id())
        .kind(kind).time(time.get()).source(anySource());
    List<Integer> participants = new ArrayList<>();
    pickInto(participants, plan.primaries, 1 + c.nextInt(2), new HashSet<>());
    participants.forEach(p -> b.addParticipant(partyId(p)));
    if (ATTACK_KINDS.contains(kind)) {
      participants.forEach(p -> recordedAttacks.add(attackKey(plan.index, p, kind)));
    }
    if (c.nextBoolean(0.6)) {
      b.addPlace(territoryId(plan.atStake.isEmpty()
          ? c.nextInt(territories.size()) : c.pick(plan.atStake)));
    }
    if ((kind == EventKind.DEPLOYMENT || kind == EventKind.WITHDRAWAL) && c.nextBoolean(0.6)) {
      b.troops(estimateAllowing(c.nextLong(cfg.maxFigure() + 1)));
    }
    if (c.nextBoolean(0.3)) {
      b.description(kind.name().toLowerCase(java.util.Locale.ROOT) + " " + (events.size() + 1));
    }
    events.add(b.build());
  }

  private static long stated(int family, int keyId) {
    return ((long) family << 32) | keyId;
  }

  private static long attackKey(int conflict, int party, EventKind kind) {
    return ((long) conflict << 36) | ((long) party << 4) | kind.ordinal();
  }

  private void ceasefire(Plan plan, long lo, long hi) {
    CeasefireId id = ceasefireId(ceasefires.size());
    Ceasefire.Builder b = Ceasefire.builder().id(id).conflict(plan.conflict.id())
        .name("Ceasefire " + (ceasefires.size() + 1)).source(anySource());
    long third = (hi - lo) / 3;
    if (c.nextBoolean(0.7)) {
      Times.within(c, lo, lo + third, precision()).ifPresent(b::agreed);
    }
    if (c.nextBoolean(0.7)) {
      Times.within(c, lo + third, lo + 2 * third, precision()).ifPresent(b::effective);
    }
    if (c.nextBoolean(0.4)) {
      Times.within(c, lo + 2 * third, hi, precision()).ifPresent(b::ended);
    }
    for (int p : plan.primaries) {
      if (c.nextBoolean(0.6)) {
        b.addSignatory(partyId(p));
      }
    }
    int nProvisions = c.nextInt(3);
    for (int i = 0; i < nProvisions; i++) {
      b.addProvision(provision(plan));
    }
    if (!plan.ceasefires.isEmpty() && c.nextBoolean(0.5)) {
      b.addLinks(ChainLink.succeeds(plan.ceasefires.get(plan.ceasefires.size() - 1).ceasefire.id()));
    }
    CeasefirePlan cp = new CeasefirePlan(b.build());
    plan.ceasefires.add(cp);
    ceasefires.add(cp);
  }

  private Provision provision(Plan plan) {
    int territory = plan.atStake.isEmpty() ? c.nextInt(territories.size()) : c.pick(plan.atStake);
    switch (c.nextInt(3)) {
      case 0:
        return new Withdrawal(partyId(c.pick(plan.primaries)), territoryId(territory));
      case 1:
        if (!peacekeepers.isEmpty()) {
          return new Deployment(partyId(c.pick(peacekeepers)), territoryId(territory),
              estimateAllowing(c.nextLong(cfg.maxFigure() + 1)));
        }
        return new OtherProvision("Deployment of observers");
      default:
        return new OtherProvision(c.pick(List.of("Exchange of prisoners", "Humanitarian corridor")));
    }
  }

  private void mediatorPlan(Plan plan, long lo, long hi, boolean ongoing) {
    int party = c.pick(thirdMediators);
    MediatorRole role = c.pick(List.of(MediatorRole.values()));
    Mediator.Builder b = Mediator.builder().id(mediatorId(mediators.size())).party(partyId(party))
        .role(role).conflict(plan.conflict.id()).source(anySource());
    if (!plan.ceasefires.isEmpty() && (role == MediatorRole.BROKER || c.nextBoolean(0.3))) {
      b.ceasefire(c.pick(plan.ceasefires).ceasefire.id());
    }
    if ((role == MediatorRole.PEACEKEEPER || role == MediatorRole.OBSERVER)
        && c.nextBoolean(0.6)) {
      b.forceSize(estimateAllowing(c.nextLong(cfg.maxFigure() + 1)));
    }
    if (c.nextBoolean(0.5)) {
      Optional<FuzzyPeriod> period = ongoing && c.nextBoolean(0.5)
          ? Times.within(c, lo, hi, precision()).map(FuzzyPeriod::since)
          : Times.closed(c, lo, hi, precision());
      period.ifPresent(b::period);
    }
    mediators.add(new MediatorPlan(b, party));
  }

  private Mediator mediator(MediatorPlan m) {
    List<Integer> own = claimsByRoot.getOrDefault(root.get(m.party), List.of());
    if (!own.isEmpty() && c.nextBoolean(0.3)) {
      m.builder.attestedBy(claims.get(c.pick(own)).id());
    }
    return m.builder.build();
  }

  // ---------------------------------------------------------------- relations

  private Optional<PartyRelation> relation() {
    int scheme = c.nextInt(4);
    if (thirdParties == null) {
      thirdParties = new ArrayList<>();
      for (int i = 0; i < parties.size(); i++) {
        if (third.get(i)) {
          thirdParties.add(i);
        }
      }
    }
    int from;
    int to;
    RelationKind kind;
    if (scheme == 0 && thirdParties.size() >= 2) {
      from = c.pick(thirdParties);
      to = c.pick(thirdParties);
      kind = c.pick(List.of(RelationKind.values()));
    } else if (scheme == 1 && !conflicts.isEmpty()) {
      Plan p = c.pick(conflicts);
      from = c.pick(p.sidePrimaries.get(0));
      to = c.pick(p.sidePrimaries.get(1));
      kind = RelationKind.HOSTILE_TO;
    } else if (scheme == 2 && !conflicts.isEmpty()) {
      Plan p = c.pick(conflicts);
      List<Integer> side = p.sidePrimaries.get(c.nextInt(2));
      from = c.pick(side);
      to = c.pick(side);
      kind = c.pick(List.of(RelationKind.ALLY_OF, RelationKind.HAS_TIES_TO, RelationKind.BACKS));
    } else {
      from = c.nextInt(parties.size());
      Optional<PartyId> target = parties.get(from).actsFor();
      if (target.isEmpty()) {
        return Optional.empty();
      }
      to = Integer.parseInt(target.get().value().substring(1)) - 1;
      kind = c.pick(List.of(RelationKind.PART_OF, RelationKind.MEMBER_OF));
    }
    if (from == to) {
      return Optional.empty();
    }
    PartyRelation.Builder b = PartyRelation.builder().id(relationId(relations.size()))
        .from(partyId(from)).to(partyId(to)).kind(kind).source(anySource());
    if (c.nextBoolean(0.5)) {
      Times.anyShape(c, rangeLo, mainHi, precision()).ifPresent(b::period);
    }
    if (c.nextBoolean(0.2)) {
      b.hedge(c.pick(HEDGES));
    }
    return Optional.of(b.build());
  }

  // ---------------------------------------------------------------- claims

  /** Who answers a question as one: a party's root, or a source speaking in its own voice. */
  private int family(Optional<Integer> claimant, int source) {
    return claimant.map(root::get).orElse(-1 - source);
  }

  private record Version(Polarity polarity, Proposition proposition, long truth, boolean lowered) {}

  /** One question, and the answer each family (or everybody, if uncontested) gives. */
  private abstract static class Topic {
    int keyId;
    final boolean contested;
    final Map<Integer, Version> versions = new HashMap<>();

    Topic(boolean contested) {
      this.contested = contested;
    }

    abstract PropositionKey key();

    Version version(int family) {
      Integer who = contested ? family : Integer.MIN_VALUE;
      Version v = versions.get(who);
      if (v == null) {
        v = answer(family);
        versions.put(who, v);
      }
      return v;
    }

    abstract Version answer(int family);

    /** Returns the proposition one claim states; casualty topics draw a figure per claim. */
    Proposition proposition(Version v) {
      return v.proposition();
    }
  }

  private void claim() {
    int sourceIndex = c.nextInt(sources.size());
    Optional<Integer> claimant =
        c.nextBoolean(0.1) ? Optional.empty() : Optional.of(c.nextInt(parties.size()));
    int family = family(claimant, sourceIndex);
    Topic topic = null;
    if (!topics.isEmpty() && c.nextBoolean(0.5)) {
      topic = c.pick(topics);
    } else {
      topic = newTopic(claimant).orElse(topics.isEmpty() ? null : c.pick(topics));
    }
    if (topic == null) {
      return;
    }
    Version v = topic.version(family);
    List<Proposition> propositions = new ArrayList<>();
    propositions.add(topic.proposition(v));
    List<Integer> keys = new ArrayList<>(2);
    keys.add(topic.keyId);
    if (v.polarity() == Polarity.ASSERTS && topics.size() > 1 && c.nextBoolean(0.15)) {
      Topic other = c.pick(topics);
      Version w = other.version(family);
      if (other != topic && w.polarity() == Polarity.ASSERTS && !keys.contains(other.keyId)) {
        propositions.add(other.proposition(w));
        keys.add(other.keyId);
      }
    }
    Source source = sources.get(sourceIndex);
    long madeHi = source.published().map(FuzzyTime::earliestEpochSecond).orElse(tailMid);
    long madeLo = mainHi;
    Optional<Integer> revises = Optional.empty();
    if (claimant.isPresent() && c.nextBoolean(0.1)) {
      List<Integer> own = claimsByRoot.getOrDefault(root.get(claimant.get()), List.of());
      for (int k = own.size() - 1; k >= Math.max(0, own.size() - 8) && revises.isEmpty(); k--) {
        Claim earlier = claims.get(own.get(k));
        if (earlier.claimant().equals(Optional.of(partyId(claimant.get())))) {
          revises = Optional.of(own.get(k));
          madeLo = earlier.madeAt().latestEpochSecond();
        }
      }
    }
    Optional<FuzzyTime> madeAt = Times.within(c, madeLo, madeHi, precision());
    if (madeAt.isEmpty()) {
      revises = Optional.empty();
      madeAt = Times.within(c, mainHi, madeHi, precision());
    }
    if (madeAt.isEmpty()) {
      return;
    }
    int index = claims.size();
    Claim.Builder b = Claim.builder().id(claimId(index)).source(source.id()).madeAt(madeAt.get())
        .polarity(v.polarity()).addAllPropositions(propositions);
    claimant.ifPresent(p -> b.claimant(partyId(p)));
    revises.ifPresent(r -> b.revises(claimId(r)));
    if (c.nextBoolean(0.3)) {
      b.quote("Quoted words " + (index + 1));
    }
    if (c.nextBoolean(0.1)) {
      b.hedge(c.pick(HEDGES));
    }
    claims.add(b.build());
    claimFamily.add(family);
    if (claimant.isPresent()) {
      claimsByRoot.computeIfAbsent(family, k -> new ArrayList<>()).add(index);
    }
    keys.forEach(k -> stated.add(stated(family, k)));
  }

  private Optional<Topic> newTopic(Optional<Integer> claimant) {
    boolean contested = c.nextBoolean(cfg.contestedShare());
    int first = c.nextInt(8);
    for (int k = 0; k < 8; k++) {
      Optional<Topic> t = topic((first + k) % 8, contested, claimant);
      if (t.isPresent()) {
        Object identity = t.get() instanceof CasualtyTopic ct
            ? List.of(ct.key(), ct.kind) : t.get().key();
        Topic existing = topicsByKey.get(identity);
        if (existing != null) {
          return Optional.of(existing);
        }
        topicsByKey.put(identity, t.get());
        t.get().keyId = keyIds.computeIfAbsent(t.get().key(), key -> keyIds.size());
        topics.add(t.get());
        return t;
      }
    }
    return Optional.empty();
  }

  private Optional<Topic> topic(int type, boolean contested, Optional<Integer> claimant) {
    switch (type) {
      case 0:
        return sovereigntyTopic(contested);
      case 1:
        return controlTopic(contested);
      case 2:
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(casualtyTopic(contested));
      case 3:
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(initiatorTopic(contested));
      case 4:
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(attackTopic(contested));
      case 5:
        return ceasefires.isEmpty() ? Optional.empty() : Optional.of(ceasefireTopic(contested));
      case 6:
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(stanceTopic(contested, claimant));
      default:
        return claims.isEmpty() ? Optional.empty() : backingTopic(contested);
    }
  }

  private Polarity contestedPolarity(Topic t, double denial) {
    return t.contested && c.nextBoolean(denial) ? Polarity.DENIES : Polarity.ASSERTS;
  }

  private Optional<Topic> sovereigntyTopic(boolean contested) {
    if (sovereigntyFree.isEmpty()) {
      return Optional.empty();
    }
    TerritoryId t = territoryId(c.pick(sovereigntyFree));
    return Optional.of(new Topic(contested) {
      @Override
      PropositionKey key() {
        return new Sovereignty(t, partyId(0)).key();
      }

      @Override
      Version answer(int family) {
        return new Version(contestedPolarity(this, 0.2),
            new Sovereignty(t, partyId(c.pick(sovereignCandidates))), 0, false);
      }
    });
  }

  private Optional<Topic> controlTopic(boolean contested) {
    if (controlFree.isEmpty()) {
      return Optional.empty();
    }
    TerritoryId t = territoryId(c.pick(controlFree));
    return Optional.of(new Topic(contested) {
      @Override
      PropositionKey key() {
        return new Control(t, partyId(0)).key();
      }

      @Override
      Version answer(int family) {
        return new Version(contestedPolarity(this, 0.2),
            new Control(t, partyId(controller())), 0, false);
      }
    });
  }

  private Topic initiatorTopic(boolean contested) {
    Plan plan = c.pick(conflicts);
    ConflictId id = plan.conflict.id();
    return new Topic(contested) {
      @Override
      PropositionKey key() {
        return new Initiated(id, partyId(0)).key();
      }

      @Override
      Version answer(int family) {
        return new Version(contestedPolarity(this, 0.1),
            new Initiated(id, partyId(c.pick(plan.primaries))), 0, false);
      }
    };
  }

  private Topic attackTopic(boolean contested) {
    Plan plan = c.pick(conflicts);
    int side = c.nextInt(2);
    int attacker = c.pick(plan.sidePrimaries.get(side));
    EventKind kind = c.pick(ATTACK_KINDS);
    Optional<PartyId> target = c.nextBoolean(0.5)
        ? Optional.of(partyId(c.pick(plan.sidePrimaries.get(1 - side)))) : Optional.empty();
    Optional<TerritoryId> place = c.nextBoolean(0.5)
        ? Optional.of(territoryId(c.nextInt(territories.size()))) : Optional.empty();
    Attack attack = new Attack(plan.conflict.id(), partyId(attacker), kind, target, place);
    boolean recorded = recordedAttacks.contains(attackKey(plan.index, attacker, kind));
    return new Topic(contested) {
      @Override
      PropositionKey key() {
        return attack.key();
      }

      @Override
      Version answer(int family) {
        Polarity polarity = recorded ? Polarity.ASSERTS : contestedPolarity(this, 0.4);
        return new Version(polarity, attack, 0, false);
      }
    };
  }

  private Topic ceasefireTopic(boolean contested) {
    Ceasefire ceasefire = c.pick(ceasefires).ceasefire;
    List<CeasefireState> states = ceasefire.ended().isPresent()
        ? List.of(CeasefireState.ENDED, CeasefireState.VIOLATED)
        : ceasefire.effective().isPresent()
            ? List.of(CeasefireState.HOLDING, CeasefireState.VIOLATED)
            : List.of(CeasefireState.values());
    return new Topic(contested) {
      @Override
      PropositionKey key() {
        return new CeasefireStatus(ceasefire.id(), states.get(0)).key();
      }

      @Override
      Version answer(int family) {
        return new Version(Polarity.ASSERTS,
            new CeasefireStatus(ceasefire.id(), c.pick(states)), 0, false);
      }
    };
  }

  private Topic stanceTopic(boolean contested, Optional<Integer> claimant) {
    int holder = claimant.map(root::get).orElseGet(() -> c.nextInt(parties.size()));
    Plan plan = c.pick(conflicts);
    StanceKind kind = c.pick(List.of(StanceKind.values()));
    Optional<PartyId> addressee = Optional.empty();
    if (c.nextBoolean(0.5)) {
      int a = c.pick(plan.involved);
      if (a != holder) {
        addressee = Optional.of(partyId(a));
      }
    }
    Stance stance = new Stance(partyId(holder), kind, plan.conflict.id(), addressee);
    return new Topic(contested) {
      @Override
      PropositionKey key() {
        return stance.key();
      }

      @Override
      Version answer(int family) {
        Polarity polarity = family == holder ? Polarity.ASSERTS : contestedPolarity(this, 0.4);
        return new Version(polarity, stance, 0, false);
      }
    };
  }

  private Optional<Topic> backingTopic(boolean contested) {
    int account = c.nextInt(claims.size());
    int backer = c.nextInt(parties.size());
    if (root.get(backer) == claimFamily.get(account)) {
      return Optional.empty();
    }
    BacksAccount backing = new BacksAccount(partyId(backer), claims.get(account).id());
    return Optional.of(new Topic(contested) {
      @Override
      PropositionKey key() {
        return backing.key();
      }

      @Override
      Version answer(int family) {
        Polarity polarity = family == root.get(backer)
            ? Polarity.ASSERTS : contestedPolarity(this, 0.4);
        return new Version(polarity, backing, 0, false);
      }
    });
  }

  /** A casualty question: one conflict, one party (or all sides), one kind of casualty. */
  private final class CasualtyTopic extends Topic {
    final Plan plan;
    final Optional<Integer> party;
    final CasualtyKind kind;

    CasualtyTopic(boolean contested, Plan plan, Optional<Integer> party, CasualtyKind kind) {
      super(contested);
      this.plan = plan;
      this.party = party;
      this.kind = kind;
    }

    @Override
    PropositionKey key() {
      return proposition(Estimate.unknown()).key();
    }

    private Casualties proposition(Estimate count) {
      return new Casualties(plan.conflict.id(), party.map(ModelPlanner.this::partyId), kind, count);
    }

    @Override
    Version answer(int family) {
      long truth = truth(plan, kind, party.orElse(-1));
      boolean lower = contested && party.isPresent() && kind != CasualtyKind.UNSPECIFIED
          && truth >= 2 && c.nextBoolean(0.5);
      return new Version(Polarity.ASSERTS, proposition(Estimate.unknown()), truth, lower);
    }

    @Override
    Proposition proposition(Version v) {
      return proposition(v.lowered() ? underReport(v.truth()) : estimateAllowing(v.truth()));
    }
  }

  private Topic casualtyTopic(boolean contested) {
    Plan plan = c.pick(conflicts);
    Optional<Integer> party =
        c.nextBoolean(0.7) ? Optional.of(c.pick(plan.involved)) : Optional.empty();
    return new CasualtyTopic(contested, plan, party, c.pick(List.of(CasualtyKind.values())));
  }

  /**
   * Returns the true count of {@code kind} casualties of {@code party} (or of all sides, for -1)
   * in {@code plan}: the conflict's own plus its episodes', so that a whole is never less than
   * its parts; unspecified casualties are the killed, wounded and missing together.
   */
  private long truth(Plan plan, CasualtyKind kind, int party) {
    if (kind == CasualtyKind.UNSPECIFIED) {
      long sum = 0;
      for (CasualtyKind k : COUNTED) {
        sum += truth(plan, k, party);
      }
      return sum;
    }
    long key = ((long) plan.index << 34) | ((long) (party + 1) << 2) | kind.ordinal();
    Long known = truths.get(key);
    if (known != null) {
      return known;
    }
    long value = 0;
    if (party >= 0) {
      value = c.nextLong(cfg.maxFigure() + 1);
    } else {
      for (int p : new LinkedHashSet<>(plan.involved)) {
        value += truth(plan, kind, p);
      }
      value += c.nextLong(cfg.maxFigure() / 10 + 1);
    }
    for (Plan episode : plan.episodes) {
      value += truth(episode, kind, party);
    }
    truths.put(key, value);
    return value;
  }

  /** Returns a figure of any form that allows the count {@code n}. */
  private Estimate estimateAllowing(long n) {
    Estimate e;
    switch (c.nextInt(6)) {
      case 0:
        e = Estimate.exact(n);
        break;
      case 1:
        e = Estimate.atLeast(n - c.nextLong(n + 1));
        break;
      case 2:
        e = Estimate.atMost(n + c.nextLong(n + 1));
        break;
      case 3:
        long lo = n - c.nextLong(n + 1);
        long hi = n + 1 + c.nextLong(n + 1);
        e = c.nextBoolean(0.5) ? Estimate.range(lo, n, hi) : Estimate.range(lo, hi);
        break;
      case 4:
        e = Estimate.about(n);
        break;
      default:
        e = Estimate.unknown();
        break;
    }
    return c.nextBoolean(0.3) ? e.withWording(wording(e)) : e;
  }

  /** Returns a figure below {@code truth} (at least 2) that does not allow it: an under-report. */
  private Estimate underReport(long truth) {
    long reported = truth / 2;
    long hi = reported + c.nextLong(truth - reported);
    Estimate e;
    switch (c.nextInt(3)) {
      case 0:
        e = Estimate.exact(reported);
        break;
      case 1:
        e = Estimate.atMost(hi);
        break;
      default:
        e = hi > reported ? Estimate.range(reported, hi) : Estimate.exact(reported);
        break;
    }
    return c.nextBoolean(0.3) ? e.withWording(wording(e)) : e;
  }

  private static String wording(Estimate e) {
    switch (e.form()) {
      case EXACT:
        return Long.toString(e.low().getAsLong());
      case ABOUT:
        return "about " + e.best().getAsLong();
      case AT_LEAST:
        return "at least " + e.low().getAsLong();
      case AT_MOST:
        return "up to " + e.high().getAsLong();
      case RANGE:
        return e.low().getAsLong() + " to " + e.high().getAsLong();
      default:
        return "an unknown number";
    }
  }

  /** Adds a claim that a party said nothing on a question nobody in its family spoke on. */
  private void silence() {
    if (topics.isEmpty()) {
      return;
    }
    int party = c.nextInt(parties.size());
    Topic topic = c.pick(topics);
    if (stated.contains(stated(root.get(party), topic.keyId))) {
      return;
    }
    PropositionKey about = topic.key();
    int sourceIndex = c.nextInt(sources.size());
    Optional<Integer> claimant =
        c.nextBoolean(0.5) ? Optional.empty() : Optional.of(c.nextInt(parties.size()));
    if (claimant.isPresent() && root.get(claimant.get()).equals(root.get(party))) {
      claimant = Optional.empty();
    }
    Source source = sources.get(sourceIndex);
    long madeHi = source.published().map(FuzzyTime::earliestEpochSecond).orElse(tailMid);
    Optional<FuzzyTime> madeAt = Times.within(c, mainHi, madeHi, precision());
    if (madeAt.isEmpty()) {
      return;
    }
    NoStatement silence = new NoStatement(partyId(party), about);
    Optional<Integer> speaker = claimant;
    Claim.Builder b = Claim.builder().id(claimId(claims.size())).source(source.id())
        .madeAt(madeAt.get()).addProposition(silence);
    speaker.ifPresent(p -> b.claimant(partyId(p)));
    int family = family(speaker, sourceIndex);
    if (speaker.isPresent()) {
      claimsByRoot.computeIfAbsent(family, k -> new ArrayList<>()).add(claims.size());
    }
    claims.add(b.build());
    claimFamily.add(family);
  }

  // ---------------------------------------------------------------- helpers

  private Precision precision() {
    return Times.precision(c, precisionWeights);
  }

  private SourceId anySource() {
    return sources.get(c.nextInt(sources.size())).id();
  }

  // One id object per entity, shared by every reference to it (as JsonFormat's reader shares them):
  // a model of a million claims then holds each id once, and comparing ids finds them identical.
  private final IdCache<PartyId> partyIds = new IdCache<>("P", PartyId::of);
  private final IdCache<TerritoryId> territoryIds = new IdCache<>("T", TerritoryId::of);
  private final IdCache<ConflictId> conflictIds = new IdCache<>("C", ConflictId::of);
  private final IdCache<EventId> eventIds = new IdCache<>("E", EventId::of);
  private final IdCache<CeasefireId> ceasefireIds = new IdCache<>("S", CeasefireId::of);
  private final IdCache<MediatorId> mediatorIds = new IdCache<>("M", MediatorId::of);
  private final IdCache<ClaimId> claimIds = new IdCache<>("K", ClaimId::of);
  private final IdCache<RelationId> relationIds = new IdCache<>("R", RelationId::of);
  private final IdCache<SourceId> sourceIds = new IdCache<>("D", SourceId::of);

  PartyId partyId(int i) {
    return partyIds.get(i);
  }

  TerritoryId territoryId(int i) {
    return territoryIds.get(i);
  }

  ConflictId conflictId(int i) {
    return conflictIds.get(i);
  }

  EventId eventId(int i) {
    return eventIds.get(i);
  }

  CeasefireId ceasefireId(int i) {
    return ceasefireIds.get(i);
  }

  MediatorId mediatorId(int i) {
    return mediatorIds.get(i);
  }

  ClaimId claimId(int i) {
    return claimIds.get(i);
  }

  RelationId relationId(int i) {
    return relationIds.get(i);
  }

  SourceId sourceId(int i) {
    return sourceIds.get(i);
  }

  /** The ids {@code prefix + (i + 1)} of one kind, each made once. */
  private static final class IdCache<T> {
    private final String prefix;
    private final java.util.function.Function<String, T> make;
    private final List<T> made = new ArrayList<>();

    IdCache(String prefix, java.util.function.Function<String, T> make) {
      this.prefix = prefix;
      this.make = make;
    }

    T get(int i) {
      while (made.size() <= i) {
        made.add(make.apply(prefix + (made.size() + 1)));
      }
      return made.get(i);
    }
  }
}
