package dev.disputemodel.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Topic} asked in the draft, with the one answer each claimant family gives (or the one
 * answer everybody gives, if it is not contested): nobody contradicts itself. Mutable, for one
 * planning run.
 */
final class Question {
  final Topic topic;
  final boolean contested;
  /** A number per distinct key: claims state at most one proposition per key. */
  final int keyId;
  private final Map<Integer, Topic.Answer> answers = new HashMap<>();

  Question(Topic topic, boolean contested, int keyId) {
    this.topic = topic;
    this.contested = contested;
    this.keyId = keyId;
  }

  /** Returns {@code family}'s answer, drawing it on first use. */
  Topic.Answer answerOf(int family) {
    Integer who = contested ? family : Integer.MIN_VALUE;
    Topic.Answer answer = answers.get(who);
    if (answer == null) {
      answer = topic.answer(family, contested);
      answers.put(who, answer);
    }
    return answer;
  }
}
