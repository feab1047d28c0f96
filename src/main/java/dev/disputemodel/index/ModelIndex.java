package dev.disputemodel.index;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Event;
import dev.disputemodel.Parallelism;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@link DisputeModel} with the indexes that the consistency checker's rules and the query
 * module share: claims grouped by the question they answer and by proposition type, the questions
 * several claims answer, relations by party, events by conflict in time order, backers by account,
 * who speaks for whom, the sides an episode inherits, and the chains of accords. Each index is
 * built once, on first use, in time linear in the model (times a log factor for sorting), and then
 * shared by every caller; lookups are constant time.
 *
 * <pre>{@code
 * ModelIndex index = ModelIndex.of(model);
 * index.principal(PASHINYAN);                                         // Armenia
 * index.questions().stream().filter(Question::isContested).toList();  // the contested questions
 * }</pre>
 *
 * <p>Immutable and thread-safe: indexes are built at most once even when many threads ask at
 * once. The largest build (the questions) runs with the index's {@link Parallelism}.
 */
public final class ModelIndex {
  private final DisputeModel model;
  private final Parallelism parallelism;
  private final Supplier<ClaimGroups> claimGroups;
  private final Supplier<ImmutableListMultimap<PropositionKey, Claim>> claimsByKey;
  private final Supplier<ImmutableListMultimap<CeasefireId, Claim>> ceasefireStateClaims;
  private final Supplier<ImmutableMap<PropositionKey, List<Claim>>> questionsWithSeveralClaims;
  private final Supplier<List<Question>> questions;
  private final Questions questionFinder;
  private final Supplier<ImmutableListMultimap<PartyId, PartyRelation>> relationsByParty;
  private final Supplier<ImmutableListMultimap<ConflictId, Event>> eventsByConflict;
  private final Supplier<ImmutableListMultimap<EntityId, Claim>> backersByAccount;
  private final Supplier<ImmutableMap<PartyId, ImmutableList<PartyId>>> actsForChains;
  private final Supplier<AccordIndex> accords;

  private ModelIndex(DisputeModel model, Parallelism parallelism) {
    this.model = Objects.requireNonNull(model, "model");
    this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
    this.claimGroups = Suppliers.memoize(() -> ClaimGroups.of(model.claims()));
    this.questionFinder = new Questions(this);
    this.claimsByKey = Suppliers.memoize(this::indexClaims);
    this.ceasefireStateClaims = Suppliers.memoize(this::indexCeasefireStates);
    this.questionsWithSeveralClaims = Suppliers.memoize(this::indexSeveral);
    this.questions = Suppliers.memoize(() -> questionFinder.all(claimGroups.get().byKey(), parallelism));
    this.relationsByParty = Suppliers.memoize(this::indexRelations);
    this.eventsByConflict = Suppliers.memoize(this::indexEvents);
    this.backersByAccount = Suppliers.memoize(this::indexBackers);
    this.actsForChains = Suppliers.memoize(this::indexChains);
    this.accords = Suppliers.memoize(() -> new AccordIndex(model));
  }

  /**
   * Returns the index of {@code model}, built lazily with {@link Parallelism#commonPool()}: the
   * largest loops are split across the common fork-join pool for large models.
   */
  public static ModelIndex of(DisputeModel model) {
    return new ModelIndex(model, Parallelism.commonPool());
  }

  /**
   * Returns the index of {@code model}, built lazily with {@code parallelism}. The indexes are
   * the same whatever the parallelism.
   */
  public static ModelIndex of(DisputeModel model, Parallelism parallelism) {
    return new ModelIndex(model, parallelism);
  }

  /**
   * Returns where the large loops that build indexes over this model run (and those of the
   * checker and the query module that build on it).
   */
  public Parallelism parallelism() {
    return parallelism;
  }

  /** Returns the model. */
  public DisputeModel model() {
    return model;
  }

  /**
   * Returns the model's ceasefires and agreements with their chain links resolved both ways, and
   * when each is in effect by its recorded times.
   */
  public AccordIndex accords() {
    return accords.get();
  }

  /**
   * Returns every claim under the key of each of its propositions (a claim with two propositions
   * on different questions appears under both keys, once each), in model order within a key.
   */
  public ImmutableListMultimap<PropositionKey, Claim> claimsByKey() {
    return claimsByKey.get();
  }

  /**
   * Returns the questions that two or more claims answer, each with those claims in model order:
   * the only questions on which claims can disagree. Questions keep the order of
   * {@link #claimsByKey()}.
   */
  public ImmutableMap<PropositionKey, List<Claim>> questionsWithSeveralClaims() {
    return questionsWithSeveralClaims.get();
  }

