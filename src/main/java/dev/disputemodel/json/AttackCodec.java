package dev.disputemodel.json;

import dev.disputemodel.Attack;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EventKind;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** An {@link Attack} proposition in JSON. */
final class AttackCodec {
  private AttackCodec() {}

  private static final Fields<Attack> FIELDS = Fields.variant("attack");
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Attack::conflict, Ids.CONFLICT);
  private static final Slot<PartyId> ATTACKER =
      FIELDS.required("attacker", Attack::attacker, Ids.PARTY);
  private static final Slot<EventKind> KIND =
      FIELDS.required("kind", Attack::kind, Values.enumOf(EventKind.class));
  private static final Slot<Optional<PartyId>> TARGET =
      FIELDS.optional("target", Attack::target, Ids.PARTY);
  private static final Slot<Optional<TerritoryId>> PLACE =
      FIELDS.optional("place", Attack::place, Ids.TERRITORY);

  private static final Slot<Optional<FuzzyTime>> TIME =
      FIELDS.optional("time", Attack::time, TimeCodec.CODEC);

  static final ObjectCodec<Attack> CODEC = FIELDS.codec(s -> new Attack(
      s.get(CONFLICT), s.get(ATTACKER), s.get(KIND), s.get(TARGET), s.get(PLACE), s.get(TIME)));
}
