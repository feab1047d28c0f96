package dev.disputemodel.json;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.ClaimId;
import dev.disputemodel.PartyId;

/** A {@link BacksAccount} proposition in JSON; {@code account} is a claim id. */
final class BacksAccountCodec {
  private BacksAccountCodec() {}

  private static final Fields<BacksAccount> FIELDS = Fields.variant("backsAccount");
  private static final Slot<PartyId> BACKER =
      FIELDS.required("backer", BacksAccount::backer, Ids.PARTY);
  private static final Slot<ClaimId> ACCOUNT =
      FIELDS.required("account", BacksAccount::account, Ids.CLAIM);

  static final ObjectCodec<BacksAccount> CODEC =
      FIELDS.codec(s -> new BacksAccount(s.get(BACKER), s.get(ACCOUNT)));
}
