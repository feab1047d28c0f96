package dev.disputemodel.json;

import dev.disputemodel.ClaimId;
import dev.disputemodel.EndKind;
import dev.disputemodel.Ending;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** An {@link Ending} of a claim: {@code {"kind": "WITHDRAWS", "claim": "K1", "effective": time}}. */
final class EndingCodec {
  private EndingCodec() {}

  private static final Fields<Ending> FIELDS = Fields.of();
  private static final Slot<EndKind> KIND =
      FIELDS.required("kind", Ending::kind, Values.enumOf(EndKind.class));
  private static final Slot<ClaimId> CLAIM = FIELDS.required("claim", Ending::claim, Ids.CLAIM);
  private static final Slot<Optional<FuzzyTime>> EFFECTIVE =
      FIELDS.optional("effective", Ending::effective, TimeCodec.CODEC);

  static final ObjectCodec<Ending> CODEC =
      FIELDS.codec(s -> new Ending(s.get(KIND), s.get(CLAIM), s.get(EFFECTIVE)));
}
