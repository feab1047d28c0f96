package dev.disputemodel.json;

import dev.disputemodel.OtherProvision;

/** An {@link OtherProvision} in JSON: {@code {"type": "other", "description"}}. */
final class OtherProvisionCodec {
  private OtherProvisionCodec() {}

  private static final Fields<OtherProvision> FIELDS = Fields.variant("other");
  private static final Slot<String> DESCRIPTION =
      FIELDS.required("description", OtherProvision::description, Values.STRING);

  static final ObjectCodec<OtherProvision> CODEC =
      FIELDS.codec(s -> new OtherProvision(s.get(DESCRIPTION)));
}
