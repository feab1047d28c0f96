package dev.disputemodel.testing;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A valid model being changed by one {@link Fault}: its entities as lists, the lookups faults
 * share (sides owners, actsFor chains, claimants' families), and the minimal entities a fault
 * adds when the model has none to change, with fresh ids ending in {@code -fault-N}.
 * {@link #fault} builds the changed model through {@link DisputeModel#builder()}. Used once, by
 * one thread.
 */
final class ModelEdit {
  /** The time of entities a fault adds where the model gives none to follow. */
  static final FuzzyTime FALLBACK_TIME = FuzzyTime.inYear(Year.of(2000));

  final Choices c;
  final List<Party> parties;
  final List<PartyRelation> relations;
  final List<Territory> territories;
  final List<Conflict> conflicts;
  final List<Event> events;
  final List<Ceasefire> ceasefires;
  final List<dev.disputemodel.Agreement> agreements;
  final List<dev.disputemodel.Ruling> rulings;
  final List<Mediator> mediators;
  final List<Claim> claims;
  final List<Source> sources;
  private final DisputeModel original;
  private final Set<String> usedIds = new HashSet<>();
  private int fresh;

  ModelEdit(DisputeModel model, Choices c) {
    this.original = model;
    this.c = c;
    this.parties = new ArrayList<>(model.parties());
    this.relations = new ArrayList<>(model.relations());
    this.territories = new ArrayList<>(model.territories());
    this.conflicts = new ArrayList<>(model.conflicts());
    this.events = new ArrayList<>(model.events());
    this.ceasefires = new ArrayList<>(model.ceasefires());
    this.agreements = new ArrayList<>(model.agreements());
    this.rulings = new ArrayList<>(model.rulings());
    this.mediators = new ArrayList<>(model.mediators());
    this.claims = new ArrayList<>(model.claims());
    this.sources = new ArrayList<>(model.sources());
    for (Entity e : model.entities()) {
      usedIds.add(e.id().value());
    }
  }

  /** Builds the changed model, and says what the checker must report about the fault. */
  InjectedFault fault(
      FaultKind kind, EntityId focus, List<? extends EntityId> related, Certainty certainty,
      String description) {
    DisputeModel model = DisputeModel.builder()
        .addAllParties(parties).addAllRelations(relations).addAllTerritories(territories)
        .addAllConflicts(conflicts).addAllEvents(events).addAllCeasefires(ceasefires)
        .addAllAgreements(agreements).addAllRulings(rulings)
        .addAllMediators(mediators).addAllClaims(claims).addAllSources(sources)
        .build();
    return new InjectedFault(kind, original, model, focus, ImmutableList.copyOf(related),
        certainty, description);
  }

  /**
   * Links two or three parties drawn from {@code pool} (new parties of {@code newKind} added when
   * there are too few) into a cycle, each by {@code link} to the next and the last to the first,
   * and returns the fault of {@code kind} whose focus is the smallest id of the cycle: shared by
   * the cycle faults over parties ({@code actsFor}, successions).
   *
   * @param what what the links are, for the fault's description ("actsFor links")
   */
  InjectedFault partyCycle(FaultKind kind, List<Party> pool, PartyKind newKind,
      BiFunction<Party, PartyId, Party> link, String what) {
    List<Party> candidates = new ArrayList<>(pool);
    int length = c.between(2, 3);
    while (candidates.size() < length) {
      PartyId added = newParty(newKind);
      candidates.add(find(parties, added, Party::id).orElseThrow());
    }
    List<Party> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(candidates.remove(c.nextInt(candidates.size())));
    }
    List<PartyId> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Party p = cycle.get(i);
      replace(parties, p, link.apply(p, cycle.get((i + 1) % length).id()));
      ids.add(p.id());
    }
    PartyId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    List<EntityId> related = new ArrayList<>(ids);
    related.remove(focus);
    return fault(kind, focus, related, Certainty.DEFINITELY, what + " " + ids + " now form a cycle");
  }

  /** Returns an id of {@code prefix} + "-fault-N" no entity of the model has. */
  String freshId(String prefix) {
    String id;
    do {
      id = prefix + "-fault-" + (++fresh);
    } while (!usedIds.add(id));
    return id;
  }

  /** Returns the id of the {@code i}-th party, adding states until there are enough. */
  PartyId party(int i) {
    while (parties.size() <= i) {
      newParty(PartyKind.STATE);
    }
    return parties.get(i).id();
  }

  PartyId newParty(PartyKind kind) {
    return add(parties, Party.builder().id(PartyId.of(freshId("P"))).kind(kind)
        .name("Injected party").build()).id();
  }

  Territory newTerritory() {
    return add(territories, Territory.builder().id(TerritoryId.of(freshId("T")))
        .name("Injected territory").kind(TerritoryKind.REGION).build());
  }

  /** Adds a territory inside {@code whole}. */
  Territory newPart(TerritoryId whole) {
    return add(territories, Territory.builder().id(TerritoryId.of(freshId("T")))
        .name("Injected part").kind(TerritoryKind.REGION).parent(whole).build());
  }

  /** Returns a source of the model (drawn), or a new one if it has none. */
  SourceId source() {
    return sources.isEmpty() ? newSource() : c.pick(sources).id();
  }

  /** Adds a source: a voice of its own, which no claim of the model speaks in yet. */
  SourceId newSource() {
    return add(sources, Source.builder().id(SourceId.of(freshId("D"))).kind(SourceKind.OTHER)
        .title("Injected source").build()).id();
  }

  SovereigntyStatus recognizedStatus(PartyId sovereign) {
    return SovereigntyStatus.builder().sovereign(sovereign).internationallyRecognized(true)
        .source(source()).build();
  }

  Claim addClaim(
      Optional<PartyId> claimant, SourceId source, Polarity polarity, Proposition p,
      FuzzyTime madeAt) {
    Claim.Builder b = Claim.builder().id(ClaimId.of(freshId("K"))).source(source)
        .polarity(polarity).addProposition(p).madeAt(madeAt);
    claimant.ifPresent(b::claimant);
    return add(claims, b.build());
  }

  /** Adds a claim that only ends an earlier position ({@link Ending}): no proposition of its own. */
  Claim addEnding(Optional<PartyId> claimant, SourceId source, Ending ending, FuzzyTime madeAt) {
    Claim.Builder b = Claim.builder().id(ClaimId.of(freshId("K"))).source(source)
        .addEnd(ending).madeAt(madeAt);
    claimant.ifPresent(b::claimant);
    return add(claims, b.build());
  }

  /**
   * Returns the claims that state a position (have a proposition) no claim withdraws or replaces:
   * positions that stay in force from when they are held on.
   */
  List<Claim> standingPositions() {
    Set<ClaimId> ended = new HashSet<>();
    claims.forEach(k -> k.ends().forEach(x -> ended.add(x.claim())));
    return filter(claims, k -> !k.propositions().isEmpty() && !ended.contains(k.id()));
  }

  /**
   * Returns a standing position drawn from the model to end, or, when there is none, a new claim
   * by the first party that it is sovereign over a new territory.
   */
  Claim standingPositionOrNew() {
    List<Claim> positions = standingPositions();
    if (!positions.isEmpty()) {
      return c.pick(positions);
    }
    TerritoryId t = newTerritory().id();
    return addClaim(Optional.of(party(0)), source(), Polarity.ASSERTS,
        new Sovereignty(t, party(0)), FALLBACK_TIME);
  }

  /** Adds a conflict with two sides (A: the first party, B: the second). */
  Conflict newConflictWithSides() {
    return add(conflicts, Conflict.builder().id(ConflictId.of(freshId("C")))
        .name("Injected conflict")
        .addSide(Side.builder().label("A").addPrimary(party(0)).build())
        .addSide(Side.builder().label("B").addPrimary(party(1)).build())
        .build());
  }

  /** Returns a conflict with at least two sides (drawn), adding one if there is none. */
  Conflict conflictWithSides() {
    List<Conflict> sided = filter(conflicts, k -> k.sides().size() >= 2);
    return sided.isEmpty() ? newConflictWithSides() : c.pick(sided);
  }

  /** Adds {@code party} as a primary party of side {@code side} of the current {@code conflict}. */
  void addPrimary(Conflict conflict, int side, PartyId party) {
    Conflict current = find(conflicts, conflict.id(), Conflict::id).orElseThrow(
        () -> new IllegalStateException("no conflict " + conflict.id() + " in the model"));
    List<Side> sides = new ArrayList<>(current.sides());
    sides.set(side, Side.builder().from(sides.get(side)).addPrimary(party).build());
    replace(conflicts, current, current.withSides(sides));
  }

  /** Returns the conflict whose sides count for {@code id}: it or its nearest sided ancestor. */
  Optional<Conflict> sidesOwner(ConflictId id) {
    Set<ConflictId> seen = new HashSet<>();
    Optional<Conflict> at = find(conflicts, id, Conflict::id);
    while (at.isPresent() && seen.add(at.get().id())) {
      if (!at.get().sides().isEmpty()) {
        return at;
      }
      at = at.get().parent().flatMap(p -> find(conflicts, p, Conflict::id));
    }
    return Optional.empty();
  }

  /** Returns the party and everyone it acts for, in order (the principal last). */
  List<PartyId> chain(PartyId party) {
    Set<PartyId> chain = new LinkedHashSet<>();
    Optional<PartyId> next = Optional.of(party);
    while (next.isPresent() && chain.add(next.get())) {
      next = find(parties, next.get(), Party::id).flatMap(Party::actsFor);
    }
    return List.copyOf(chain);
  }

  /** Returns the party at the end of {@code party}'s actsFor chain. */
  PartyId principal(PartyId party) {
    List<PartyId> chain = chain(party);
    return chain.get(chain.size() - 1);
  }

  /** Returns true if the party, or a party it acts for, is a state. */
  boolean isState(PartyId party) {
    return chain(party).stream().anyMatch(p ->
        find(parties, p, Party::id).map(x -> x.kind() == PartyKind.STATE).orElse(false));
  }

  /** Returns true if a party of {@code chain} is in an alliance. */
  boolean hasAlliance(List<PartyId> chain) {
    return relations.stream().anyMatch(r -> r.kind() == RelationKind.ALLY_OF
        && (chain.contains(r.from()) || chain.contains(r.to())));
  }

  /** Returns who speaks in {@code claim}: its claimant's principal, or its source's own voice. */
  EntityId speaker(Claim claim) {
    return claim.claimant().<EntityId>map(this::principal).orElse(claim.source());
  }

  /**
   * Returns the territories some claim says who is sovereign over, with every territory that
   * contains one or lies within one (a claim or status on a whole concerns its parts).
   */
  Set<TerritoryId> sovereigntyClaimed() {
    Set<TerritoryId> named = new HashSet<>();
    for (Claim k : claims) {
      for (Proposition p : k.propositions()) {
        if (p instanceof Sovereignty s) {
          named.add(s.territory());
        }
      }
    }
    Set<TerritoryId> claimed = new HashSet<>();
    for (Territory t : territories) {
      List<TerritoryId> line = new ArrayList<>(); // t and what contains it, nearest first
      Optional<TerritoryId> at = Optional.of(t.id());
      while (at.isPresent() && !line.contains(at.get())) {
        line.add(at.get());
        at = find(territories, at.get(), Territory::id).flatMap(Territory::parent);
      }
      for (int i = 0; i < line.size(); i++) {
        if (named.contains(line.get(i))) {
          claimed.addAll(line); // the named one, the parts below it on this line, the wholes
          break;
        }
      }
    }
    claimed.addAll(named);
    return claimed;
  }

  /** Returns the minute at which {@code t} certainly has passed. */
  static FuzzyTime after(FuzzyTime t) {
    return FuzzyTime.atMinute(LocalDateTime.ofEpochSecond(t.latestEpochSecond(), 0, ZoneOffset.UTC));
  }

  /** Returns a day that certainly ends before {@code t} begins. */
  static FuzzyTime before(FuzzyTime t) {
    return FuzzyTime.onDay(t.earliest().toLocalDate().minusDays(2));
  }

  static <T> T add(List<T> list, T value) {
    list.add(value);
    return value;
  }

  static <T> void replace(List<T> list, T old, T value) {
    int i = list.indexOf(old);
    if (i < 0) {
      throw new IllegalStateException("not in the model: " + old);
    }
    list.set(i, value);
  }

  static <T> List<T> filter(List<T> list, Predicate<? super T> keep) {
    List<T> out = new ArrayList<>();
    for (T t : list) {
      if (keep.test(t)) {
        out.add(t);
      }
    }
    return out;
  }

  static <T, I> Optional<T> find(List<T> list, I id, Function<T, I> idOf) {
    for (T t : list) {
      if (idOf.apply(t).equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
