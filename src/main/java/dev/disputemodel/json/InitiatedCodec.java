package dev.disputemodel.json;

import dev.disputemodel.ConflictId;
import dev.disputemodel.Initiated;
import dev.disputemodel.PartyId;

/** An {@link Initiated} proposition in JSON. */
final class InitiatedCodec {
  private InitiatedCodec() {}

  private static final Fields<Initiated> FIELDS = Fields.variant("initiated");
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Initiated::conflict, Ids.CONFLICT);
  private static final Slot<PartyId> INITIATOR =
      FIELDS.required("initiator", Initiated::initiator, Ids.PARTY);

  static final ObjectCodec<Initiated> CODEC =
      FIELDS.codec(s -> new Initiated(s.get(CONFLICT), s.get(INITIATOR)));
}
