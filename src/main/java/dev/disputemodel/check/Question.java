package dev.disputemodel.check;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.PropositionKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One question ({@link PropositionKey}) that two or more claims answer, with, for each claim in
 * model order, the answers it gives to the question and who speaks in it
 * ({@link ModelIndex#speaker}). Built once per check by {@link ModelIndex#questions()} and shared
 * by the rules that compare claims with each other, so that neither recomputes keys, answers or
 * speakers. Immutable.
 */
final class Question {
  private final PropositionKey key;
  private final List<Claim> claims;
  private final List<List<Answers>> answers;
  private final List<EntityId> speakers;

  private Question(
      PropositionKey key, List<Claim> claims, List<List<Answers>> answers, List<EntityId> speakers) {
    this.key = key;
    this.claims = claims;
    this.answers = answers;
    this.speakers = speakers;
  }

  /** Returns the question {@code key} with {@code claims}, which all answer it, in model order. */
  static Question of(ModelIndex index, PropositionKey key, List<Claim> claims) {
    List<List<Answers>> answers = new ArrayList<>(claims.size());
    List<EntityId> speakers = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      // a claim with one proposition is under this key only through that proposition
      answers.add(c.propositions().size() == 1
          ? List.of(new Answers(c.polarity(), c.propositions().get(0)))
          : Collections.unmodifiableList(Answers.of(c, key)));
      speakers.add(index.speaker(c));
    }
    return new Question(key, Collections.unmodifiableList(claims),
        Collections.unmodifiableList(answers), Collections.unmodifiableList(speakers));
  }

  /**
   * Returns true if at most 8 claims answer the question: few enough that a rule compares them
   * pair by pair, without allocating, before grouping them (most questions are this small).
   */
  boolean isSmall() {
    return claims.size() <= 8;
  }

  /** Returns the question. */
  PropositionKey key() {
    return key;
  }

  /** Returns the claims that answer it, in model order; unmodifiable. */
  List<Claim> claims() {
    return claims;
  }

  /** Returns the answers claim {@code i} gives to the question (one per matching proposition). */
  List<Answers> answers(int i) {
    return answers.get(i);
  }

  /** Returns who speaks in claim {@code i}. */
  EntityId speaker(int i) {
    return speakers.get(i);
  }
}