  private ImmutableMap<PropositionKey, List<Claim>> indexSeveral() {
    List<Question> several = questions();
    ImmutableMap.Builder<PropositionKey, List<Claim>> b =
        ImmutableMap.builderWithExpectedSize(several.size());
    several.forEach(q -> b.put(q.key(), q.claims()));
    return b.buildOrThrow();
  }

  /**
   * Returns the claims that answer {@code key}, in model order: {@code claimsByKey().get(key)}
   * without building the multimap. Empty when no claim answers it.
   */
  public List<Claim> claimsOn(PropositionKey key) {
    List<Claim> claims = claimGroups.get().byKey().get(Objects.requireNonNull(key, "key"));
    return claims != null ? Collections.unmodifiableList(claims) : List.of();
  }

  /**
   * Returns the claims that give the state of ceasefire {@code ceasefire} (its
   * {@link CeasefireStatus} question), each once, in model order: the same claims as
   * {@code claimsOn(PropositionKey.of(CEASEFIRE_STATE, ceasefire))}, from an index that scans the
   * claims once for ceasefire states instead of grouping every claim by its question (a ceasefire
   * query need not pay for the checker's grouping). Empty when no claim gives it.
   */
  public List<Claim> ceasefireStateClaims(CeasefireId ceasefire) {
    return ceasefireStateClaims.get().get(Objects.requireNonNull(ceasefire, "ceasefire"));
  }

  /**
   * Returns the claims with at least one proposition of {@code type} (each claim once), in model
   * order: what a rule about one kind of proposition scans instead of every claim.
   */
  public List<Claim> claimsWith(PropositionType type) {
    List<Claim> claims = claimGroups.get().byType().get(Objects.requireNonNull(type, "type"));
    return claims != null ? Collections.unmodifiableList(claims) : List.of();
  }

  /**
   * Returns the questions that two or more claims answer, in the order of {@link #claimsByKey()},
   * each with the answers and the speaker of every claim, computed once for all the rules and
   * queries that compare claims with each other; unmodifiable. A question about a territory
   * counts the claims on the territories containing it ({@link #question(PropositionKey)}).
   */
  public List<Question> questions() {
    return questions.get();
  }

  /**
   * Returns the question {@code key} answered by {@code claims}, which the caller found (in
   * another index of this model, say), in model order; a question nobody answers has no versions.
   * Cost: O(claims), the speaker of each looked up.
   *
   * @throws InvalidValueException if one of {@code claims} has no proposition with {@code key}
   */
  public Question question(PropositionKey key, List<Claim> claims) {
    Objects.requireNonNull(key, "key");
    return Question.of(this, key, List.copyOf(Objects.requireNonNull(claims, "claims")), false);
  }

  /**
   * Returns the question {@code key} with every claim that answers it, in model order; for a
   * question of sovereignty over a territory, followed by the asserted claims on each territory
   * that contains it, nearest first, as answers about this one
   * ({@link Question class documentation}). A question nobody answers has no versions. Cost:
   * O(claims on the key and on the keys of the containing territories + depth).
   *
   * @throws NullPointerException if {@code key} is null
   */
  public Question question(PropositionKey key) {
    Objects.requireNonNull(key, "key");
    return questionFinder.of(key);
  }

  /** Returns every relation under both of its parties, in model order. */
  public ImmutableListMultimap<PartyId, PartyRelation> relationsByParty() {
    return relationsByParty.get();
  }

  /** Returns the events of each conflict (not of its episodes), ordered by {@link FuzzyTime#ORDER}. */
  public ImmutableListMultimap<ConflictId, Event> eventsByConflict() {
    return eventsByConflict.get();
  }

  /**
   * Returns, for each claim id, the asserted claims that back its account with a
   * {@link BacksAccount} proposition.
   */
  public ImmutableListMultimap<EntityId, Claim> backersByAccount() {
    return backersByAccount.get();
  }

  /**
   * Returns {@link DisputeModel#actsForChain(PartyId)}, computed once per party of the model:
   * {@code party} followed by the party it {@linkplain Party#actsFor() acts for}, and so on.
   */
  public ImmutableList<PartyId> actsForChain(PartyId party) {
    ImmutableList<PartyId> chain = actsForChains.get().get(Objects.requireNonNull(party, "party"));
    return chain != null ? chain : ImmutableList.of(party);
  }

  /** Returns the last party of {@link #actsForChain}: the party {@code party} ultimately speaks for. */
  public PartyId principal(PartyId party) {
    ImmutableList<PartyId> chain = actsForChain(party);
    return chain.get(chain.size() - 1);
  }

