package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Comparator;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A whole dispute, or many: every party, relation, territory, conflict, event, ceasefire,
 * agreement, ruling, mediator, claim, source and territorial change, with lookups by id. The unit that queries and the
 * consistency checker work on.
 *
 * <p>Built with {@link #builder()}, which enforces referential integrity: ids are unique within
 * their kind and every id an entity refers to resolves to an entity in the model. When they do
 * not, {@code build()} throws {@link InvalidModelException} listing every problem, each naming
 * both ends ({@code Claim:K1.claimant = Party:P4: no Party with this id}); no model is returned.
 * Entity invariants are enforced earlier, when each entity is built.
 *
 * <p>Immutable and thread-safe. Lookups by id take constant time; the index behind them is built
 * once, when the model is built. Entity lists keep the order in which they were added.
 *
 * <p>Longer than 400 lines because it is the aggregate root: one list and one lookup per kind of
 * entity (twelve of each, with their javadoc), and the few definitions every package reads from
 * the model itself (a claim held, in force and known on a date, containment, lineage), whose work
 * is done by package-private classes such as {@code InForce}; splitting the accessors would split
 * the type users hold.
 */
@Value.Immutable
public abstract class DisputeModel implements WithDisputeModel {
  DisputeModel() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputeModel}; {@code build()} validates the whole model. */
  public static final class Builder extends ImmutableDisputeModel.Builder {
    /** Creates an empty builder, as {@link DisputeModel#builder()} does. */
    public Builder() {}

    /**
     * Builds the model as {@link #build()} does, proving its referential integrity on
     * {@code parallelism}: the claims of a model with at least
     * {@link Parallelism#SPLIT_THRESHOLD} of them are checked in two halves at once. Returns the
     * same model, or throws the same {@link InvalidModelException} with the same problems in
     * the same order, as {@code build()}.
     *
     * @throws NullPointerException if {@code parallelism} is null
     * @throws InvalidModelException listing every integrity problem, as {@code build()} does
     */
    public DisputeModel build(Parallelism parallelism) {
      Objects.requireNonNull(parallelism, "parallelism");
      CHECKED_ON.set(parallelism); // never nested: a check builds no model
      try {
        return build();
      } finally {
        CHECKED_ON.remove();
      }
    }
  }

  /**
   * Where the model being built on this thread by {@link Builder#build(Parallelism)} has its
   * integrity proved; unset for {@code build()} and every other way of making a model, which
   * prove it on the calling thread. Only {@link #check()} reads it.
   */
  private static final ThreadLocal<Parallelism> CHECKED_ON = new ThreadLocal<>();

  /** Returns the model with no entities. */
  public static DisputeModel empty() {
    return builder().build();
  }

  /** Returns the parties, in the order added. */
  public abstract List<Party> parties();

  /** Returns the relations between parties, in the order added. */
  public abstract List<PartyRelation> relations();

  /** Returns the territories, in the order added. */
  public abstract List<Territory> territories();

  /** Returns the conflicts and episodes, in the order added. */
  public abstract List<Conflict> conflicts();

  /** Returns the events, in the order added. */
  public abstract List<Event> events();

  /** Returns the ceasefires, in the order added. */
  public abstract List<Ceasefire> ceasefires();

  /** Returns the agreements, in the order added. */
  public abstract List<Agreement> agreements();

  /** Returns the rulings of courts, tribunals and other bodies, in the order added. */
  public abstract List<Ruling> rulings();

  /** Returns the mediators (third-party roles), in the order added. */
  public abstract List<Mediator> mediators();

  /** Returns the claims, in the order added. */
  public abstract List<Claim> claims();

  /** Returns the sources, in the order added. */
  public abstract List<Source> sources();

  /** Returns the territorial changes (territories changing hands), in the order added. */
  public abstract List<TerritorialChange> territorialChanges();

  /**
   * Returns every entity: parties, relations, territories, conflicts, events, ceasefires,
   * agreements, rulings, mediators, claims, sources and territorial changes, in that order.
   */
  public Iterable<Entity> entities() {
    return Iterables.concat(entityLists());
  }

  /** The lists of every kind, in order: looping over them costs less than a concatenation. */
  private List<List<? extends Entity>> entityLists() {
    return List.of(parties(), relations(), territories(), conflicts(), events(), ceasefires(),
        agreements(), rulings(), mediators(), claims(), sources(), territorialChanges());
  }

  /**
   * Returns the entity with {@code id}, of whatever kind the id names, if present.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Entity> find(EntityId id) {
    return Optional.ofNullable(index().get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the party with {@code id}, if present. */
  public Optional<Party> party(PartyId id) {
    return find(id).map(Party.class::cast);
  }

  /** Returns the relation with {@code id}, if present. */
  public Optional<PartyRelation> relation(RelationId id) {
    return find(id).map(PartyRelation.class::cast);
  }

  /** Returns the territory with {@code id}, if present. */
  public Optional<Territory> territory(TerritoryId id) {
    return find(id).map(Territory.class::cast);
  }

  /** Returns the conflict or episode with {@code id}, if present. */
  public Optional<Conflict> conflict(ConflictId id) {
    return find(id).map(Conflict.class::cast);
  }

  /** Returns the event with {@code id}, if present. */
  public Optional<Event> event(EventId id) {
    return find(id).map(Event.class::cast);
  }

  /** Returns the ceasefire with {@code id}, if present. */
  public Optional<Ceasefire> ceasefire(CeasefireId id) {
    return find(id).map(Ceasefire.class::cast);
  }

  /** Returns the agreement with {@code id}, if present. */
  public Optional<Agreement> agreement(AgreementId id) {
    return find(id).map(Agreement.class::cast);
  }

  /** Returns the ceasefire or agreement with {@code id}, if present. */
  public Optional<Accord> accord(AccordId id) {
    return find(id).map(Accord.class::cast);
  }

  /** Returns the ruling with {@code id}, if present. */
  public Optional<Ruling> ruling(RulingId id) {
    return find(id).map(Ruling.class::cast);
  }

  /** Returns the mediator role with {@code id}, if present. */
  public Optional<Mediator> mediator(MediatorId id) {
    return find(id).map(Mediator.class::cast);
  }

  /** Returns the claim with {@code id}, if present. */
  public Optional<Claim> claim(ClaimId id) {
    return find(id).map(Claim.class::cast);
  }

  /** Returns the source with {@code id}, if present. */
  public Optional<Source> source(SourceId id) {
    return find(id).map(Source.class::cast);
  }

  /** Returns the territorial change with {@code id}, if present. */
  public Optional<TerritorialChange> territorialChange(TerritorialChangeId id) {
    return find(id).map(TerritorialChange.class::cast);
  }

  /**
   * Returns the territories {@code territory} lies within, nearest first: its parent, then its
   * parent's parent, and so on. Empty when the chain of parents runs into a cycle (which the
   * checker reports as {@code hierarchy-cycle}): within a cycle, no territory contains another.
   * Cost: O(depth).
   *
   * @throws InvalidValueException if {@code territory} is not in this model
   * @throws NullPointerException if {@code territory} is null
   */
  public ImmutableList<TerritoryId> enclosing(TerritoryId territory) {
    Territory t = requireTerritory(territory, "territory");
    Set<TerritoryId> seen = new LinkedHashSet<>();
    seen.add(territory);
    Optional<TerritoryId> parent = t.parent();
    while (parent.isPresent()) {
      if (!seen.add(parent.get())) {
        return ImmutableList.of();
      }
      parent = territory(parent.get()).flatMap(Territory::parent);
    }
    seen.remove(territory);
    return ImmutableList.copyOf(seen);
  }

  /**
   * Returns how {@code territory} relates to {@code asked}: the same territory, a part of it, or
   * the whole it lies within; empty when neither contains the other. Cost: O(depth).
   *
   * @throws InvalidValueException if either territory is not in this model
   * @throws NullPointerException if an argument is null
   */
  public Optional<Containment> containment(TerritoryId territory, TerritoryId asked) {
    requireTerritory(asked, "asked");
    if (requireTerritory(territory, "territory").id().equals(asked)) {
      return Optional.of(Containment.SAME);
    }
    if (enclosing(territory).contains(asked)) {
      return Optional.of(Containment.PART);
    }
    return enclosing(asked).contains(territory) ? Optional.of(Containment.WHOLE) : Optional.empty();
  }

  /**
   * Returns the claims that {@linkplain Claim#ends() withdraw or replace} the claim {@code id},
   * in model order; empty when none does.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public ImmutableList<Claim> endingsOf(ClaimId id) {
    return endings().get(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns {@code party} followed by the party it {@linkplain Party#actsFor() acts for}, the
   * party that one acts for, and so on: Pashinyan, Armenia. Stops before a party would repeat, so
   * a cycle of {@code actsFor} links ends the chain. A party not in the model is its own chain.
   *
   * @throws NullPointerException if {@code party} is null
   */
  public ImmutableList<PartyId> actsForChain(PartyId party) {
    Set<PartyId> chain = new LinkedHashSet<>();
    Optional<PartyId> next = Optional.of(Objects.requireNonNull(party, "party"));
    while (next.isPresent() && chain.add(next.get())) {
      next = party(next.get()).flatMap(Party::actsFor);
    }
    return ImmutableList.copyOf(chain);
  }

  /**
   * Returns the party {@code party} ultimately speaks for: the last of its
   * {@linkplain #actsForChain chain} (Pashinyan speaks for Armenia); {@code party} itself when it
   * acts for no one or is not in the model.
   *
   * @throws NullPointerException if {@code party} is null
   */
  public PartyId principal(PartyId party) {
    // walks the chain without building it: asked for every claim compared (InForce), and most
    // chains are one or two parties long
    PartyId last = Objects.requireNonNull(party, "party");
    for (int length = 1; ; length++) {
      Optional<PartyId> next = party(last).flatMap(Party::actsFor);
      if (next.isEmpty() || inChain(party, length, next.get())) {
        return last;
      }
      last = next.get();
    }
  }

  /** Returns true if {@code p} is one of the first {@code length} parties of {@code party}'s chain. */
  private boolean inChain(PartyId party, int length, PartyId p) {
    PartyId q = party;
    for (int i = 0; i < length; i++) {
      if (q.equals(p)) {
        return true;
      }
      q = party(q).flatMap(Party::actsFor).orElse(q);
    }
    return false;
  }

  /**
   * Returns who speaks in {@code claim}: the {@linkplain #principal principal} of its claimant,
   * or its source when the source speaks in its own voice. Two claims are by the same claimant
   * exactly when their speakers are equal.
   *
   * @throws NullPointerException if {@code claim} is null
   */
  public EntityId speaker(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    return claim.claimant().<EntityId>map(this::principal).orElse(claim.source());
  }

  /**
   * Returns whether {@code claim} was known by the end of {@code date}: made, and reported in a
   * source published, by then (what was said, not what happened). {@code DEFINITELY} when both
   * lie wholly before the end of {@code date}; {@code NOT} when either lies wholly after it;
   * else {@code POSSIBLY}. A source with no publication time is only possibly published.
   *
   * @throws InvalidValueException if {@code claim} is not in this model
   * @throws NullPointerException if an argument is null
   */
  public Certainty knownOn(Claim claim, FuzzyTime date) {
    return InForce.knownOn(this, checkedClaim(claim), Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the period during which the position {@code claim} takes is held, as known now: its
   * {@linkplain Claim#holdingPeriod() holding period}, ended by the earliest ending of it by the
   * same claimant ({@linkplain #speaker speaker}) that takes effect before the holding period
   * would end. Empty when an ending takes effect definitely before the holding period begins:
   * the position was never held. {@code inForce(claim, date)} is whether this period covers
   * {@code date}.
   *
   * @throws InvalidValueException if {@code claim} is not in this model
   * @throws NullPointerException if {@code claim} is null
   */
  public Optional<FuzzyPeriod> heldPeriod(Claim claim) {
    return InForce.heldPeriod(this, checkedClaim(claim), c -> true);
  }

  /**
   * Returns whether the position {@code claim} takes is in force on {@code date}, as known now
   * (every claim of the model counted): whether {@link #heldPeriod(Claim)} covers {@code date}.
   * A claim {@linkplain Claim#about() about a period} answers for the dates of that period
   * instead, as long as nothing has ended it (its held period has no end): Guyana's 2023 claim
   * that Venezuela adhered to the 1899 award until 1962 is in force on 1 January 1950.
   *
   * @throws InvalidValueException if {@code claim} is not in this model
   * @throws NullPointerException if an argument is null
   */
  public Certainty inForce(Claim claim, FuzzyTime date) {
    return InForce.inForce(this, checkedClaim(claim), Objects.requireNonNull(date, "date"), null);
  }

  /**
   * Returns whether the position {@code claim} takes is in force on {@code date}, as known on
   * {@code asKnownOn}: the claim is {@linkplain #knownOn known} by then, and its
   * {@linkplain Claim#holdingPeriod() holding period}, ended by the endings of it by the same
   * claimant ({@linkplain #speaker speaker}) known by then (as in {@link #heldPeriod}),
   * {@linkplain FuzzyPeriod#covers(FuzzyTime) covers} {@code date}. Three-valued:
   * {@code DEFINITELY} when the claim is surely known and even the endings possibly known by then
   * leave the date covered; {@code NOT} when the claim is surely unknown or the endings surely
   * known by then leave it uncovered. A withdrawal dated only to March
   * 2005 makes the position {@code POSSIBLY} in force on 15 March 2005, {@code DEFINITELY} in
   * force on 28 February and {@code NOT} on 1 April; as known on 1 February 2005, before the
   * withdrawal was made, the position is definitely in force on 1 April. An ending stated by
   * another claimant ends nothing (the checker reports it). A claim
   * {@linkplain Claim#about() about a period} is in force on the dates of that period while its
   * position is in force on {@code asKnownOn} as known then: Guyana's claim of 2023 about 1899–1962
   * is in force on 1 January 1950 as known on 1 January 2024, and not as known on 1 January 2021.
   *
   * @throws InvalidValueException if {@code claim} is not in this model
   * @throws NullPointerException if an argument is null
   */
  public Certainty inForce(Claim claim, FuzzyTime date, FuzzyTime asKnownOn) {
    return InForce.inForce(this, checkedClaim(claim), Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(asKnownOn, "asKnownOn"));
  }

  /**
   * Returns the period on whose dates {@code claim} is in force as known now:
   * {@link #heldPeriod(Claim)}, or, for a claim {@linkplain Claim#about() about a period}, that
   * period as long as nothing has ended the claim's position (empty once something has).
   * {@code inForce(claim, date)} is whether this period covers {@code date}.
   *
   * @throws InvalidValueException if {@code claim} is not in this model
   * @throws NullPointerException if {@code claim} is null
   */
  public Optional<FuzzyPeriod> inForcePeriod(Claim claim) {
    return InForce.inForcePeriod(this, checkedClaim(claim));
  }

  /**
   * Returns whether the positions of {@code a} and {@code b} are held at the same time and about
   * the same time: their {@linkplain #heldPeriod held periods} may overlap, and, when either
   * claim is {@linkplain Claim#about() about a period}, the periods they are about (that period, or
   * else the held period) may overlap too. Certainty: the surer of the two bounds ({@code NOT}
   * when either position was never held). Two claims that contradict are a contest (or, from one
   * claimant, a self-contradiction) as surely as this.
   *
   * @throws InvalidValueException if a claim is not in this model
   * @throws NullPointerException if an argument is null
   */
  public Certainty heldTogether(Claim a, Claim b) {
    return InForce.heldTogether(this, checkedClaim(a), checkedClaim(b));
  }

  /**
   * Returns the succession chain {@code party} belongs to ({@link Party#succeeds()}), in order:
   * its predecessors, farthest first, then {@code party}, then its successors, nearest first. From
   * any of the Federal Republic of Yugoslavia, Serbia and Montenegro and Serbia it is those three
   * in that order. Where a party succeeds several or is succeeded by several, each side is walked
   * breadth first in model order. Stops before a party would repeat, so a cycle of successions
   * (which the checker reports as {@code succession-cycle}) ends the walk. A party not in the
   * model is its own chain. Cost: linear in the chain's parties and successions.
   *
   * @throws NullPointerException if {@code party} is null
   */
  public ImmutableList<PartyId> lineage(PartyId party) {
    Objects.requireNonNull(party, "party");
    Set<PartyId> seen = new LinkedHashSet<>();
    seen.add(party);
    List<PartyId> before = walk(party, seen,
        p -> party(p).map(x -> x.succeeds().stream().map(Succession::predecessor).toList())
            .orElse(List.of()));
    List<PartyId> after = walk(party, seen, p -> successors().get(p));
    ImmutableList.Builder<PartyId> chain = ImmutableList.builder();
    chain.addAll(ImmutableList.copyOf(before).reverse()).add(party).addAll(after);
    return chain.build();
  }

  /** Walks {@code next} breadth first from {@code start}, skipping parties in {@code seen}. */
  private static List<PartyId> walk(
      PartyId start, Set<PartyId> seen, java.util.function.Function<PartyId, List<PartyId>> next) {
    List<PartyId> out = new ArrayList<>();
    java.util.ArrayDeque<PartyId> todo = new java.util.ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (PartyId p : next.apply(todo.poll())) {
        if (seen.add(p)) {
          out.add(p);
          todo.add(p);
        }
      }
    }
    return out;
  }

  /** The parties that succeed each party, in model order. */
  @Value.Lazy
  ImmutableListMultimap<PartyId, PartyId> successors() {
    ImmutableListMultimap.Builder<PartyId, PartyId> b = ImmutableListMultimap.builder();
    for (Party p : parties()) {
      p.succeeds().forEach(s -> b.put(s.predecessor(), p.id()));
    }
    return b.build();
  }

  private Territory requireTerritory(TerritoryId id, String field) {
    return territory(Objects.requireNonNull(id, field)).orElseThrow(() -> new InvalidValueException(
        "DisputeModel", field, id, "no Territory with this id in the model"));
  }

  private Claim checkedClaim(Claim claim) {
    if (!index().containsKey(Objects.requireNonNull(claim, "claim").id())) {
      throw new InvalidValueException(
          "DisputeModel", "claim", claim.id(), "no Claim with this id in the model");
    }
    return claim;
  }

  @Value.Lazy
  ImmutableListMultimap<ClaimId, Claim> endings() {
    ImmutableListMultimap.Builder<ClaimId, Claim> b = ImmutableListMultimap.builder();
    for (Claim c : claims()) {
      c.ends().forEach(e -> b.put(e.claim(), c));
    }
    return b.build();
  }

  /** Returns the number of entities of every kind together. */
  public int size() {
    return index().size();
  }

  @Value.Lazy
  ImmutableMap<EntityId, Entity> index() {
    ImmutableMap.Builder<EntityId, Entity> byId = ImmutableMap.builderWithExpectedSize(count());
    for (List<? extends Entity> kind : entityLists()) {
      kind.forEach(e -> byId.put(e.id(), e));
    }
    return byId.buildOrThrow();
  }

  private int count() {
    return parties().size() + relations().size() + territories().size() + conflicts().size()
        + events().size() + ceasefires().size() + agreements().size() + rulings().size()
        + mediators().size() + claims().size() + sources().size() + territorialChanges().size();
  }

  /**
   * Proves referential integrity in one pass that adds each entity's id and tests its references
   * against the ids added so far, while the entity is in cache. Claims come last: they are most of
   * a large model and refer to the other kinds (each to its source). An entity with a reference
   * to an id not added yet (a later claim's, or none) is tested again once every id is in, and
   * only one that still fails has its references named. The problems are those of two passes in
   * model order (every duplicate, then every dangling reference), sorted by entity and field:
   * problems of different kinds never tie, so the order of kinds in the pass does not show.
   */
  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>(); // the duplicates, then the dangling references
    List<Entity> unresolved = new ArrayList<>();
    IdSet seen = new IdSet(count());
    Parallelism on = CHECKED_ON.get();
    boolean halves = on != null && on.isParallel() && claims().size() >= Parallelism.SPLIT_THRESHOLD;
    for (List<? extends Entity> kind : List.of(parties(), relations(), territories(), conflicts(),
        events(), ceasefires(), agreements(), rulings(), mediators(), sources(),
        territorialChanges(), claims())) {
      List<Pass> passes;
      if (halves && kind == claims()) {
        int half = kind.size() / 2;
        passes = on.mapEach(List.of(kind.subList(0, half), kind.subList(half, kind.size())),
            claims -> new Pass(claims, seen, true));
      } else {
        passes = List.of(new Pass(kind, seen, false));
      }
      for (Pass pass : passes) {
        problems.addAll(pass.problems);
        unresolved.addAll(pass.unresolved);
      }
    }
    for (Entity e : unresolved) {
      if (e.allTargetsMatch(seen)) {
        continue; // every id resolves: no need to name the references
      }
      for (Reference r : e.references()) {
        if (!seen.test(r.target())) {
          problems.add(new Problem(
              e.id(), r.field(), r.target().toString(), "no " + r.target().kind() + " with this id"));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(Problem::entity).thenComparing(Problem::field));
      throw new InvalidModelException(problems);
    }
  }

  /**
   * The first pass of {@link #check()} over some entities: adds their ids, reporting duplicates,
   * and keeps those with a reference not resolved yet. With {@code shared}, it runs while other
   * threads run it over other claims ({@link IdSet#addShared}): of two equal ids added at once
   * one is reported, as the later of them is on one thread; the message is the same.
   */
  private static final class Pass {
    final List<Problem> problems = new ArrayList<>();
    final List<Entity> unresolved = new ArrayList<>();

    Pass(List<? extends Entity> entities, IdSet seen, boolean shared) {
      for (Entity e : entities) {
        if (!(shared ? seen.addShared(e.id()) : seen.add(e.id()))) {
          problems.add(new Problem(
              e.id(), "id", e.id().value(), "duplicate " + e.id().kind() + " id"));
        }
        if (!e.allTargetsMatch(seen)) {
          unresolved.add(e); // may refer to a later entity, or one another thread adds
        }
      }
    }
  }
}
