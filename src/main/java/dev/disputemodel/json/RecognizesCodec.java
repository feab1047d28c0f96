package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.Recognizes;
import dev.disputemodel.TerritoryId;

/** A {@link Recognizes} proposition in JSON: {@code recognizer}, {@code territory}, {@code sovereign}. */
final class RecognizesCodec {
  private RecognizesCodec() {}

  private static final Fields<Recognizes> FIELDS = Fields.variant("recognizes");
  private static final Slot<PartyId> RECOGNIZER =
      FIELDS.required("recognizer", Recognizes::recognizer, Ids.PARTY);
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", Recognizes::territory, Ids.TERRITORY);
  private static final Slot<PartyId> SOVEREIGN =
      FIELDS.required("sovereign", Recognizes::sovereign, Ids.PARTY);

  static final ObjectCodec<Recognizes> CODEC =
      FIELDS.codec(s -> new Recognizes(s.get(RECOGNIZER), s.get(TERRITORY), s.get(SOVEREIGN)));
}
