package dev.disputemodel.testing;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Outcome;
import dev.disputemodel.Share;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.VoteResult;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the conflicts, their episodes and events. Each top-level conflict gets its own slice of
 * the facts window; its start and end lie in the slice's first and last eighths, and everything
 * inside it lies between its start's latest and its end's earliest bound, in order: events in the
 * first fifth, then episodes (which take the conflict's sides) up to three quarters, then
 * ceasefires and mediator roles ({@link CeasefirePlanner}). So containment and order are certain,
 * and no hostilities follow a ceasefire of the same conflict tree.
 *
 * <p>Sides follow the UCDP types: interstate wars between belligerent states; intrastate and
 * extrasystemic ones between a state and non-state fighters; internationalized ones with a state
 * sending troops. Nobody is on two sides.
 */
final class ConflictPlanner {
  /** Event kinds that record one party attacking: what an attack claim may be about. */
  static final List<EventKind> ATTACK_KINDS =
      List.of(EventKind.ATTACK, EventKind.SHELLING, EventKind.BOMBING, EventKind.CLASH);
  private static final List<EventKind> EVENT_KINDS = List.of(EventKind.values());
  private static final List<Incompatibility> INCOMPATIBILITIES = List.of(Incompatibility.values());
  private static final List<Intensity> INTENSITIES = List.of(Intensity.values());
  private static final List<Outcome> OUTCOMES = List.of(Outcome.values());
  private static final List<SupportType> SUPPORT_TYPES = List.of(SupportType.values());

  private final ModelDraft d;
  private final Choices c;
  private final CeasefirePlanner ceasefires;

  ConflictPlanner(ModelDraft draft, CeasefirePlanner ceasefires) {
    this.d = draft;
    this.c = draft.c;
    this.ceasefires = ceasefires;
  }

  /** Plans {@code n} top-level conflicts with everything inside them. */
  void plan(Choices.Length n) {
    long width = (d.time.factsEnd - d.time.start) / Math.max(n.n(), 1);
    c.each(n, i -> {
      long lo = d.time.start + i * width;
      conflict(Optional.empty(), lo, lo + width);
    });
  }

  private void conflict(Optional<ConflictPlan> parent, long lo, long hi) {
    ConflictPlan plan = new ConflictPlan(d.conflicts.size(), parent);
    d.conflicts.add(plan);
    parent.ifPresent(p -> p.episodes.add(plan));
    Conflict.Builder b = Conflict.builder().id(d.conflicts.id(plan.index));
    if (parent.isPresent()) {
      episodeOf(parent.get(), plan, b);
    } else {
      b.name("Conflict " + (plan.index + 1));
      sides(plan, b);
      if (c.nextBoolean(0.7)) {
        b.incompatibility(c.pick(INCOMPATIBILITIES));
      }
      int stakes = c.nextInt(3);
      for (int i = 0; i < stakes; i++) {
        int t = c.nextInt(d.territories.size());
        if (!plan.atStake.contains(t)) {
          plan.atStake.add(t);
        }
      }
    }
    plan.atStake.forEach(t -> b.addTerritoriesAtStake(d.territories.id(t)));
    if (c.nextBoolean(0.2)) {
      b.addAlias("Conflict " + (plan.index + 1) + " (alias)");
    }
    if (c.nextBoolean(0.5)) {
      b.addSource(d.anySource());
    }
    Precision p = d.precision();
    long eighth = (hi - lo) / 8;
    Optional<FuzzyTime> start = Times.within(c, lo, lo + eighth, p);
    boolean ongoing = parent.isEmpty() && c.nextBoolean(0.3);
    Optional<FuzzyTime> end = ongoing || start.isEmpty()
        ? Optional.empty() : Times.within(c, hi - eighth, hi, d.precision());
    if (start.isEmpty() || !(ongoing || end.isPresent())) {
      plan.conflict = b.build();
      return;
    }
    b.period(ongoing ? FuzzyPeriod.since(start.get()) : FuzzyPeriod.of(start.get(), end.get()));
    Optional<Intensity> intensity =
        c.nextBoolean(0.6) ? Optional.of(c.pick(INTENSITIES)) : Optional.empty();
    intensity.ifPresent(b::intensity);
    if (intensity.isPresent() && c.nextBoolean(0.5)) {
      b.putIntensityByYear(start.get().latest().getYear(), Intensity.MINOR);
    }
    if (!ongoing && c.nextBoolean(0.5)) {
      b.outcome(c.pick(OUTCOMES));
    }
    plan.conflict = b.build();
    long innerLo = start.get().latestEpochSecond();
    long innerHi = ongoing ? hi : end.get().earliestEpochSecond();
    inside(plan, innerLo, innerHi, ongoing);
  }

  /**
   * An episode takes its conflict's sides (unless it is recorded without sides, which leaves
   * them to its conflict), type and incompatibility, and some of its stakes.
   */
  private void episodeOf(ConflictPlan outer, ConflictPlan plan, Conflict.Builder b) {
    Conflict conflict = outer.conflict;
    b.name(conflict.name() + ", episode " + outer.episodes.size()).parent(conflict.id());
    double sideless = d.config.sidelessEpisodeShare();
    if (!(sideless > 0 && c.nextBoolean(sideless))) {
      b.addAllSides(conflict.sides());
    }
    conflict.type().ifPresent(b::type);
    conflict.incompatibility().ifPresent(b::incompatibility);
    plan.primaries.addAll(outer.primaries);
    plan.involved.addAll(outer.involved);
    plan.sidePrimaries.addAll(outer.sidePrimaries);
    for (int t : outer.atStake) {
      if (c.nextBoolean(0.7)) {
        plan.atStake.add(t);
      }
    }
  }

  private void sides(ConflictPlan plan, Conflict.Builder b) {
    PartyRoles roles = d.roles;
    boolean civil = !roles.nonStateFighters.isEmpty();
    int choice = c.nextInt(5);
    // choice 1 -> INTRASTATE, 2 -> INTERNATIONALIZED, 3 -> EXTRASYSTEMIC, 4 -> INTERSTATE
    Optional<ConflictType> type = choice == 0 ? Optional.empty()
        : Optional.of(ConflictType.values()[(choice + 1) % 4]);
    if (type.isPresent() && type.get() != ConflictType.INTERSTATE && !civil) {
      type = Optional.of(ConflictType.INTERSTATE);
    }
    Set<Integer> used = new HashSet<>();
    List<Integer> a = new ArrayList<>();
    List<Integer> bSide = new ArrayList<>();
    if (type.isEmpty()) {
      List<Integer> fighters = new ArrayList<>(roles.belligerentStates);
      fighters.addAll(roles.nonStateFighters);
      pickInto(a, fighters, Math.min(1 + c.nextInt(2), fighters.size() - 1), used);
      pickInto(bSide, fighters, 1 + c.nextInt(2), used);
    } else if (type.get() == ConflictType.INTERSTATE) {
      List<Integer> states = roles.belligerentStates;
      pickInto(a, states, Math.min(1 + c.nextInt(2), states.size() - 1), used);
      pickInto(bSide, states, 1 + c.nextInt(2), used);
    } else {
      pickInto(a, roles.belligerentStates, 1, used);
      int n = type.get() == ConflictType.EXTRASYSTEMIC ? 1 : 1 + c.nextInt(2);
      pickInto(bSide, roles.nonStateFighters, n, used);
    }
    type.ifPresent(b::type);
    List<List<Integer>> primaries = List.of(a, bSide);
    List<Side.Builder> builders = List.of(Side.builder().label("A"), Side.builder().label("B"));
    for (int s = 0; s < 2; s++) {
      for (int i : primaries.get(s)) {
        builders.get(s).addPrimary(d.parties.id(i));
      }
      plan.sidePrimaries.add(primaries.get(s));
      plan.primaries.addAll(primaries.get(s));
    }
    plan.involved.addAll(plan.primaries);
    if (type.equals(Optional.of(ConflictType.INTERNATIONALIZED_INTRASTATE))) {
      List<Integer> troops = new ArrayList<>();
      pickInto(troops, roles.belligerentStates, 1, used);
      if (troops.isEmpty()) {
        type = Optional.of(ConflictType.INTRASTATE);
        b.type(ConflictType.INTRASTATE);
      } else {
        builders.get(c.nextInt(2)).addSupporter(supporter(troops.get(0), SupportType.TROOPS));
        plan.involved.add(troops.get(0));
      }
    }
    boolean intrastate = type.equals(Optional.of(ConflictType.INTRASTATE));
    List<Integer> supporterPool = new ArrayList<>(roles.belligerentStates);
    supporterPool.addAll(roles.nonStateFighters);
    supporterPool.addAll(roles.belligerentOthers);
    for (int s = 0; s < 2; s++) {
      if (c.nextBoolean(0.4)) {
        List<Integer> chosen = new ArrayList<>();
        pickInto(chosen, supporterPool, 1, used);
        for (int i : chosen) {
          SupportType support = c.pick(SUPPORT_TYPES);
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
    Supporter.Builder s = Supporter.builder().party(d.parties.id(party)).type(type);
    if (c.nextBoolean(0.3)) {
      s.source(d.anySource());
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
  private void inside(ConflictPlan plan, long lo, long hi, boolean ongoing) {
    if (hi <= lo) {
      return;
    }
    long w = hi - lo;
    long eventsHi = lo + w / 5;
    long episodesHi = lo + w * 3 / 4;
    int nEvents = c.between(0, d.config.maxEventsPerConflict());
    for (int i = 0; i < nEvents; i++) {
      event(plan, lo, eventsHi);
    }
    if (plan.depth < d.config.episodeDepth()) {
      int nEpisodes = c.between(0, d.config.maxEpisodes());
      long slice = (episodesHi - eventsHi) / Math.max(nEpisodes, 1);
      for (int i = 0; i < nEpisodes; i++) {
        conflict(Optional.of(plan), eventsHi + i * slice, eventsHi + (i + 1) * slice);
      }
    }
    ceasefires.plan(plan, episodesHi, hi, ongoing);
  }

  private void event(ConflictPlan plan, long lo, long hi) {
    Optional<FuzzyTime> time = Times.within(c, lo, hi, d.precision());
    if (time.isEmpty()) {
      return;
    }
    EventKind kind = c.pick(EVENT_KINDS);
    int index = d.events.size();
    Event.Builder b = Event.builder().id(d.events.id(index)).conflict(plan.conflict.id())
        .kind(kind).time(time.get()).source(d.anySource());
    List<Integer> participants = new ArrayList<>();
    pickInto(participants, plan.primaries, 1 + c.nextInt(2), new HashSet<>());
    participants.forEach(p -> b.addParticipant(d.parties.id(p)));
    if (ATTACK_KINDS.contains(kind)) {
      participants.forEach(p -> d.recordAttack(plan.index, p, kind));
    }
    if (c.nextBoolean(0.6)) {
      b.addPlace(d.territories.id(plan.atStake.isEmpty()
          ? c.nextInt(d.territories.size()) : c.pick(plan.atStake)));
    }
    if ((kind == EventKind.DEPLOYMENT || kind == EventKind.WITHDRAWAL) && c.nextBoolean(0.6)) {
      b.troops(Figures.allowing(c, c.nextLong(d.config.maxFigure() + 1)));
    }
    if (kind.isVote() && c.nextBoolean(0.7)) {
      b.addResult(voteResult(kind, plan));
    }
    if (c.nextBoolean(0.3)) {
      b.description(kind.name().toLowerCase(Locale.ROOT) + " " + (index + 1));
    }
    d.events.add(b.build());
  }

  /**
   * Returns a vote's result: yes and no counts and shares that add up (the shares in hundredths
   * of a percent), a turnout, and for an election a winner among the primaries.
   */
  private VoteResult voteResult(EventKind kind, ConflictPlan plan) {
    VoteResult.Builder r = VoteResult.builder().source(d.anySource());
    int yesHundredths = c.nextInt(10_001);
    boolean turnout = c.nextBoolean(0.5);
    if (c.nextBoolean(0.7)) {
      r.yesShare(Share.percent(java.math.BigDecimal.valueOf(yesHundredths, 2).toPlainString()));
    }
    if (c.nextBoolean(0.5)) {
      r.noShare(Share.percent(java.math.BigDecimal.valueOf(10_000 - yesHundredths, 2).toPlainString()));
    }
    if (c.nextBoolean(0.5)) {
      long yes = c.nextLong(d.config.maxFigure() + 1);
      r.yesVotes(Figures.allowing(c, yes)).noVotes(Figures.allowing(c, c.nextLong(d.config.maxFigure() + 1)));
    }
    if (turnout) {
      int low = c.nextInt(101);
      r.turnout(Share.between(Integer.toString(low), Integer.toString(low + c.nextInt(101 - low))));
    }
    if (kind == EventKind.ELECTION && !plan.primaries.isEmpty() && c.nextBoolean(0.6)) {
      r.addWinner(d.parties.id(c.pick(plan.primaries)));
    }
    if (!turnout) {
      r.turnout(Share.percent("50")); // at least one figure
    }
    return r.build();
  }
}
