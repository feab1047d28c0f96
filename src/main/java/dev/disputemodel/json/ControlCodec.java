package dev.disputemodel.json;

import dev.disputemodel.Control;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;

/** A {@link Control} proposition in JSON. */
final class ControlCodec {
  private ControlCodec() {}

  private static final Fields<Control> FIELDS = Fields.variant("control");
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", Control::territory, Ids.TERRITORY);
  private static final Slot<PartyId> CONTROLLER =
      FIELDS.required("controller", Control::controller, Ids.PARTY);

  static final ObjectCodec<Control> CODEC =
      FIELDS.codec(s -> new Control(s.get(TERRITORY), s.get(CONTROLLER)));
}
