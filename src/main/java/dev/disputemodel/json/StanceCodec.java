package dev.disputemodel.json;

import dev.disputemodel.ConflictId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import java.util.Optional;

/** A {@link Stance} proposition in JSON. */
final class StanceCodec {
  private StanceCodec() {}

  private static final Fields<Stance> FIELDS = Fields.variant("stance");
  private static final Slot<PartyId> HOLDER = FIELDS.required("holder", Stance::holder, Ids.PARTY);
  private static final Slot<StanceKind> KIND =
      FIELDS.required("kind", Stance::kind, Values.enumOf(StanceKind.class));
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Stance::conflict, Ids.CONFLICT);
  private static final Slot<Optional<PartyId>> ADDRESSEE =
      FIELDS.optional("addressee", Stance::addressee, Ids.PARTY);

  static final ObjectCodec<Stance> CODEC = FIELDS.codec(
      s -> new Stance(s.get(HOLDER), s.get(KIND), s.get(CONFLICT), s.get(ADDRESSEE)));
}
