package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyExtent;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/** A {@link Sovereignty} proposition in JSON: {@code territory}, {@code sovereign}, {@code extent} (1.3, optional). */
final class SovereigntyCodec {
  private SovereigntyCodec() {}

  private static final Fields<Sovereignty> FIELDS = Fields.variant("sovereignty");
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", Sovereignty::territory, Ids.TERRITORY);
  private static final Slot<PartyId> SOVEREIGN =
      FIELDS.required("sovereign", Sovereignty::sovereign, Ids.PARTY);

  // Since 1.3; written only for sovereign rights (FULL, the default, is left out).
  private static final Slot<Optional<SovereigntyExtent>> EXTENT = FIELDS.optional("extent",
      s -> s.extent() == SovereigntyExtent.FULL ? Optional.empty() : Optional.of(s.extent()),
      Values.enumOf(SovereigntyExtent.class));

  static final ObjectCodec<Sovereignty> CODEC = FIELDS.codec(s -> new Sovereignty(s.get(TERRITORY),
      s.get(SOVEREIGN), s.get(EXTENT).orElse(SovereigntyExtent.FULL)));
}
