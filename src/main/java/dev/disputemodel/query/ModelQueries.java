package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.AgreementId;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.Observer;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Recognition;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.CeasefireStanding;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.Parallelism;
import dev.disputemodel.index.Question;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.UnstatedPeriod;
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>This class is the facade and the reference of every query's contract; the work is done by
 * package-private classes, one per group of questions ({@code TerritoryQueries},
 * {@code ActiveQueries}, {@code Timelines}, {@code CeasefireQueries}, {@code CasualtyQueries},
 * {@code MediatorAlliances}, {@code ContestedQuestions}, {@code Rulings}, {@code Chains}) over a
 * shared {@code QueryScope} (the model, the indexes, the lookups). It is longer than 400 lines
 * because its javadoc is the reference of every query's contract, kept next to the method a user
 * calls; its methods only check arguments and delegate.
 */
public final class ModelQueries {
  private final QueryScope scope;
  private final TerritoryQueries territories;
  private final Rulings rulings;
  private final Agreements agreements;
  private final ActiveQueries active;
  private final Timelines timelines;
  private final CeasefireQueries ceasefires;
  private final CasualtyQueries casualties;
  private final MediatorAlliances mediatorAlliances;
  private final ContestedQuestions contested;

  private ModelQueries(ModelIndex index) {
    this.scope = new QueryScope(index);
    this.territories = new TerritoryQueries(scope);
    this.rulings = new Rulings(scope, this::subjectsOf);
    this.agreements = new Agreements(scope);
    this.active = new ActiveQueries(scope);
    this.timelines = new Timelines(scope);
    this.ceasefires = new CeasefireQueries(scope);
    this.casualties = new CasualtyQueries(scope);
    this.mediatorAlliances = new MediatorAlliances(scope);
    this.contested = new ContestedQuestions(index);
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
    return scope.model();
  }

  /** Returns the index shared with the consistency checker. */
  public ModelIndex index() {
    return scope.index();
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
    scope.require(conflict, "conflict");
    return new InvolvementQuery(scope, conflict, false, ImmutableSet.copyOf(Role.values()), Optional.empty());
  }

