package dev.disputemodel.json;

import dev.disputemodel.AccordId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ChainLinkKind;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/**
 * A {@link ChainLink} in JSON:
 * {@code {"kind": "RENEWS", "earlier": {"kind": "ceasefire", "id": "S1"}, "date": "2022-06-02"}}.
 */
final class ChainLinkCodec {
  private ChainLinkCodec() {}

  private static final Fields<ChainLink> FIELDS = Fields.of();
  private static final Slot<ChainLinkKind> KIND =
      FIELDS.required("kind", ChainLink::kind, Values.enumOf(ChainLinkKind.class));
  private static final Slot<AccordId> EARLIER =
      FIELDS.required("earlier", ChainLink::earlier, AccordRefCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> DATE =
      FIELDS.optional("date", ChainLink::date, TimeCodec.CODEC);

  static final ObjectCodec<ChainLink> CODEC =
      FIELDS.codec(s -> new ChainLink(s.get(KIND), s.get(EARLIER), s.get(DATE)));
}
