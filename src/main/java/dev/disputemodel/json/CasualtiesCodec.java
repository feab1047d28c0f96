package dev.disputemodel.json;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import java.util.Optional;

/** A {@link Casualties} proposition in JSON; no {@code party} means all sides. */
final class CasualtiesCodec {
  private CasualtiesCodec() {}

  private static final Fields<Casualties> FIELDS = Fields.variant("casualties");
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Casualties::conflict, Ids.CONFLICT);
  private static final Slot<Optional<PartyId>> PARTY =
      FIELDS.optional("party", Casualties::party, Ids.PARTY);
  private static final Slot<CasualtyKind> KIND =
      FIELDS.required("kind", Casualties::kind, Values.enumOf(CasualtyKind.class));
  private static final Slot<Estimate> COUNT =
      FIELDS.required("count", Casualties::count, EstimateCodec.CODEC);

  static final ObjectCodec<Casualties> CODEC = FIELDS.codec(
      s -> new Casualties(s.get(CONFLICT), s.get(PARTY), s.get(KIND), s.get(COUNT)));
}
