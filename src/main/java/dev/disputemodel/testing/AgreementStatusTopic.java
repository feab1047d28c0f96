package dev.disputemodel.testing;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import java.util.Optional;

/**
 * How far an agreement went ({@link AgreementStatus}). Every answer is compatible with the stage
 * the model records and never equals it (so a fault that denies an answer does not also deny the
 * record): in force for ended and ended for in force, signed for never in force, proposed for
 * signed, signed for proposed. Where the record excludes neither (no stage, proposed or signed),
 * the families of a contested question say in force against never in force. Always asserted.
 */
final class AgreementStatusTopic implements Topic {
  private final ModelDraft d;
  private final Agreement agreement;

  private AgreementStatusTopic(ModelDraft draft, Agreement agreement) {
    this.d = draft;
    this.agreement = agreement;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.agreements.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AgreementStatusTopic(d, d.c.pick(d.agreements.all())));
  }

  @Override
  public PropositionKey key() {
    return new AgreementStatus(agreement.id(), AgreementStage.PROPOSED).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    Optional<AgreementStage> recorded = agreement.stage();
    boolean open = recorded.isEmpty() || !recorded.get().wasInForce()
        && recorded.get() != AgreementStage.NEVER_IN_FORCE;
    AgreementStage stage;
    if (contested && open) {
      stage = family % 2 == 0 ? AgreementStage.IN_FORCE : AgreementStage.NEVER_IN_FORCE;
    } else if (recorded.isEmpty()) {
      stage = AgreementStage.SIGNED;
    } else {
      stage = switch (recorded.get()) {
        case PROPOSED, NEVER_IN_FORCE -> AgreementStage.SIGNED;
        case SIGNED -> AgreementStage.PROPOSED;
        case IN_FORCE -> AgreementStage.ENDED;
        case ENDED -> AgreementStage.IN_FORCE;
      };
    }
    return Answer.of(Polarity.ASSERTS, new AgreementStatus(agreement.id(), stage));
  }
}