  /**
   * Returns who speaks in {@code claim}: the {@link #principal} of its claimant (a person's claim
   * counts for the party they act for), or the claim's source when the source speaks in its own
   * voice.
   */
  public EntityId speaker(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    return claim.claimant().<EntityId>map(this::principal).orElse(claim.source());
  }

  /** Returns true if {@code party} or one of the parties it acts for is a {@link PartyKind#STATE}. */
  public boolean isState(PartyId party) {
    for (PartyId p : actsForChain(party)) {
      if (model.party(p).map(x -> x.kind() == PartyKind.STATE).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the sides of {@code conflict}, or, when it records none, those of its nearest
   * ancestor that does (an episode often leaves its sides to the conflict it belongs to): the
   * sides of {@link #sidesRecordedBy}. Empty when no conflict on the parent chain records sides,
   * or the conflict is not in the model.
   */
  public ImmutableList<Side> sides(ConflictId conflict) {
    return model.conflict(sidesRecordedBy(conflict))
        .map(c -> ImmutableList.copyOf(c.sides())).orElse(ImmutableList.of());
  }

  /**
   * Returns the conflict whose sides {@link #sides} gives for {@code conflict}: the conflict
   * itself if it records sides, else its nearest ancestor that does; {@code conflict} itself when
   * none does (then without sides), or when it is not in the model. Cycle-safe.
   */
  public ConflictId sidesRecordedBy(ConflictId conflict) {
    Set<ConflictId> seen = new HashSet<>();
    Optional<Conflict> c = model.conflict(conflict);
    while (c.isPresent() && seen.add(c.get().id())) {
      if (!c.get().sides().isEmpty()) {
        return c.get().id();
      }
      c = c.get().parent().flatMap(model::conflict);
    }
    return conflict;
  }

  private ImmutableListMultimap<PropositionKey, Claim> indexClaims() {
    ImmutableListMultimap.Builder<PropositionKey, Claim> b = ImmutableListMultimap.builder();
    claimGroups.get().byKey().forEach(b::putAll);
    return b.build();
  }

  private ImmutableListMultimap<CeasefireId, Claim> indexCeasefireStates() {
    ImmutableListMultimap.Builder<CeasefireId, Claim> b = ImmutableListMultimap.builder();
    for (Claim claim : model.claims()) {
      List<CeasefireId> given = List.of();
      for (Proposition p : claim.propositions()) {
        if (p instanceof CeasefireStatus s && !given.contains(s.ceasefire())) {
          if (given.isEmpty()) {
            given = new ArrayList<>(1);
          }
          given.add(s.ceasefire()); // a claim on one ceasefire twice counts once
          b.put(s.ceasefire(), claim);
        }
      }
    }
    return b.build();
  }

  private ImmutableListMultimap<PartyId, PartyRelation> indexRelations() {
    ImmutableListMultimap.Builder<PartyId, PartyRelation> b = ImmutableListMultimap.builder();
    for (PartyRelation r : model.relations()) {
      b.put(r.from(), r);
      b.put(r.to(), r);
    }
    return b.build();
  }

  private ImmutableListMultimap<ConflictId, Event> indexEvents() {
    ImmutableListMultimap.Builder<ConflictId, Event> b = ImmutableListMultimap.builder();
    model.events().forEach(e -> b.put(e.conflict(), e));
    b.orderValuesBy(Comparator.comparing(Event::time, FuzzyTime.ORDER).thenComparing(Event::id));
    return b.build();
  }

  private ImmutableListMultimap<EntityId, Claim> indexBackers() {
    ImmutableListMultimap.Builder<EntityId, Claim> b = ImmutableListMultimap.builder();
    for (Claim claim : claimsWith(PropositionType.BACKING)) {
      if (claim.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (Proposition p : claim.propositions()) {
        if (p instanceof BacksAccount backs) {
          b.put(backs.account(), claim);
        }
      }
    }
    return b.build();
  }

  private ImmutableMap<PartyId, ImmutableList<PartyId>> indexChains() {
    ImmutableMap.Builder<PartyId, ImmutableList<PartyId>> b =
        ImmutableMap.builderWithExpectedSize(model.parties().size());
    for (Party party : model.parties()) {
      b.put(party.id(), model.actsForChain(party.id()));
    }
    return b.buildOrThrow();
  }

  /** Returns the set of parties on {@code side} that fight: its primaries and troop supporters. */
  public static ImmutableSet<PartyId> belligerents(Side side) {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.addAll(side.primaries());
    side.supporters().stream()
        .filter(s -> s.type() == SupportType.TROOPS)
        .forEach(s -> b.add(s.party()));
    return b.build();
  }
}
