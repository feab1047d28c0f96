package dev.disputemodel.testing;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import java.util.List;
import java.util.Optional;

/**
 * What state a ceasefire is in, among the states its recorded times allow: ended or violated once
 * it ended, holding, violated or in force once effective, any state otherwise. Always asserted; a contested
 * question lets families name different states, and lets a family declare over a ceasefire its
 * record says is still in effect.
 */
final class CeasefireStatusTopic implements Topic {
  private final ModelDraft d;
  private final Ceasefire ceasefire;
  private final List<CeasefireState> states;

  private CeasefireStatusTopic(ModelDraft draft, Ceasefire ceasefire) {
    this.d = draft;
    this.ceasefire = ceasefire;
    this.states = ceasefire.ended().isPresent()
        ? List.of(CeasefireState.ENDED, CeasefireState.VIOLATED)
        : ceasefire.effective().isPresent()
            ? List.of(CeasefireState.HOLDING, CeasefireState.VIOLATED, CeasefireState.IN_FORCE)
            : List.of(CeasefireState.values());
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.ceasefires.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CeasefireStatusTopic(d, d.c.pick(d.ceasefires.all())));
  }

  @Override
  public PropositionKey key() {
    return new CeasefireStatus(ceasefire.id(), states.get(0)).key();
  }

  /**
   * Returns a state the recorded times allow; on a contested question about a ceasefire in effect
   * with no recorded end, a family other than the first may declare it over (ENDED): the
   * ceasefire then stands contested while that claim is in force.
   */
  @Override
  public Answer answer(int family, boolean contested) {
    if (contested && family > 0 && ceasefire.ended().isEmpty() && ceasefire.effective().isPresent()
        && d.c.nextBoolean(0.3)) {
      return Answer.of(Polarity.ASSERTS, new CeasefireStatus(ceasefire.id(), CeasefireState.ENDED));
    }
    return Answer.of(Polarity.ASSERTS, new CeasefireStatus(ceasefire.id(), d.c.pick(states)));
  }
}
