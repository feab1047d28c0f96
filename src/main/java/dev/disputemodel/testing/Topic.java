package dev.disputemodel.testing;

import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import java.util.Optional;

/**
 * A question claims can answer, of one proposition type: who is sovereign over a territory, who
 * controls it, how many were killed, who started a conflict, whether an attack happened, what
 * state a ceasefire is in, what stance a party takes, whether a party backs an account, whether
 * a party said nothing, how a party responds to a ruling, when something started or happened, a
 * ruling's vote or an event's troops, whom a party recognizes, by how many a sovereign is
 * recognized. One class per type plans its questions and answers them consistently
 * with the rest of the draft; the {@link ClaimPlanner} decides who asks what, and keeps each
 * claimant family to one answer per question ({@link Question}).
 */
interface Topic {
  /** Returns the question's key: claims on the same key are about the same question. */
  PropositionKey key();

  /**
   * Returns {@code family}'s answer. Called once per family, or only once when the question is
   * not {@code contested}; a contested question may be answered differently by each family.
   */
  Answer answer(int family, boolean contested);

  /**
   * Returns what makes two planned topics the same question: the key, by default. (Casualty
   * topics of different kinds share a key but are different questions for the planner.)
   */
  default Object identity() {
    return key();
  }

  /** Plans a new question of one type, if the draft holds something to ask about. */
  @FunctionalInterface
  interface Planner {
    /**
     * Returns a new question, or empty if there is nothing to ask yet; {@code claimant} is the
     * party about to answer it, if a party (not a source in its own voice) does.
     */
    Optional<Topic> plan(ModelDraft draft, Optional<Integer> claimant);
  }

  /** One family's answer to a question: its polarity, and the proposition each claim states. */
  interface Answer {
    Polarity polarity();

    /** Returns the proposition the next claim with this answer states (figures vary per claim). */
    Proposition nextProposition();

    /** Returns the answer that always states {@code proposition} with {@code polarity}. */
    static Answer of(Polarity polarity, Proposition proposition) {
      return new Fixed(polarity, proposition);
    }
  }

  /** An answer whose proposition is the same in every claim. */
  record Fixed(Polarity polarity, Proposition nextProposition) implements Answer {}

  /**
   * Returns DENIES with probability {@code denial} if the question is contested, else ASSERTS:
   * the polarity of a family that is free to disagree.
   */
  static Polarity polarity(Choices c, boolean contested, double denial) {
    return contested && c.nextBoolean(denial) ? Polarity.DENIES : Polarity.ASSERTS;
  }
}
