package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.Withdrawal;

/** A {@link Withdrawal} provision in JSON: {@code {"type": "withdrawal", "party", "from"}}. */
final class WithdrawalCodec {
  private WithdrawalCodec() {}

  private static final Fields<Withdrawal> FIELDS = Fields.variant("withdrawal");
  private static final Slot<PartyId> PARTY = FIELDS.required("party", Withdrawal::party, Ids.PARTY);
  private static final Slot<TerritoryId> FROM =
      FIELDS.required("from", Withdrawal::from, Ids.TERRITORY);

  static final ObjectCodec<Withdrawal> CODEC =
      FIELDS.codec(s -> new Withdrawal(s.get(PARTY), s.get(FROM)));
}
