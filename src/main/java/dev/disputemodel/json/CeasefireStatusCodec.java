package dev.disputemodel.json;

import dev.disputemodel.AgreementId;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import java.util.Optional;

/** A {@link CeasefireStatus} proposition in JSON. */
final class CeasefireStatusCodec {
  private CeasefireStatusCodec() {}

  private static final Fields<CeasefireStatus> FIELDS = Fields.variant("ceasefireStatus");
  private static final Slot<CeasefireId> CEASEFIRE =
      FIELDS.required("ceasefire", CeasefireStatus::ceasefire, Ids.CEASEFIRE);
  private static final Slot<CeasefireState> STATE =
      FIELDS.required("state", CeasefireStatus::state, Values.enumOf(CeasefireState.class));

  private static final Slot<Optional<AgreementId>> AGREEMENT =
      FIELDS.optional("agreement", CeasefireStatus::agreement, Ids.AGREEMENT);

  static final ObjectCodec<CeasefireStatus> CODEC = FIELDS.codec(
      s -> new CeasefireStatus(s.get(CEASEFIRE), s.get(STATE), s.get(AGREEMENT)));
}
