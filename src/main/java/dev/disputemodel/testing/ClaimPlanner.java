package dev.disputemodel.testing;

import dev.disputemodel.Claim;
import dev.disputemodel.EndKind;
import dev.disputemodel.Ending;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the claims, after every other entity. A claim is made by a party, or by its source in its
 * own voice, on a question ({@link Question}) asked before or new; each new question is planned by
 * one {@link Topic} class, tried in turn from a random one until one finds something to ask about.
 * Each claimant family (a party with everybody who acts for it, or a source's own voice) gives one
 * answer per question, so nobody contradicts itself; an asserting claim may state a second
 * question's answer too. Claims are made in the draft's claims window ({@link TimeFrame}), before
 * their source is published; a party may replace one of its recent claims, made after it, or
 * withdraw one (a claim with no proposition, made after it, sometimes with a later effect). A
 * party's claim may state since when the position is held ({@link Claim#heldDuring()}), from
 * before it was made; a claim may be about a past period ({@link Claim#about()}); an asserted sovereignty may be over a part of the territory asked about.
 * Last come the silences ({@link NoStatementTopic}): a party said nothing on a question its family
 * never spoke on.
 */
final class ClaimPlanner {
  /** One planner per topic of the rotation, in a fixed order. */
  private static final List<Topic.Planner> TOPICS = List.of(
      SovereigntyTopic::plan, ControlTopic::plan, CasualtyTopic::plan, InitiatorTopic::plan,
      AttackTopic::plan, CeasefireStatusTopic::plan, StanceTopic::plan, BackingTopic::plan,
      RulingResponseTopic::plan, FactTimeTopic::plan, FactFigureTopic::plan, RecognitionTopic::plan,
      RecognitionCountTopic::plan, AgreementResponseTopic::plan, AgreementStatusTopic::plan,
      CharacterizationTopic::plan);

  private final ModelDraft d;
  private final Choices c;
  private final List<Question> questions = new ArrayList<>();
  private final Map<Object, Question> questionsByIdentity = new HashMap<>();
  private final Map<PropositionKey, Integer> keyIds = new HashMap<>();
  /** (family, key id) pairs: who spoke on what. */
  private final Set<Long> spoken = new HashSet<>();
  /** The claims a withdrawal ends: each is withdrawn once. */
  private final Set<Integer> withdrawn = new HashSet<>();
  /** The parts of each territory asked about, once the territories are planned. */
  private final Map<TerritoryId, List<TerritoryId>> parts = new HashMap<>();
  private int partsPlannedFor = -1;

  ClaimPlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /** Plans {@code n} claims, about a tenth of them silences; fewer where none can be placed. */
  void plan(Choices.Length n) {
    Choices.Length silences =
        n.n() == 0 ? new Choices.Length(0, -1) : c.length(0, n.n() / 10 + 1);
    c.each(new Choices.Length(n.n() - silences.n(), n.at()), i -> {
      if (!c.nextBoolean(0.08) || !withdrawal()) {
        statement();
      }
    });
    c.each(silences, i -> silence());
  }

  /** Returns who answers as one: the root of a claimant party's family, or a source's own voice. */
  private int family(Optional<Integer> claimant, int source) {
    return claimant.map(d.roles::root).orElse(-1 - source);
  }

  private boolean spoke(int family, Question question) {
    return spoken.contains(((long) family << 32) | question.keyId);
  }

  private void statement() {
    int sourceIndex = c.nextInt(d.sources.size());
    Optional<Integer> claimant =
        c.nextBoolean(0.1) ? Optional.empty() : Optional.of(c.nextInt(d.parties.size()));
    int family = family(claimant, sourceIndex);
    Question question;
    if (!questions.isEmpty() && c.nextBoolean(0.5)) {
      question = c.pick(questions);
    } else {
      Optional<Question> fresh = newQuestion(claimant);
      Question asked = questions.isEmpty() ? null : c.pick(questions);
      question = fresh.orElse(asked);
    }
    if (question == null) {
      return;
    }
    Topic.Answer answer = question.answerOf(family);
    List<Proposition> propositions = new ArrayList<>();
    propositions.add(onAPart(answer.nextProposition(), answer.polarity()));
    List<Question> answered = new ArrayList<>(2);
    answered.add(question);
    if (answer.polarity() == Polarity.ASSERTS && questions.size() > 1 && c.nextBoolean(0.15)) {
      Question other = c.pick(questions);
      Topic.Answer second = other.answerOf(family);
      if (other != question && second.polarity() == Polarity.ASSERTS
          && other.keyId != question.keyId) {
        propositions.add(second.nextProposition());
        answered.add(other);
      }
    }
    Source source = d.sources.get(sourceIndex);
    long madeHi = source.published().map(FuzzyTime::earliestEpochSecond)
        .orElse(d.time.claimsEnd);
    long madeLo = d.time.claimsStart;
    Optional<Integer> revises = Optional.empty();
    if (claimant.isPresent() && c.nextBoolean(0.1)) {
      List<Integer> own = d.partyClaims(d.roles.root(claimant.get()));
      for (int k = own.size() - 1; k >= Math.max(0, own.size() - 8) && revises.isEmpty(); k--) {
        Claim earlier = d.claims.get(own.get(k));
        if (earlier.claimant().equals(Optional.of(d.parties.id(claimant.get())))) {
          revises = Optional.of(own.get(k));
          madeLo = earlier.madeAt().latestEpochSecond();
        }
      }
    }
    Optional<FuzzyTime> madeAt = Times.within(c, madeLo, madeHi, d.precision());
    if (madeAt.isEmpty()) {
      revises = Optional.empty();
      madeAt = Times.within(c, d.time.claimsStart, madeHi, d.precision());
    }
    if (madeAt.isEmpty()) {
      return;
    }
    int index = d.claims.size();
    Claim.Builder b = Claim.builder().id(d.claims.id(index)).source(source.id())
        .madeAt(madeAt.get()).polarity(answer.polarity()).addAllPropositions(propositions);
    claimant.ifPresent(p -> b.claimant(d.parties.id(p)));
    revises.ifPresent(r -> b.replaces(d.claims.id(r)));
    if (claimant.isPresent() && c.nextBoolean(0.25)) {
      heldDuring(madeAt.get()).ifPresent(b::heldDuring);
    } else if (c.nextBoolean(0.05)) {
      about(madeAt.get()).ifPresent(b::about);
    }
    if (c.nextBoolean(0.3)) {
      b.quote("Quoted words " + (index + 1));
    }
    if (c.nextBoolean(0.1)) {
      b.hedge(c.pick(ModelDraft.HEDGES));
    }
    d.addClaim(b.build(), family, claimant.isPresent());
    answered.forEach(q -> spoken.add(((long) family << 32) | q.keyId));
  }

  /**
   * Returns a holding period for a position stated at {@code madeAt}: held since a time before
   * it ("has claimed the islands since its independence"), open, or now and then closed at a
   * time after it. Empty if there is no room before {@code madeAt}.
   */
  private Optional<FuzzyPeriod> heldDuring(FuzzyTime madeAt) {
    Optional<FuzzyTime> since =
        Times.within(c, d.time.start, madeAt.earliestEpochSecond(), d.precision());
    if (since.isEmpty()) {
      return Optional.empty();
    }
    if (c.nextBoolean(0.3)) {
      Optional<FuzzyTime> until =
          Times.within(c, madeAt.latestEpochSecond(), d.time.claimsEnd, d.precision());
      if (until.isPresent()) {
        return Optional.of(FuzzyPeriod.of(since.get(), until.get()));
      }
    }
    return Optional.of(FuzzyPeriod.since(since.get()));
  }

  /**
   * Returns a period before {@code madeAt} for a claim about the past (said in 2023 of 1899–1962):
   * closed, or now and then a single time. Empty if there is no room before {@code madeAt}.
   */
  private Optional<FuzzyPeriod> about(FuzzyTime madeAt) {
    Optional<FuzzyTime> from =
        Times.within(c, d.time.start, madeAt.earliestEpochSecond(), d.precision());
    if (from.isEmpty()) {
      return Optional.empty();
    }
    Optional<FuzzyTime> until = c.nextBoolean(0.2) ? Optional.empty()
        : Times.within(c, from.get().latestEpochSecond(), madeAt.earliestEpochSecond(), d.precision());
    return Optional.of(until.isPresent() ? FuzzyPeriod.of(from.get(), until.get()) : FuzzyPeriod.at(from.get()));
  }

  /**
   * Returns {@code p}, or now and then the same sovereign asserted over a part of its territory
   * (a claim on one island of a claimed archipelago): consistent with the family's answer on the
   * whole, competing with other families' answers on it. Only roots carry sovereignty questions
   * ({@link TerritoryPlanner}), so no part is asked about on its own.
   */
  private Proposition onAPart(Proposition p, Polarity polarity) {
    if (polarity != Polarity.ASSERTS || !(p instanceof Sovereignty s) || !c.nextBoolean(0.3)) {
      return p;
    }
    List<TerritoryId> parts = partsOf(s.territory());
    return parts.isEmpty() ? p : new Sovereignty(c.pick(parts), s.sovereign(), s.extent());
  }

  /**
   * Returns the territories {@code whole} contains, at any depth, in planning order; computed once
   * per territory (the territories are all planned before the claims).
   */
  private List<TerritoryId> partsOf(TerritoryId whole) {
    if (partsPlannedFor != d.territories.size()) {
      parts.clear();
      partsPlannedFor = d.territories.size();
    }
    return parts.computeIfAbsent(whole, this::findParts);
  }

  private List<TerritoryId> findParts(TerritoryId whole) {
    Map<TerritoryId, Optional<TerritoryId>> parentOf = new HashMap<>();
    for (Territory t : d.territories.all()) {
      parentOf.putIfAbsent(t.id(), t.parent());
    }
    List<TerritoryId> found = new ArrayList<>();
    for (Territory t : d.territories.all()) {
      Optional<TerritoryId> up = t.parent();
      for (int depth = 0; up.isPresent() && depth < d.territories.size(); depth++) {
        if (up.get().equals(whole)) {
          found.add(t.id());
          break;
        }
        up = parentOf.getOrDefault(up.get(), Optional.empty());
      }
    }
    return List.copyOf(found);
  }

  /**
   * Adds a claim by which a party withdraws one of its own recent positions, made after it (in a
   * source published later), sometimes with effect later still; false if none can be placed.
   */
  private boolean withdrawal() {
    int party = c.nextInt(d.parties.size());
    int family = d.roles.root(party);
    List<Integer> own = d.partyClaims(family);
    if (own.isEmpty()) {
      return false;
    }
    int k = own.get(own.size() - 1 - c.nextInt(Math.min(own.size(), 8)));
    Claim earlier = d.claims.get(k);
    if (earlier.propositions().isEmpty() || !withdrawn.add(k)) {
      return false;
    }
    Source source = c.pick(d.sources.all());
    long madeHi = source.published().map(FuzzyTime::earliestEpochSecond)
        .orElse(d.time.claimsEnd);
    Optional<FuzzyTime> madeAt =
        Times.within(c, earlier.madeAt().latestEpochSecond(), madeHi, d.precision());
    if (madeAt.isEmpty()) {
      withdrawn.remove(k);
      return false;
    }
    Optional<FuzzyTime> effective = c.nextBoolean(0.2)
        ? Times.within(c, madeAt.get().latestEpochSecond(), d.time.claimsEnd, d.precision())
        : Optional.empty();
    Claim.Builder b = Claim.builder().id(d.claims.id(d.claims.size())).source(source.id())
        .claimant(earlier.claimant().orElseThrow()).madeAt(madeAt.get())
        .addEnd(new Ending(EndKind.WITHDRAWS, earlier.id(), effective));
    if (c.nextBoolean(0.3)) {
      b.quote("Quoted words " + (d.claims.size() + 1));
    }
    d.addClaim(b.build(), family, true);
    return true;
  }

  /** Plans a new question with the first topic, from a random one on, that has one to ask. */
  private Optional<Question> newQuestion(Optional<Integer> claimant) {
    boolean contested = c.nextBoolean(d.config.contestedShare());
    int first = c.nextInt(TOPICS.size());
    for (int k = 0; k < TOPICS.size(); k++) {
      Optional<Topic> topic = TOPICS.get((first + k) % TOPICS.size()).plan(d, claimant);
      if (topic.isPresent()) {
        Object identity = topic.get().identity();
        Question existing = questionsByIdentity.get(identity);
        if (existing != null) {
          return Optional.of(existing);
        }
        int keyId = keyIds.computeIfAbsent(topic.get().key(), key -> keyIds.size());
        Question question = new Question(topic.get(), contested, keyId);
        questionsByIdentity.put(identity, question);
        questions.add(question);
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  /** Adds a claim that a party said nothing on a question nobody in its family spoke on. */
  private void silence() {
    Optional<NoStatementTopic> topic = NoStatementTopic.plan(d, questions, this::spoke);
    if (topic.isEmpty()) {
      return;
    }
    int party = topic.get().party();
    int sourceIndex = c.nextInt(d.sources.size());
    Optional<Integer> claimant =
        c.nextBoolean(0.5) ? Optional.empty() : Optional.of(c.nextInt(d.parties.size()));
    if (claimant.isPresent() && d.roles.root(claimant.get()) == d.roles.root(party)) {
      claimant = Optional.empty();
    }
    Source source = d.sources.get(sourceIndex);
    long madeHi = source.published().map(FuzzyTime::earliestEpochSecond)
        .orElse(d.time.claimsEnd);
    Optional<FuzzyTime> madeAt = Times.within(c, d.time.claimsStart, madeHi, d.precision());
    if (madeAt.isEmpty()) {
      return;
    }
    Topic.Answer answer = topic.get().answer(family(claimant, sourceIndex), false);
    Claim.Builder b = Claim.builder().id(d.claims.nextId()).source(source.id())
        .madeAt(madeAt.get()).polarity(answer.polarity()).addProposition(answer.nextProposition());
    claimant.ifPresent(p -> b.claimant(d.parties.id(p)));
    d.addClaim(b.build(), family(claimant, sourceIndex), claimant.isPresent());
  }
}
