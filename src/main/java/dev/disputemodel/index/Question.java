package dev.disputemodel.index;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question of fact and the claims that answer it: "who struck first in the 2022 clashes"
 * ({@code INITIATOR[Conflict:C4]}) is answered "Azerbaijan" by Armenia's K5 and "Armenia" by
 * Azerbaijan's K6 and Turkey's K11. For each claim, in the order given (model order), it holds
 * the {@link Answer answers} the claim gives and who speaks in it
 * ({@link ModelIndex#speaker}), computed once and shared by the rules and queries that compare
 * claims; {@link #versions()} groups the claims by answer.
 *
 * <p>A question of sovereignty over a territory is also answered by every asserted claim on a
 * territory that contains it: "B is sovereign over the archipelago"
 * answers "who is sovereign over this island" with B ({@link ModelIndex#question(PropositionKey)}).
 *
 * <p><b>Contested.</b> The one definition, shared by the query module's
 * {@code ModelQueries.contested()} and the checker's {@code contested-question}: a question is
 * contested when two claims of different claimants (a claimant and those who speak for it are
 * one: {@link ModelIndex#speaker}), at least one of them on this very question, give answers that
 * cannot both be right and their positions may be held at the same time, about the same time
 * ({@link dev.disputemodel.DisputeModel#heldTogether}): a position withdrawn or replaced contests
 * nothing after it ended, claims about periods that cannot overlap (Guyana's of 2023 about
 * 1899–1962, Venezuela's about 1962 on) contest nothing, and a claimant never contests itself.
 * On a date, both must be {@linkplain dev.disputemodel.DisputeModel#inForce(dev.disputemodel.Claim,
 * FuzzyTime) in force} then: held then, or about a period covering it.
 * {@link #contested()} says how certain that is over all time, {@link #contestedOn} on a date.
 *
 * <p>Built by {@link ModelIndex#questions()} (the questions two or more claims answer) and
 * {@link ModelIndex#question(PropositionKey, List)}. Immutable and thread-safe; the versions are
 * computed on first use. Two questions are equal when their keys and versions are.
 *
 * <p>About 400 lines because the one definition of "contested" needs both of its paths here: a
 * small question compares its claims pair by pair, a large one groups them into versions first,
 * and both must give the same answer over all time and on a date.
 */
public final class Question {
  /** At most this many claims make a small question: compared pair by pair, never grouped. */
  private static final int SMALL = 8;
  /** Past this many distinct answers, grouping looks answers up in a hash map, not by scanning. */
  private static final int SCAN_LIMIT = 8;

  private final ModelIndex index;
  private final PropositionKey key;
  private final List<Claim> claims;
  private final List<List<Answer>> answers;
  private final List<EntityId> speakers;
  /** The first {@code own} claims have a proposition with the key; the others answer for a part. */
  private final int own;
  private volatile @Nullable ImmutableList<Version> versions; // computed on first use
  private volatile @Nullable Certainty contested; // computed on first use
  private volatile @Nullable ImmutableList<Version> contestedVersions; // computed on first use

  private Question(ModelIndex index, PropositionKey key, List<Claim> claims,
      List<List<Answer>> answers, List<EntityId> speakers, int own) {
    this.index = index;
    this.key = key;
    this.claims = claims;
    this.answers = answers;
    this.speakers = speakers;
    this.own = own;
  }

  /**
   * Returns the question {@code key} with {@code claims}, in that order. When {@code trusted},
   * every claim is known to answer {@code key} (a claim with one proposition is not looked at
   * again); otherwise a claim that does not answer it is rejected.
   *
   * @throws InvalidValueException if a claim does not answer {@code key} (only when not trusted)
   */
  static Question of(ModelIndex index, PropositionKey key, List<Claim> claims, boolean trusted) {
    List<List<Answer>> answers = new ArrayList<>(claims.size());
    List<EntityId> speakers = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      // a claim with one proposition is under this key only through that proposition
      List<Answer> given = trusted && c.propositions().size() == 1
          ? List.of(new Answer(c.polarity(), c.propositions().get(0)))
          : Answer.of(c, key);
      if (given.isEmpty()) {
        throw new InvalidValueException("Question", "claims", c.id(), "does not answer " + key);
      }
      answers.add(given);
      speakers.add(index.speaker(c));
    }
    return new Question(index, key, Collections.unmodifiableList(claims),
        Collections.unmodifiableList(answers), Collections.unmodifiableList(speakers),
        claims.size());
  }

  /**
   * Returns the question {@code key} with {@code claims}, each giving the answers at the same
   * position of {@code answers} (never empty); the first {@code own} claims have propositions with
   * the key, the others answer only through a territory that contains the question's
   * ({@link ModelIndex#question(PropositionKey)}). Two claims of the latter kind contest the
   * question about their own territory, never this one.
   */
  static Question of(ModelIndex index, PropositionKey key, List<Claim> claims,
      List<List<Answer>> answers, int own) {
    List<EntityId> speakers = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      speakers.add(index.speaker(c));
    }
    return new Question(index, key, Collections.unmodifiableList(claims),
        Collections.unmodifiableList(answers), Collections.unmodifiableList(speakers), own);
  }

  /** Returns the question. */
  public PropositionKey key() {
    return key;
  }

  /** Returns the claims that answer it, in model order; unmodifiable. */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * Returns the answers claim {@code claim} (a position in {@link #claims()}) gives to the
   * question, one per proposition with its key; never empty.
   *
   * @throws IndexOutOfBoundsException if there is no such claim
   */
  public List<Answer> answers(int claim) {
    return answers.get(claim);
  }

  /**
   * Returns who speaks in claim {@code claim} (a position in {@link #claims()}): see
   * {@link ModelIndex#speaker}.
   *
   * @throws IndexOutOfBoundsException if there is no such claim
   */
  public EntityId speaker(int claim) {
    return speakers.get(claim);
  }

  /**
   * Returns true if at most 8 claims answer the question: few enough that comparing them pair by
   * pair, without allocating, costs less than grouping them by answer. Most questions are this
   * small; rules that compare claims use it to decide the common case before grouping.
   */
  public boolean isSmall() {
    return claims.size() <= SMALL;
  }

  /**
   * Returns true if the question is {@linkplain #contested() contested} at some time, possibly:
   * {@code contested().isPossible()}.
   */
  public boolean isContested() {
    return contested().isPossible();
  }

  /**
   * Returns whether the question is contested at some time (see the class documentation):
   * {@code DEFINITELY} if two claims of different claimants give contradicting answers and
   * their positions are definitely {@linkplain dev.disputemodel.DisputeModel#heldTogether held
   * together}, {@code POSSIBLY} if they may be, else {@code NOT}. As known now: every claim of the model
   * counted. Computed once.
   *
   * <p>Cost: pairs of claims of a {@linkplain #isSmall() small} question, without allocating;
   * otherwise pairs of claims within pairs of contradicting {@linkplain #versions() versions};
   * the held periods only of claims in such pairs.
   */
  public Certainty contested() {
    Certainty c = contested;
    if (c == null) {
      contested = c = isSmall() ? contest(null, null) : contestVersions();
    }
    return c;
  }

  /**
   * For a question that is not {@linkplain #isSmall() small}: returns {@link #contested()} and
   * keeps the versions that take part in the contest ({@link #contestedVersions()}), found in the
   * same pass over pairs of contradicting versions.
   */
  private Certainty contestVersions() {
    List<Version> vs = versions();
    boolean[] involved = new boolean[vs.size()];
    Certainty c = Certainty.NOT;
    for (int i = 0; i < vs.size(); i++) {
      for (int j = i + 1; j < vs.size(); j++) {
        if ((!c.isDefinite() || !involved[i] || !involved[j]) && vs.get(i).contradicts(vs.get(j))) {
          Certainty pair = contest(vs.get(i), vs.get(j), null, null);
          if (pair.isPossible()) {
            involved[i] = true;
            involved[j] = true;
            c = c.or(pair);
          }
        }
      }
    }
    contestedVersions = involvedOnly(vs, involved);
    return c;
  }

  private static ImmutableList<Version> involvedOnly(List<Version> vs, boolean[] involved) {
    ImmutableList.Builder<Version> out = ImmutableList.builder();
    for (int i = 0; i < vs.size(); i++) {
      if (involved[i]) {
        out.add(vs.get(i));
      }
    }
    return out.build();
  }

  /**
   * Returns whether the question is contested on {@code date}: two claims of different claimants
   * give contradicting answers and both positions are
   * {@linkplain dev.disputemodel.DisputeModel#inForce(Claim, FuzzyTime) in force} then (the
   * certainty of the likelier such pair).
   *
   * @throws NullPointerException if {@code date} is null
   */
  public Certainty contestedOn(FuzzyTime date) {
    return contest(Objects.requireNonNull(date, "date"), null);
  }

  /**
   * Returns whether the question is contested on {@code date} as known on {@code asKnownOn}: as
   * {@link #contestedOn(FuzzyTime)}, with positions
   * {@linkplain dev.disputemodel.DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime) in force as
   * known then}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Certainty contestedOn(FuzzyTime date, FuzzyTime asKnownOn) {
    return contest(Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(asKnownOn, "asKnownOn"));
  }

  /**
   * Returns the versions that take part in a possible contest (a contradicting answer of another
   * claimant possibly held at the same time), in the order of {@link #versions()}; empty when the
   * question is not contested.
   */
  public ImmutableList<Version> contestedVersions() {
    if (!isContested()) {
      return ImmutableList.of();
    }
    ImmutableList<Version> found = contestedVersions; // a large question found them with contested()
    if (found == null) {
      List<Version> vs = versions();
      boolean[] involved = new boolean[vs.size()];
      for (int i = 0; i < vs.size(); i++) {
        for (int j = i + 1; j < vs.size(); j++) {
          if ((!involved[i] || !involved[j]) && vs.get(i).contradicts(vs.get(j))
              && contest(vs.get(i), vs.get(j), null, null).isPossible()) {
            involved[i] = true;
            involved[j] = true;
          }
        }
      }
      contestedVersions = found = involvedOnly(vs, involved);
    }
    return found;
  }

  /** {@code date} null: over all time; {@code asKnownOn} null: as known now. */
  private Certainty contest(@Nullable FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    Certainty c = Certainty.NOT;
    if (isSmall()) {
      for (int i = 1; i < claims.size() && !c.isDefinite(); i++) {
        for (int j = 0; j < i && !c.isDefinite(); j++) {
          if (j < own && !speakers.get(i).equals(speakers.get(j))
              && contradict(answers.get(i), answers.get(j))) {
            c = c.or(together(claims.get(i), claims.get(j), date, asKnownOn));
          }
        }
      }
      return c;
    }
    List<Version> vs = versions();
    for (int i = 0; i < vs.size() && !c.isDefinite(); i++) {
      for (int j = i + 1; j < vs.size() && !c.isDefinite(); j++) {
        if (vs.get(i).contradicts(vs.get(j))) {
          c = c.or(contest(vs.get(i), vs.get(j), date, asKnownOn));
        }
      }
    }
    return c;
  }

  /** Returns the contest between two contradicting versions: pairs of claims of different claimants. */
  private Certainty contest(Version a, Version b, @Nullable FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    Certainty c = Certainty.NOT;
    List<Claim> ca = a.claims();
    List<Claim> cb = b.claims();
    for (int i = 0; i < ca.size() && !c.isDefinite(); i++) {
      for (int j = 0; j < cb.size() && !c.isDefinite(); j++) {
        if ((a.isOwn(i) || b.isOwn(j)) && !a.speaker(i).equals(b.speaker(j))) {
          c = c.or(together(ca.get(i), cb.get(j), date, asKnownOn));
        }
      }
    }
    return c;
  }

  private static boolean contradict(List<Answer> a, List<Answer> b) {
    for (Answer x : a) {
      for (Answer y : b) {
        if (x.contradicts(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the positions of {@code a} and {@code b} are held at the same time. */
  private Certainty together(Claim a, Claim b, @Nullable FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    DisputeModel model = index.model();
    if (date == null) {
      return model.heldTogether(a, b);
    }
    Certainty ia = asKnownOn == null ? model.inForce(a, date) : model.inForce(a, date, asKnownOn);
    if (!ia.isPossible()) {
      return Certainty.NOT;
    }
    return ia.and(asKnownOn == null ? model.inForce(b, date) : model.inForce(b, date, asKnownOn));
  }

  /**
   * Returns the distinct answers given to the question, each with the claims that give it, in
   * the order of their first claim; empty when no claim answers it. Computed on first use in
   * O(claims × distinct answers) for few answers (a scan), O(claims) beyond.
   */
  public ImmutableList<Version> versions() {
    ImmutableList<Version> v = versions;
    if (v == null) {
      versions = v = group();
    }
    return v;
  }

  /**
   * Groups the claims by the answer they give, answers in order of first appearance. Questions
   * have few distinct answers, so each answer is looked up by scanning the versions found so far
   * (same proposition object first, then equality); past {@link #SCAN_LIMIT} distinct answers a
   * hash map takes over.
   */
  private ImmutableList<Version> group() {
    List<Version> found = new ArrayList<>(4);
    @Nullable Map<Answer, Version> byAnswer = null;
    for (int c = 0; c < claims.size(); c++) {
      for (Answer a : answers.get(c)) {
        Version v = byAnswer != null ? byAnswer.get(a) : find(found, a);
        if (v == null) {
          found.add(v = new Version(index, a));
          if (byAnswer != null) {
            byAnswer.put(a, v);
          } else if (found.size() > SCAN_LIMIT) {
            byAnswer = new HashMap<>();
            for (Version known : found) {
              byAnswer.put(known.answer(), known);
            }
          }
        }
        v.add(claims.get(c), speakers.get(c), c < own);
      }
    }
    return ImmutableList.copyOf(found);
  }

  private static @Nullable Version find(List<Version> found, Answer a) {
    for (Version v : found) {
      if (v.answer().polarity() == a.polarity() && v.answer().proposition() == a.proposition()) {
        return v;
      }
    }
    for (Version v : found) {
      if (v.answer().equals(a)) {
        return v;
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Question q && key.equals(q.key) && versions().equals(q.versions());
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + versions().hashCode();
  }

  /**
   * Returns the key, whether it is contested, and the versions:
   * {@code INITIATOR[Conflict:C4], contested: initiator Party:P2 by [Party:P1] in [Claim:K5];
   * initiator Party:P1 by [Party:P2, Party:P7] in [Claim:K6, Claim:K11]}. For names, see
   * {@code dev.disputemodel.text.ModelAccount#describe(Question)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(key)
        .append(isContested() ? ", contested: " : ", not contested: ");
    List<Version> all = versions();
    for (int i = 0; i < all.size(); i++) {
      s.append(i == 0 ? "" : "; ").append(all.get(i));
    }
    return s.toString();
  }
}
