package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import java.util.List;

/** A {@link Side} of a conflict in JSON. */
final class SideCodec {
  private SideCodec() {}

  private static final Fields<Side> FIELDS = Fields.of();
  private static final Slot<String> LABEL = FIELDS.required("label", Side::label, Values.STRING);
  private static final Slot<List<PartyId>> PRIMARIES =
      FIELDS.list("primaries", Side::primaries, Ids.PARTY);
  private static final Slot<List<Supporter>> SUPPORTERS =
      FIELDS.list("supporters", Side::supporters, SupporterCodec.CODEC);

  static final ObjectCodec<Side> CODEC = FIELDS.codec(s -> Side.builder()
      .label(s.get(LABEL)).addAllPrimaries(s.get(PRIMARIES)).addAllSupporters(s.get(SUPPORTERS))
      .build());
}
