package dev.disputemodel.json;

import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;

/** An {@link AgreementStatus} proposition in JSON: {@code agreement}, {@code stage} (format 1.3). */
final class AgreementStatusCodec {
  private AgreementStatusCodec() {}

  private static final Fields<AgreementStatus> FIELDS = Fields.variant("agreementStatus");
  private static final Slot<AgreementId> AGREEMENT =
      FIELDS.required("agreement", AgreementStatus::agreement, Ids.AGREEMENT);
  private static final Slot<AgreementStage> STAGE =
      FIELDS.required("stage", AgreementStatus::stage, Values.enumOf(AgreementStage.class));

  static final ObjectCodec<AgreementStatus> CODEC =
      FIELDS.codec(s -> new AgreementStatus(s.get(AGREEMENT), s.get(STAGE)));
}