  /**
   * Returns the question "who are the allies and backers of {@code party}": by default direct
   * {@link RelationKind#ALLY_OF} and {@link RelationKind#BACKS} relations at any time.
   *
   * @throws InvalidValueException if the party is not in the model
   */
  public AllyQuery allies(PartyId party) {
    scope.require(party, "party");
    return new AllyQuery(scope, party, When.anyTime(),
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
    return mediatorAlliances.in(conflict);
  }

  // ------------------------------------------------------------------ territories

  /**
   * Returns the territories {@code territory} lies within, nearest first (its parent, then its
   * parent's parent, ...). Cycle-safe: stops before a territory would repeat. Cost: O(depth).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<TerritoryId> within(TerritoryId territory) {
    return territories.within(territory);
  }

  /**
   * Returns every territory inside {@code territory}, at any depth, breadth-first (children
   * before grandchildren, siblings in model order), each once and never the territory itself,
   * even when the hierarchy has a cycle. Cost: O(result).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<TerritoryId> contains(TerritoryId territory) {
    return territories.contains(territory);
  }

  /**
   * Returns true if {@code inner} lies within {@code outer} at any depth (not when they are equal).
   *
   * @throws InvalidValueException if either territory is not in the model
   */
  public boolean isWithin(TerritoryId inner, TerritoryId outer) {
    return territories.isWithin(inner, outer);
  }

  /**
   * Returns the sovereignty statuses of {@code territory} that meet {@code when}, in the
   * territory's order.
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<SovereigntyStatus> sovereignty(TerritoryId territory, When when) {
    return territories.sovereignty(territory, when);
  }

  /** Returns the control statuses of {@code territory} that meet {@code when}, in its order. */
  public ImmutableList<ControlStatus> control(TerritoryId territory, When when) {
    return territories.control(territory, when);
  }

  /** Returns the population statuses of {@code territory} that meet {@code when}, in its order. */
  public ImmutableList<PopulationStatus> population(TerritoryId territory, When when) {
    return territories.population(territory, when);
  }

  /**
   * Returns the territories where, at {@code when}, a party recognized as sovereign is stated and
   * a controller or a population's kin state is not among the sovereigns, in model order. Only
   * statuses that meet {@code when} count. Cost: O(territories with a sovereign and a controller or
   * population).
   */
  public ImmutableList<Divergence> divergences(When when) {
    return territories.divergences(when);
  }

  /**
   * Returns the conflicts about {@code territory} or a territory inside it: those with it at
   * stake, or with an event placed there, in model order. Cost: O(sub-territories + hits).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<Conflict> conflictsAbout(TerritoryId territory) {
    return territories.conflictsAbout(territory);
  }

  // ------------------------------------------------------------------ time

  /** Returns the conflicts and episodes active at {@code when}, in model order. */
  public ImmutableList<Conflict> conflictsActive(When when) {
    return active.conflicts(when);
  }

  /** Returns the events that happened at {@code when} (their time overlaps it), in model order. */
  public ImmutableList<Event> events(When when) {
    return active.events(when);
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
    return active.ceasefiresInEffect(when, contested);
  }

  /**
   * Returns whether {@code ceasefire} is in effect at {@code when}, ended, not yet in effect or
   * contested, with who says which ({@link CeasefireStanding}). Cost: O(claims on its state).
   *
   * @throws InvalidValueException if the ceasefire is not in the model
   */
  public CeasefireStanding ceasefireStanding(CeasefireId ceasefire, When when) {
    return ceasefires.standing(ceasefire, when);
  }

  /** Returns the third-party roles played at {@code when}, in model order. */
  public ImmutableList<Mediator> mediatorsActive(When when) {
    return active.mediators(when);
  }

  /** Returns the relations between parties that held at {@code when}, in model order. */
  public ImmutableList<PartyRelation> relationsActive(When when) {
    return active.relations(when);
  }

  /**
   * Returns the timeline of {@code conflict} and its episodes: their starts and ends, their
   * events, their ceasefires' agreed, effective and end times, and their third-party roles' starts
   * and ends. Cost: O(entries log entries).
   *
   * @throws InvalidValueException if the conflict is not in the model
   */
  public Timeline timeline(ConflictId conflict) {
    return timelines.of(conflict);
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
    return timelines.of(territory);
  }

  // ------------------------------------------------------------------ claims

  /** Returns the question "which claims", matching every claim until refined. */
  public ClaimQuery claims() {
    return new ClaimQuery(scope, ImmutableList.of());
  }

  /**
   * Returns the entities a claim is about: every entity its propositions name (territory,
   * sovereign, conflict, party, attacker, target, place, ceasefire, holder, addressee, backer,
   * account, the subjects of a {@link dev.disputemodel.NoStatement}), and the conflict of every
   * ceasefire they name, in that order, each once. The claimant and source are not subjects.
   */
  public ImmutableSet<EntityId> subjectsOf(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    ImmutableSet.Builder<EntityId> out = ImmutableSet.builder();
    claim.propositions().forEach(p -> Subjects.forEach(scope.model(), p, out::add));
    return out.build();
  }

  /**
   * Returns who speaks in {@code claim}: the party its claimant ultimately acts for (Armenia for
   * Pashinyan), or its source when the source speaks in its own voice.
   */
  public EntityId speaker(Claim claim) {
    return scope.index().speaker(Objects.requireNonNull(claim, "claim"));
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
    return scope.index().question(key);
  }

  /**
   * Returns every contested question, by the one definition the checker's
   * {@code contested-question} uses too ({@link Question#contested()}): claimants giving answers
   * that cannot both be right while their positions may be held at the same time; ordered by key.
   * Computed once, in O(claims), then shared.
   */
  public ImmutableList<Question> contested() {
    return contested.all();
  }

  /**
   * Returns the questions about positions held over time: in force on a question on a date, per
   * claimant, a claimant's latest position as known on a date, the claimants of a territory on a
   * date, a claimant's history on a question ({@link PositionQuery}).
   */
  public PositionQuery positions() {
    return new PositionQuery(this, scope);
  }

  /** Returns the contested questions whose key names {@code subject}, ordered by key. */
  public ImmutableList<Question> contestedAbout(EntityId subject) {
    scope.require(subject, "subject");
    return contested.about(subject);
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
    Accord a = scope.require(member, "member");
    return Chains.of(scope.index().accords(), a, scope::position);
  }

  // ------------------------------------------------------------------ rulings and recognition

  /**
   * Returns the rulings whose decisions are about {@code territory} or a territory within it, in
   * model order: the 1899 award and the ICJ's orders for Essequibo; a ruling on a claim
   * ({@link dev.disputemodel.ClaimDecision}) is about the territories that claim is about, so the
   * ICJ's 2010 opinion on Kosovo's declaration of independence is about Kosovo. Cost: O(rulings
   * and their decided claims + territories within it).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<Ruling> rulingsAbout(TerritoryId territory) {
    return rulings.about(territory);
  }

  /**
   * Returns who accepts, rejects or ignores {@code ruling} on {@code date}, as known now: every
   * asserted {@link dev.disputemodel.RulingResponse} to it whose claim's position is possibly in
   * force then ({@link DisputeModel#inForce(Claim, FuzzyTime)}), with that certainty, in model
   * order of the claims. A rejection replaced by a later acceptance answers the acceptance from
   * the day the replacement takes effect. Cost: O(claims with ruling responses).
   *
   * @throws InvalidValueException if the ruling is not in the model
   */
  public ImmutableList<RulingAnswer> responsesTo(RulingId ruling, FuzzyTime date) {
    return rulings.responses(ruling, date, Optional.empty());
  }

  /**
   * Returns who accepts, rejects or ignores {@code ruling} on {@code date} as known on
   * {@code asKnownOn}: as {@link #responsesTo(RulingId, FuzzyTime)}, counting only the claims
   * made and published by then ({@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}).
   *
   * @throws InvalidValueException if the ruling is not in the model
   */
  public ImmutableList<RulingAnswer> responsesTo(RulingId ruling, FuzzyTime date, FuzzyTime asKnownOn) {
    return rulings.responses(ruling, date, Optional.of(Objects.requireNonNull(asKnownOn, "asKnownOn")));
  }

  /**
   * Returns who accepts, rejects or ignores {@code agreement} on {@code date}, as known now: every
   * asserted {@link dev.disputemodel.AgreementResponse} to it whose claim's position is possibly in
   * force then, with that certainty, in model order of the claims; read as
   * {@link #responsesTo(RulingId, FuzzyTime)} reads responses to rulings. On 25 April 2004 the
   * Turkish Cypriots accept the Annan Plan and the Greek Cypriots reject it. Cost: O(claims with
   * agreement responses).
   *
   * @throws InvalidValueException if the agreement is not in the model
   */
  public ImmutableList<AgreementAnswer> responsesTo(AgreementId agreement, FuzzyTime date) {
    return agreements.responses(agreement, date, Optional.empty());
  }

  /**
   * Returns who accepts, rejects or ignores {@code agreement} on {@code date} as known on
   * {@code asKnownOn}: as {@link #responsesTo(AgreementId, FuzzyTime)}, counting only the claims
   * made and published by then.
   *
   * @throws InvalidValueException if the agreement is not in the model
   */
  public ImmutableList<AgreementAnswer> responsesTo(
      AgreementId agreement, FuzzyTime date, FuzzyTime asKnownOn) {
    return agreements.responses(
        agreement, date, Optional.of(Objects.requireNonNull(asKnownOn, "asKnownOn")));
  }

  /**
   * Returns whether {@code agreement} is in force on {@code date}:
   *
   * <ul>
   *   <li>{@code NOT} if it {@linkplain dev.disputemodel.Agreement#lapsed() lapsed} (never in
   *       force, like the Annan Plan);
   *   <li>with a time it took effect, as its recorded times say (from then to its end or the
   *       renewal or successor that ends it, as for ceasefires);
   *   <li>with none (only proposed, or no time known), at most {@code POSSIBLY}, and {@code NOT}
   *       before its proposal or after its end: an agreement the model records only as proposed is
   *       never definitely in force;
   *   <li>at most {@code POSSIBLY} while an asserted {@link dev.disputemodel.AgreementStatus} claim
   *       that it was {@linkplain dev.disputemodel.AgreementStage#NEVER_IN_FORCE never in force}
   *       is held on or after the date (the Port of Spain Protocol, in force 1970–1982 by its UN
   *       registration, "never enforced" by another source).
   * </ul>
   *
   * <p>Cost: O(claims with agreement stages + links of the agreement).
   *
   * @throws InvalidValueException if the agreement is not in the model
   */
  public Certainty agreementInForce(AgreementId agreement, FuzzyTime date) {
    return agreements.inForce(agreement, date);
  }

  /**
   * Returns who is sovereign over {@code territory} on {@code date} according to
   * {@code observer}: the territory's own answers
   * ({@link dev.disputemodel.Territory#sovereigntyAccordingTo(Observer, FuzzyTime)}), or, when it
   * has none, those of the nearest territory it lies within that has some. Cost: O(depth + statuses).
   *
   * @throws InvalidValueException if the territory is not in the model
   */
  public ImmutableList<Recognition> sovereigntyAccordingTo(
      TerritoryId territory, Observer observer, FuzzyTime date) {
    return territories.sovereigntyAccordingTo(territory, observer, date);
  }

  /**
   * Returns what the model says about {@code ceasefire}: its brokers, its state as each claim
   * reports it, and the evidence that it was violated after it took effect. Cost: O(roles of the
   * ceasefire + claims on its state + events and claims of its conflict).
   *
   * @throws InvalidValueException if the ceasefire is not in the model
   */
  public CeasefireAccount ceasefire(CeasefireId ceasefire) {
    return ceasefires.account(ceasefire);
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
    return casualties.of(conflict);
  }
}
