package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;

/** A {@link RulingResponse} proposition in JSON: {@code party}, {@code ruling}, {@code response}. */
final class RulingResponseCodec {
  private RulingResponseCodec() {}

  private static final Fields<RulingResponse> FIELDS = Fields.variant("rulingResponse");
  private static final Slot<PartyId> PARTY =
      FIELDS.required("party", RulingResponse::party, Ids.PARTY);
  private static final Slot<RulingId> RULING =
      FIELDS.required("ruling", RulingResponse::ruling, Ids.RULING);
  private static final Slot<ResponseKind> RESPONSE =
      FIELDS.required("response", RulingResponse::response, Values.enumOf(ResponseKind.class));

  static final ObjectCodec<RulingResponse> CODEC =
      FIELDS.codec(s -> new RulingResponse(s.get(PARTY), s.get(RULING), s.get(RESPONSE)));
}
