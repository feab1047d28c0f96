package dev.disputemodel.testing;

import dev.disputemodel.NoStatement;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * That a party made no statement on a question asked in the draft, when nobody in its family
 * spoke on it. Not among the questions claims are drawn on: silences are planned after every
 * statement ({@link ClaimPlanner}), so no later claim breaks them; they are asserted by anybody
 * outside the silent party's family.
 */
final class NoStatementTopic implements Topic {
  private final int party;
  private final NoStatement silence;

  private NoStatementTopic(int party, NoStatement silence) {
    this.party = party;
    this.silence = silence;
  }

  /**
   * Returns that a party drawn from the draft said nothing on a question drawn from
   * {@code asked}, or empty if there is none or its family spoke on it ({@code spoke}).
   */
  static Optional<NoStatementTopic> plan(
      ModelDraft d, List<Question> asked, BiPredicate<Integer, Question> spoke) {
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    int party = d.c.nextInt(d.parties.size());
    Question about = d.c.pick(asked);
    if (spoke.test(d.roles.root(party), about)) {
      return Optional.empty();
    }
    NoStatement silence = new NoStatement(d.parties.id(party), about.topic.key());
    return Optional.of(new NoStatementTopic(party, silence));
  }

  /** Returns the index of the party said to be silent. */
  int party() {
    return party;
  }

  @Override
  public PropositionKey key() {
    return silence.key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Polarity.ASSERTS, silence);
  }
}
