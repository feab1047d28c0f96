package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;

/** A {@link Sovereignty} proposition in JSON. */
final class SovereigntyCodec {
  private SovereigntyCodec() {}

  private static final Fields<Sovereignty> FIELDS = Fields.variant("sovereignty");
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", Sovereignty::territory, Ids.TERRITORY);
  private static final Slot<PartyId> SOVEREIGN =
      FIELDS.required("sovereign", Sovereignty::sovereign, Ids.PARTY);

  static final ObjectCodec<Sovereignty> CODEC =
      FIELDS.codec(s -> new Sovereignty(s.get(TERRITORY), s.get(SOVEREIGN)));
}
