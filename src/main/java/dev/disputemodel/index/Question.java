package dev.disputemodel.index;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.PropositionKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A question of fact and the claims that answer it: "who struck first in the 2022 clashes"
 * ({@code INITIATOR [Conflict:C4]}) is answered "Azerbaijan" by Armenia's K5 and "Armenia" by
 * Azerbaijan's K6 and Turkey's K11. For each claim, in the order given (model order), it holds
 * the {@link Answer answers} the claim gives and who speaks in it
 * ({@link ModelIndex#speaker}), computed once and shared by the rules and queries that compare
 * claims; {@link #versions()} groups the claims by answer.
 *
 * <p>Built by {@link ModelIndex#questions()} (the questions two or more claims answer) and
 * {@link ModelIndex#question(PropositionKey, List)}. Immutable and thread-safe; the versions are
 * computed on first use. Two questions are equal when their keys and versions are.
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
  private volatile @Nullable ImmutableList<Version> versions; // computed on first use

  private Question(ModelIndex index, PropositionKey key, List<Claim> claims,
      List<List<Answer>> answers, List<EntityId> speakers) {
    this.index = index;
    this.key = key;
    this.claims = claims;
    this.answers = answers;
    this.speakers = speakers;
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
        Collections.unmodifiableList(answers), Collections.unmodifiableList(speakers));
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
   * Returns true if two different claims give answers that cannot both be right (two asserted
   * answers that contradict, or one denying what another asserts). A claim that contradicts
   * itself does not make a question contested. Who speaks does not matter here: the same
   * claimant saying both is contested too (the checker's {@code contested-question} looks only
   * at different claimants, {@code self-contradiction} at one).
   *
   * <p>Cost: pairs of claims for a {@linkplain #isSmall() small} question, without allocating;
   * otherwise pairs of {@linkplain #versions() versions}.
   */
  public boolean isContested() {
    if (isSmall()) {
      for (int i = 1; i < claims.size(); i++) {
        for (int j = 0; j < i; j++) {
          for (Answer a : answers.get(i)) {
            for (Answer b : answers.get(j)) {
              if (a.contradicts(b)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }
    List<Version> vs = versions();
    for (int i = 0; i < vs.size(); i++) {
      for (int j = i + 1; j < vs.size(); j++) {
        if (vs.get(i).contradicts(vs.get(j)) && twoClaims(vs.get(i), vs.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns true if the claims of {@code a} and {@code b} together are more than one claim. */
  private static boolean twoClaims(Version a, Version b) {
    Claim first = a.claims().get(0);
    for (Claim c : a.claims()) {
      if (c != first) {
        return true;
      }
    }
    for (Claim c : b.claims()) {
      if (c != first) {
        return true;
      }
    }
    return false;
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
        v.add(claims.get(c), speakers.get(c));
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
   * {@code INITIATOR [Conflict:C4], contested: initiator Party:P2 by [Party:P1] in [Claim:K5];
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
