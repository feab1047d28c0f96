package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.RulingResponseKind;

/** A {@link RulingResponse} proposition in JSON (format 1.1). */
final class RulingResponseCodec {
  private RulingResponseCodec() {}

  private static final Fields<RulingResponse> FIELDS = Fields.variant("rulingResponse");
  private static final Slot<PartyId> PARTY =
      FIELDS.required("party", RulingResponse::party, Ids.PARTY);
  private static final Slot<RulingId> RULING =
      FIELDS.required("ruling", RulingResponse::ruling, Ids.RULING);
  private static final Slot<RulingResponseKind> KIND =
      FIELDS.required("kind", RulingResponse::kind, Values.enumOf(RulingResponseKind.class));

  static final ObjectCodec<RulingResponse> CODEC =
      FIELDS.codec(s -> new RulingResponse(s.get(PARTY), s.get(RULING), s.get(KIND)));
}
