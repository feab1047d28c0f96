package dev.disputemodel.json;

import dev.disputemodel.Share;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryShare;

/** A {@link TerritoryShare}: {@code {"whole": "T1", "share": {"low": 37, "high": 37}}} (format 1.3). */
final class TerritoryShareCodec {
  private TerritoryShareCodec() {}

  private static final Fields<TerritoryShare> FIELDS = Fields.of();
  private static final Slot<TerritoryId> WHOLE =
      FIELDS.required("whole", TerritoryShare::whole, Ids.TERRITORY);
  private static final Slot<Share> SHARE =
      FIELDS.required("share", TerritoryShare::share, ShareCodec.CODEC);

  static final ObjectCodec<TerritoryShare> CODEC =
      FIELDS.codec(s -> new TerritoryShare(s.get(WHOLE), s.get(SHARE)));
}
