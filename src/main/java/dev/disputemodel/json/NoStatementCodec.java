package dev.disputemodel.json;

import dev.disputemodel.NoStatement;
import dev.disputemodel.PartyId;
import dev.disputemodel.PropositionKey;

/** A {@link NoStatement} proposition in JSON: {@code party} and the question it is {@code about}. */
final class NoStatementCodec {
  private NoStatementCodec() {}

  private static final Fields<NoStatement> FIELDS = Fields.variant("noStatement");
  private static final Slot<PartyId> PARTY = FIELDS.required("party", NoStatement::party, Ids.PARTY);
  private static final Slot<PropositionKey> ABOUT =
      FIELDS.required("about", NoStatement::about, PropositionKeyCodec.CODEC);

  static final ObjectCodec<NoStatement> CODEC =
      FIELDS.codec(s -> new NoStatement(s.get(PARTY), s.get(ABOUT)));
}
