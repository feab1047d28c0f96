package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** A {@link Succession}: {@code {"predecessor", "kind", "date"}}, the date optional (format 1.2). */
final class SuccessionCodec {
  private SuccessionCodec() {}

  private static final Fields<Succession> FIELDS = Fields.of();
  private static final Slot<PartyId> PREDECESSOR =
      FIELDS.required("predecessor", Succession::predecessor, Ids.PARTY);
  private static final Slot<SuccessionKind> KIND =
      FIELDS.required("kind", Succession::kind, Values.enumOf(SuccessionKind.class));
  private static final Slot<Optional<FuzzyTime>> DATE =
      FIELDS.optional("date", Succession::date, TimeCodec.CODEC);

  static final ObjectCodec<Succession> CODEC =
      FIELDS.codec(s -> new Succession(s.get(PREDECESSOR), s.get(KIND), s.get(DATE)));
}
