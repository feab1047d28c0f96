package dev.disputemodel.json;

import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.PartyId;
import dev.disputemodel.ResponseKind;

/**
 * An {@link AgreementResponse} proposition in JSON: {@code party}, {@code agreement},
 * {@code response} (format 1.3), the shape of {@code rulingResponse}.
 */
final class AgreementResponseCodec {
  private AgreementResponseCodec() {}

  private static final Fields<AgreementResponse> FIELDS = Fields.variant("agreementResponse");
  private static final Slot<PartyId> PARTY =
      FIELDS.required("party", AgreementResponse::party, Ids.PARTY);
  private static final Slot<AgreementId> AGREEMENT =
      FIELDS.required("agreement", AgreementResponse::agreement, Ids.AGREEMENT);
  private static final Slot<ResponseKind> RESPONSE =
      FIELDS.required("response", AgreementResponse::response, Values.enumOf(ResponseKind.class));

  static final ObjectCodec<AgreementResponse> CODEC =
      FIELDS.codec(s -> new AgreementResponse(s.get(PARTY), s.get(AGREEMENT), s.get(RESPONSE)));
}
