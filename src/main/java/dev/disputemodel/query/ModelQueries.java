package dev.disputemodel.query;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Reference;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.index.CeasefireStanding;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.StateReport;
import dev.disputemodel.index.Parallelism;
import dev.disputemodel.index.Question;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.UnstatedPeriod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The questions a reader of a dispute asks, answered from an immutable {@link DisputeModel}
 * through indexes built once: who is involved and how, who stands with whom, what lies within a
 * territory and who holds it, what was active when, what is claimed and contested, what was known
 * on a date, which ceasefires were in effect and who disputes them, and the casualty figures.
 *
 * <pre>{@code
 * ModelQueries q = ModelQueries.over(model);
 * q.involvement(C1).withEpisodes().inRoles(Role.PRIMARY).parties();    // [Armenia, Azerbaijan]
 * q.ceasefiresInEffect(When.definitelyOn(FuzzyTime.onDay(LocalDate.of(2022, 9, 14))));
 * q.claims().by(AZERBAIJAN).ofType(PropositionType.CASUALTIES)
 *     .asKnownOn(FuzzyTime.onDay(LocalDate.of(2022, 10, 1)), Certainty.DEFINITELY).list();
 * }</pre>
 *
 * <p>Indexes are built lazily, each at most once, on the first query that needs it, in time
 * linear in the model times a log factor; afterwards a selective query reads only its candidates
 * (see {@code docs/queries.md} for the cost of each). The index the consistency checker uses
 * ({@link ModelIndex}: actsFor chains, sides inherited by episodes, relations by party, events by
 * conflict, backers by account) is shared, not rebuilt: pass one to {@link #over(ModelIndex)}.
 * The largest index builds run with a {@link Parallelism}: the common fork-join pool unless
 * {@link #over(DisputeModel, Parallelism)} says otherwise.
 *
 * <p>Immutable and thread-safe: any number of threads may query one instance. Every id argument
 * must name an entity of the model, else {@link InvalidValueException} (field and id named).
 */
public final class ModelQueries {
  private final DisputeModel model;
  private final ModelIndex index;
  private final Supplier<EntityIndex> entities;
  private final Supplier<ClaimIndex> claims;
  private final Supplier<ImmutableList<Question>> contested;

  private ModelQueries(ModelIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    this.model = index.model();
    this.entities = Suppliers.memoize(() -> new EntityIndex(model, index));
    this.claims = Suppliers.memoize(() -> new ClaimIndex(model, index));
    this.contested = Suppliers.memoize(this::findContested);
  }

  /**
   * Returns the queries over {@code model}; indexes are built on first use, the largest split
   * across the common fork-join pool ({@link Parallelism#commonPool()}).
   */
  public static ModelQueries over(DisputeModel model) {
    return over(model, Parallelism.commonPool());
  }

  /**
   * Returns the queries over {@code model}, whose indexes are built on first use with
   * {@code parallelism} (a pool of the application's, or {@link Parallelism#callingThread()} to
   * keep every build on the thread that queries). The answers are the same whatever the
   * parallelism.
   */
  public static ModelQueries over(DisputeModel model, Parallelism parallelism) {
    return new ModelQueries(ModelIndex.of(Objects.requireNonNull(model, "model"), parallelism));
  }

  /**
   * Returns the queries over the model of {@code index}, sharing its indexes (and its
   * {@link ModelIndex#parallelism()}) with the checker.
   */
  public static ModelQueries over(ModelIndex index) {
    return new ModelQueries(index);
  }

  /** Returns the model queried. */
  public DisputeModel model() {
    return model;
  }

  /** Returns the index shared with the consistency checker. */
  public ModelIndex index() {
    return index;
  }

  // ------------------------------------------------------------------ parties

  /**
   * Returns the question "who is involved in {@code conflict}, and how", to refine with
   * {@link InvolvementQuery#withEpisodes()}, {@link InvolvementQuery#inRoles} and
   * {@link InvolvementQuery#of}.
   *
   * @throws InvalidValueException if the conflict is not in the model
   */
  public InvolvementQuery involvement(ConflictId conflict) {
    require(conflict, "conflict");
    return new InvolvementQuery(this, conflict, false, ImmutableSet.copyOf(Role.values()), Optional.empty());
  }

  /**
   * Returns the question "who are the allies and backers of {@code party}": by default direct
   * {@link RelationKind#ALLY_OF} and {@link RelationKind#BACKS} relations at any time.
   *
   * @throws InvalidValueException if the party is not in the model
   */
  public AllyQuery allies(PartyId party) {
    require(party, "party");
    return new AllyQuery(this, party, When.anyTime(),
        ImmutableSet.of(RelationKind.ALLY_OF, RelationKind.BACKS), false);
  }

  /**
   * Returns every third-party role in {@code conflict} or its episodes whose party (or a party it
   * acts for) has an {@link RelationKind#ALLY_OF} relation, in either direction, with a
   * belligerent (a primary party or troop supporter of a side, sides inherited as
   * {@link ModelIndex#sides} does) of the role's conflict, at a time that possibly overlaps the
   * role (an unstated period possibly overlaps any: {@link UnstatedPeriod#UNKNOWN}). Ordered by
   * the role's position in the model, then the relation's.
   *
   * <p>Cost: for each role in the conflict's subtree, the relations of its actsFor chain.
   *
   * @throws InvalidValueException if the conflict is not in the model
   */
  public ImmutableList<MediatorAlliance> mediatorAlliances(ConflictId conflict) {
    require(conflict, "conflict");
    List<MediatorAlliance> out = new ArrayList<>();
    for (ConflictId c : withEpisodes(conflict)) {
      for (Mediator m : entities.get().mediatorsByConflict.get(c)) {
        Set<PartyId> fighters = new LinkedHashSet<>();
        for (Side side : index.sides(m.conflict())) {
          fighters.addAll(ModelIndex.belligerents(side));
        }
        List<PartyId> chain = index.actsForChain(m.party());
        for (PartyId self : chain) {
          for (PartyRelation r : index.relationsByParty().get(self)) {
            PartyId other = r.from().equals(self) ? r.to() : r.from();
            if (r.kind() != RelationKind.ALLY_OF || !fighters.contains(other) || chain.contains(other)) {
              continue;
            }
            Certainty overlap = UnstatedPeriod.UNKNOWN.overlap(r.period(), m.period());
            if (overlap.isPossible()) {
              out.add(new MediatorAlliance(m, index.principal(m.party()), other, r, overlap));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((MediatorAlliance a) -> position(a.mediator().id()))
        .thenComparingInt(a -> position(a.alliance().id())));
    return ImmutableList.copyOf(out);
  }

  // ------------------------------------------------------------------ territories

  /**
   * Returns the territories {@code territory} lies within, nearest first (its parent, then its
   * parent's parent, ...). Cycle-safe: stops before a territory would repeat. Cost: O(depth).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<TerritoryId> within(TerritoryId territory) {
    Territory t = require(territory, "territory");
    Set<TerritoryId> seen = new LinkedHashSet<>();
    seen.add(territory);
    Optional<TerritoryId> parent = t.parent();
    while (parent.isPresent() && seen.add(parent.get())) {
      parent = model.territory(parent.get()).flatMap(Territory::parent);
    }
    seen.remove(territory);
    return ImmutableList.copyOf(seen);
  }

  /**
   * Returns every territory inside {@code territory}, at any depth, breadth-first (children
   * before grandchildren, siblings in model order), each once and never the territory itself,
   * even when the hierarchy has a cycle. Cost: O(result).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<TerritoryId> contains(TerritoryId territory) {
    require(territory, "territory");
    ImmutableList<TerritoryId> all = selfAndDescendants(territory);
    return all.subList(1, all.size());
  }

  /**
   * Returns true if {@code inner} lies within {@code outer} at any depth (not when they are equal).
   *
   * @throws InvalidValueException if either territory is not in the model
   */
  public boolean isWithin(TerritoryId inner, TerritoryId outer) {
    require(outer, "outer");
    return within(inner).contains(outer);
  }

  /**
   * Returns the sovereignty statuses of {@code territory} that meet {@code when}, in the
   * territory's order.
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<SovereigntyStatus> sovereignty(TerritoryId territory, When when) {
    return filter(this.<Territory>require(territory, "territory").sovereignty(), SovereigntyStatus::period, when);
  }

  /** Returns the control statuses of {@code territory} that meet {@code when}, in its order. */
  public ImmutableList<ControlStatus> control(TerritoryId territory, When when) {
    return filter(this.<Territory>require(territory, "territory").control(), ControlStatus::period, when);
  }

  /** Returns the population statuses of {@code territory} that meet {@code when}, in its order. */
  public ImmutableList<PopulationStatus> population(TerritoryId territory, When when) {
    return filter(this.<Territory>require(territory, "territory").population(), PopulationStatus::period, when);
  }

  /**
   * Returns the territories where, at {@code when}, a party recognized as sovereign is stated and
   * a controller or a population's kin state is not among the sovereigns, in model order. Only
   * statuses that meet {@code when} count. Cost: O(territories with a sovereign and a controller or
   * population).
   */
  public ImmutableList<Divergence> divergences(When when) {
    Objects.requireNonNull(when, "when");
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (Territory t : model.territories()) {
      if (t.sovereignty().isEmpty() || (t.control().isEmpty() && t.population().isEmpty())) {
        continue;
      }
      Set<PartyId> sovereigns = new LinkedHashSet<>();
      sovereignty(t.id(), when).forEach(s -> s.sovereign().ifPresent(sovereigns::add));
      Set<PartyId> controllers = new LinkedHashSet<>();
      control(t.id(), when).forEach(c -> controllers.add(c.controller()));
      Set<PartyId> kin = new LinkedHashSet<>();
      population(t.id(), when).forEach(p -> p.kinState().ifPresent(kin::add));
      Divergence d = new Divergence(t.id(), sovereigns, controllers, kin);
      if (!sovereigns.isEmpty() && (d.controlDiffers() || d.populationDiffers())) {
        out.add(d);
      }
    }
    return out.build();
  }

  /**
   * Returns the conflicts about {@code territory} or a territory inside it: those with it at
   * stake, or with an event placed there, in model order. Cost: O(sub-territories + hits).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<Conflict> conflictsAbout(TerritoryId territory) {
    require(territory, "territory");
    Set<Conflict> found = new LinkedHashSet<>();
    for (TerritoryId t : selfAndDescendants(territory)) {
      found.addAll(entities.get().conflictsByTerritory.get(t));
      entities.get().eventsByPlace.get(t).forEach(e -> model.conflict(e.conflict()).ifPresent(found::add));
    }
    return sortByPosition(found, Conflict::id);
  }

  // ------------------------------------------------------------------ time

  /** Returns the conflicts and episodes active at {@code when}, in model order. */
  public ImmutableList<Conflict> conflictsActive(When when) {
    return active(model.conflicts(), entities.get().conflictTimes, Conflict::period, when);
  }

  /** Returns the events that happened at {@code when} (their time overlaps it), in model order. */
  public ImmutableList<Event> events(When when) {
    return active(model.events(), entities.get().eventTimes, e -> Optional.of(FuzzyPeriod.at(e.time())), when);
  }

  /**
   * Returns the ceasefires in effect at {@code when}, in model order, contested ones included:
   * {@code ceasefiresInEffect(when, ContestedCeasefires.INCLUDE)}.
   */
  public ImmutableList<Ceasefire> ceasefiresInEffect(When when) {
    return ceasefiresInEffect(when, ContestedCeasefires.INCLUDE);
  }

  /**
   * Returns the ceasefires in effect at {@code when}, in model order, as
   * {@link CeasefireStanding#inEffect()} defines it: by their recorded times (from when one took
   * effect, else was agreed, until it ended or a renewal or successor took effect) and the claims
   * about them in force then. A ceasefire with no dates is only possibly in effect; a contested one
   * (a claim in force says it is over) is at most possibly in effect, so it never answers a
   * {@code definitely} question, and {@code contested} says whether it answers a {@code possibly}
   * one. Cost: O(log n + ceasefires possibly in effect on record × claims on their state).
   */
  public ImmutableList<Ceasefire> ceasefiresInEffect(When when, ContestedCeasefires contested) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(contested, "contested");
    ImmutableList.Builder<Ceasefire> out = ImmutableList.builder();
    for (int pos : entities.get().ceasefireTimes.candidates(when)) {
      Ceasefire cf = model.ceasefires().get(pos);
      CeasefireStanding standing = CeasefireStanding.of(index, cf.id(), when);
      if (When.meets(standing.inEffect(), when.required())
          && (contested == ContestedCeasefires.INCLUDE || !standing.isContested())) {
        out.add(cf);
      }
    }
    return out.build();
  }

  /**
   * Returns whether {@code ceasefire} is in effect at {@code when}, ended, not yet in effect or
   * contested, with who says which ({@link CeasefireStanding}). Cost: O(claims on its state).
   *
   * @throws InvalidValueException if the ceasefire is not in the model
   */
  public CeasefireStanding ceasefireStanding(CeasefireId ceasefire, When when) {
    require(ceasefire, "ceasefire");
    return CeasefireStanding.of(index, ceasefire, Objects.requireNonNull(when, "when"));
  }

  /** Returns the third-party roles played at {@code when}, in model order. */
  public ImmutableList<Mediator> mediatorsActive(When when) {
    return active(model.mediators(), entities.get().mediatorTimes, Mediator::period, when);
  }

  /** Returns the relations between parties that held at {@code when}, in model order. */
  public ImmutableList<PartyRelation> relationsActive(When when) {
    return active(model.relations(), entities.get().relationTimes, PartyRelation::period, when);
  }

  /**
   * Returns the timeline of {@code conflict} and its episodes: their starts and ends, their
   * events, their ceasefires' agreed, effective and end times, and their third-party roles' starts
   * and ends. Cost: O(entries log entries).
   *
   * @throws InvalidValueException if the conflict is not in the model
   */
  public Timeline timeline(ConflictId conflict) {
    require(conflict, "conflict");
    List<TimelineEntry> entries = new ArrayList<>();
    List<EntityId> undated = new ArrayList<>();
    for (ConflictId id : withEpisodes(conflict)) {
      Conflict c = model.conflict(id).orElseThrow();
      periodEntries(entries, undated, c.period(), TimelineEntry.Mark.CONFLICT_STARTED,
          TimelineEntry.Mark.CONFLICT_ENDED, id, c);
      index.eventsByConflict().get(id).forEach(e -> entries.add(new TimelineEntry(e.time(), TimelineEntry.Mark.EVENT, e.id(), e)));
      for (Ceasefire cf : entities.get().ceasefiresByConflict.get(id)) {
        cf.agreed().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_AGREED, cf.id(), cf)));
        cf.effective().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_EFFECTIVE, cf.id(), cf)));
        cf.ended().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_ENDED, cf.id(), cf)));
        if (cf.agreed().isEmpty() && cf.effective().isEmpty() && cf.ended().isEmpty()) {
          undated.add(cf.id());
        }
      }
      for (Mediator m : entities.get().mediatorsByConflict.get(id)) {
        periodEntries(entries, undated, m.period(), TimelineEntry.Mark.ROLE_STARTED,
            TimelineEntry.Mark.ROLE_ENDED, m.id(), m);
      }
    }
    return timeline(entries, undated);
  }

  /**
   * Returns the timeline of {@code territory} and the territories inside it: the starts and ends of
   * their sovereignty, control and population statuses (a status with no stated period has no
   * place on it), the events placed there, and the starts and ends of the conflicts with them at
   * stake.
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public Timeline timeline(TerritoryId territory) {
    require(territory, "territory");
    List<TimelineEntry> entries = new ArrayList<>();
    List<EntityId> undated = new ArrayList<>();
    Set<Conflict> conflicts = new LinkedHashSet<>();
    Set<Event> events = new LinkedHashSet<>();
    for (TerritoryId id : selfAndDescendants(territory)) {
      Territory t = model.territory(id).orElseThrow();
      List<EntityId> ignored = new ArrayList<>();
      t.sovereignty().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.SOVEREIGNTY_STARTED, TimelineEntry.Mark.SOVEREIGNTY_ENDED, id, s));
      t.control().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.CONTROL_STARTED, TimelineEntry.Mark.CONTROL_ENDED, id, s));
      t.population().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.POPULATION_STARTED, TimelineEntry.Mark.POPULATION_ENDED, id, s));
      events.addAll(entities.get().eventsByPlace.get(id));
      conflicts.addAll(entities.get().conflictsByTerritory.get(id));
    }
    events.forEach(e -> entries.add(new TimelineEntry(e.time(), TimelineEntry.Mark.EVENT, e.id(), e)));
    conflicts.forEach(c -> periodEntries(entries, undated, c.period(),
        TimelineEntry.Mark.CONFLICT_STARTED, TimelineEntry.Mark.CONFLICT_ENDED, c.id(), c));
    return timeline(entries, undated);
  }

  // ------------------------------------------------------------------ claims

  /** Returns the question "which claims", matching every claim until refined. */
  public ClaimQuery claims() {
    return new ClaimQuery(this, ImmutableList.of());
  }

  /**
   * Returns the entities a claim is about: every entity its propositions name (territory,
   * sovereign, conflict, party, attacker, target, place, ceasefire, holder, addressee, backer,
   * account, the subjects of a {@link dev.disputemodel.NoStatement}), and the conflict of every
   * ceasefire they name, in that order, each once. The claimant and source are not subjects.
   */
  public ImmutableSet<EntityId> subjectsOf(Claim claim) {
    return subjectsOf(model, Objects.requireNonNull(claim, "claim"));
  }

  static ImmutableSet<EntityId> subjectsOf(DisputeModel model, Claim claim) {
    ImmutableSet.Builder<EntityId> out = ImmutableSet.builder();
    for (Proposition p : claim.propositions()) {
      for (Reference r : p.references()) {
        out.add(r.target());
      }
      if (p instanceof CeasefireStatus s) {
        ClaimIndex.conflictOf(model, s).ifPresent(out::add);
      }
    }
    return out.build();
  }

  /**
   * Returns who speaks in {@code claim}: the party its claimant ultimately acts for (Armenia for
   * Pashinyan), or its source when the source speaks in its own voice.
   */
  public EntityId speaker(Claim claim) {
    return index.speaker(Objects.requireNonNull(claim, "claim"));
  }

  /**
   * Returns the question {@code key} with every answer the claims give it
   * ({@link Question#versions()}), who gives each and who backs each through
   * {@link BacksAccount}; a question about a territory counts the claims on the territories
   * containing it ({@link ModelIndex#question(PropositionKey)}). A question nobody answers has no
   * versions. Cost: O(claims on the key and on those of the containing territories), and their
   * backers when versions are asked for.
   */
  public Question question(PropositionKey key) {
    return index.question(key);
  }

  /**
   * Returns every contested question, by the one definition the checker's
   * {@code contested-question} uses too ({@link Question#contested()}): claimants giving answers
   * that cannot both be right while their positions may be held at the same time; ordered by key.
   * Computed once, in O(claims), then shared.
   */
  public ImmutableList<Question> contested() {
    return contested.get();
  }

  /** Returns the contested questions whose key names {@code subject}, ordered by key. */
  public ImmutableList<Question> contestedAbout(EntityId subject) {
    require(subject, "subject");
    return contested().stream().filter(q -> q.key().subjects().contains(subject))
        .collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------ ceasefires

  /**
   * Returns the chain of renewals, recommitments and successions that {@code member} belongs to,
   * in order, whichever member it is asked from: {@code chain(S2)} and {@code chain(S3)} of a truce
   * S1 renewed by S2 and again by S3 are both S1, S2, S3. Cost: O(n log n) in the chain's accords
   * and links.
   *
   * @throws InvalidValueException if the ceasefire or agreement is not in the model
   */
  public AccordChain chain(AccordId member) {
    Accord a = require(member, "member");
    return Chains.of(index.accords(), a, this::position);
  }

  /**
   * Returns what the model says about {@code ceasefire}: its brokers, its state as each claim
   * reports it, and the evidence that it was violated after it took effect. Cost: O(roles of the
   * ceasefire + claims on its state + events and claims of its conflict).
   *
   * @throws InvalidValueException if the ceasefire is not in the model
   */
  public CeasefireAccount ceasefire(CeasefireId ceasefire) {
    Ceasefire cf = require(ceasefire, "ceasefire");
    ImmutableList<Mediator> brokers = entities.get().mediatorsByCeasefire.get(ceasefire).stream()
        .filter(m -> m.role() == MediatorRole.BROKER).collect(ImmutableList.toImmutableList());
    List<StateReport> reports = new ArrayList<>();
    for (int pos : claims.get().byKey.get(PropositionKey.of(PropositionType.CEASEFIRE_STATE, ceasefire))) {
      Claim c = model.claims().get(pos);
      for (Proposition p : c.propositions()) {
        if (p instanceof CeasefireStatus s && s.ceasefire().equals(ceasefire)) {
          reports.add(new StateReport(c, speaker(c), c.polarity(), s.state()));
        }
      }
    }
    return new CeasefireAccount(cf, brokers, reports, violations(cf));
  }

  private List<Evidence> violations(Ceasefire cf) {
    Optional<FuzzyPeriod> inEffect = index.accords().inEffectOnRecord(cf.id());
    Optional<FuzzyTime> from = inEffect.flatMap(FuzzyPeriod::start);
    Optional<FuzzyTime> until = inEffect.flatMap(FuzzyPeriod::end);
    List<Evidence> out = new ArrayList<>();
    if (from.isEmpty()) {
      return out;
    }
    for (Event e : index.eventsByConflict().get(cf.conflict())) {
      if (!e.kind().isHostilities()) {
        continue;
      }
      Certainty inside = e.time().isAfter(from.get());
      if (until.isPresent()) {
        inside = inside.and(e.time().isBefore(until.get()));
      }
      if (inside.isPossible()) {
        out.add(new Evidence(e.id(), inside));
      }
    }
    int[] stated = claims.get().byKey.get(PropositionKey.of(PropositionType.CEASEFIRE_STATE, cf.id()));
    int[] attacks = claims.get().bySubject.get(cf.conflict());
    for (int pos : Postings.merge(stated, attacks)) {
      Claim c = model.claims().get(pos);
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      boolean violated = c.propositions().stream().anyMatch(p -> p instanceof CeasefireStatus s
          && s.ceasefire().equals(cf.id()) && s.state() == dev.disputemodel.CeasefireState.VIOLATED);
      boolean attackAfter = c.madeAt().isAfter(from.get()).isDefinite()
          && c.propositions().stream().anyMatch(p -> p instanceof dev.disputemodel.Attack a
              && a.conflict().equals(cf.conflict()));
      if (violated || attackAfter) {
        out.add(new Evidence(c.id(), Certainty.POSSIBLY));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ rulings

  /**
   * Returns the rulings about {@code territory}, in model order: those with a decision about it,
   * about a territory within it, or about one that contains it (a ruling on a boundary or on the
   * whole concerns each part). Cost: O(territories within it + depth + rulings found).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<Ruling> rulingsAbout(TerritoryId territory) {
    require(territory, "territory");
    Set<Ruling> found = new LinkedHashSet<>();
    for (TerritoryId t : selfAndDescendants(territory)) {
      found.addAll(entities.get().rulingsByTerritory.get(t));
    }
    for (TerritoryId t : model.enclosing(territory)) {
      found.addAll(entities.get().rulingsByTerritory.get(t));
    }
    return sortByPosition(found, Ruling::id);
  }

  /**
   * Returns who accepts, rejects or ignores {@code ruling} on {@code date}, as known now: the
   * {@link dev.disputemodel.RulingResponse} claims about it whose positions are possibly in force
   * then ({@link DisputeModel#inForce(Claim, FuzzyTime)}). Cost: O(claims about the ruling ×
   * their endings).
   *
   * @throws InvalidValueException if the ruling is not in the model
   */
  public RulingResponses responsesTo(RulingId ruling, FuzzyTime date) {
    Objects.requireNonNull(date, "date");
    return responsesTo(ruling, c -> model.inForce(c, date));
  }

  /**
   * Returns who accepts, rejects or ignores {@code ruling} on {@code date}, as known on
   * {@code asKnownOn}: only claims possibly known by then count, and only the endings known by
   * then end them ({@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}).
   *
   * @throws InvalidValueException if the ruling is not in the model
   */
  public RulingResponses responsesTo(RulingId ruling, FuzzyTime date, FuzzyTime asKnownOn) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(asKnownOn, "asKnownOn");
    return responsesTo(ruling, c -> model.inForce(c, date, asKnownOn));
  }

  private RulingResponses responsesTo(RulingId ruling, Function<Claim, Certainty> inForce) {
    Ruling r = require(ruling, "ruling");
    List<RulingResponses.Response> out = new ArrayList<>();
    for (int pos : claims.get().bySubject.get(ruling)) {
      Claim c = model.claims().get(pos);
      Certainty held = null;
      for (Proposition p : c.propositions()) {
        if (p instanceof RulingResponse rr && rr.ruling().equals(ruling)) {
          if (held == null) {
            held = inForce.apply(c);
          }
          if (held.isPossible()) {
            out.add(new RulingResponses.Response(rr.party(), rr.kind(), c.polarity(), c, speaker(c), held));
          }
        }
      }
    }
    return new RulingResponses(r, out);
  }

  // ------------------------------------------------------------------ casualties

  /**
   * Returns every casualty figure given for {@code conflict} itself (not its episodes), by party
   * and claimant; {@link CasualtyFigures#estimate} combines them without counting the dead twice.
   * Cost: O(casualty claims about the conflict).
   *
   * @throws InvalidValueException if the conflict is not in the model
   */
  public CasualtyFigures casualties(ConflictId conflict) {
    require(conflict, "conflict");
    List<CasualtyFigure> figures = new ArrayList<>();
    List<Integer> claimPos = new ArrayList<>();
    for (int pos : claims.get().casualtiesByConflict.get(conflict)) {
      Claim c = model.claims().get(pos);
      for (Proposition p : c.propositions()) {
        if (p instanceof Casualties cas && cas.conflict().equals(conflict)) {
          figures.add(new CasualtyFigure(c, speaker(c), cas.party(), cas.kind(), cas.count()));
          claimPos.add(pos);
        }
      }
    }
    Integer[] order = new Integer[figures.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator
        .comparingInt((Integer i) -> figures.get(i).party().map(this::position).orElse(Integer.MAX_VALUE))
        .thenComparing(i -> figures.get(i).kind())
        .thenComparingInt(claimPos::get));
    ImmutableList.Builder<CasualtyFigure> sorted = ImmutableList.builder();
    for (Integer i : order) {
      sorted.add(figures.get(i));
    }
    return new CasualtyFigures(conflict, sorted.build());
  }

  // ------------------------------------------------------------------ shared helpers

  EntityIndex entityIndex() {
    return entities.get();
  }

  ClaimIndex claimIndex() {
    return claims.get();
  }

  /** Returns the model position of a non-claim entity (for model order). */
  int position(EntityId id) {
    return entities.get().position(id);
  }

  /** Returns {@code conflict} and its episodes at any depth, breadth-first, each once. */
  ImmutableList<ConflictId> withEpisodes(ConflictId conflict) {
    return closure(conflict, c -> entities.get().episodes.get(c));
  }

  /** Returns {@code territory} and every territory inside it, breadth-first, each once. */
  ImmutableList<TerritoryId> selfAndDescendants(TerritoryId territory) {
    return closure(territory, t -> entities.get().territoryChildren.get(t));
  }

  private static <T> ImmutableList<T> closure(T root, Function<T, List<T>> children) {
    Set<T> seen = new LinkedHashSet<>();
    Deque<T> queue = new ArrayDeque<>();
    seen.add(root);
    queue.add(root);
    while (!queue.isEmpty()) {
      for (T child : children.apply(queue.poll())) {
        if (seen.add(child)) {
          queue.add(child);
        }
      }
    }
    return ImmutableList.copyOf(seen);
  }

  /**
   * Returns the entity {@code id} names, of the type the id implies.
   *
   * @throws InvalidValueException naming {@code field} and the id if the model has no such entity
   */
  @SuppressWarnings("unchecked")
  <T> T require(EntityId id, String field) {
    Objects.requireNonNull(id, field);
    return (T) model.find(id).orElseThrow(() -> new InvalidValueException(
        "ModelQueries", field, id, "no " + id.kind() + " with this id in the model"));
  }

  private static <T> ImmutableList<T> filter(List<T> items, Function<T, Optional<FuzzyPeriod>> period, When when) {
    Objects.requireNonNull(when, "when");
    return items.stream().filter(s -> when.accepts(period.apply(s))).collect(ImmutableList.toImmutableList());
  }

  private static <T> ImmutableList<T> active(
      List<T> items, TimeIndex times, Function<T, Optional<FuzzyPeriod>> period, When when) {
    Objects.requireNonNull(when, "when");
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int pos : times.candidates(when)) {
      T item = items.get(pos);
      if (when.accepts(period.apply(item))) {
        out.add(item);
      }
    }
    return out.build();
  }

  private <T> ImmutableList<T> sortByPosition(Iterable<T> items, Function<T, EntityId> id) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    list.sort(Comparator.comparingInt(x -> position(id.apply(x))));
    return ImmutableList.copyOf(list);
  }

  private static void periodEntries(
      List<TimelineEntry> entries, List<EntityId> undated, Optional<FuzzyPeriod> period,
      TimelineEntry.Mark started, TimelineEntry.Mark ended, EntityId id, Object item) {
    if (period.isEmpty()) {
      undated.add(id);
      return;
    }
    period.get().start().ifPresent(t -> entries.add(new TimelineEntry(t, started, id, item)));
    period.get().end().ifPresent(t -> entries.add(new TimelineEntry(t, ended, id, item)));
  }

  private Timeline timeline(List<TimelineEntry> entries, List<EntityId> undated) {
    entries.sort(Comparator.comparing(TimelineEntry::time, FuzzyTime.ORDER)
        .thenComparing(TimelineEntry::mark)
        .thenComparingInt(e -> position(e.entity())));
    undated.sort(Comparator.comparingInt(this::position));
    return new Timeline(entries, ImmutableList.copyOf(new LinkedHashSet<>(undated)));
  }

  private ImmutableList<Question> findContested() {
    List<Question> contested = new ArrayList<>();
    for (Question q : index.questions()) {
      if (q.isContested()) {
        contested.add(q);
      }
    }
    contested.sort(Comparator.comparing(Question::key));
    return ImmutableList.copyOf(contested);
  }
}
