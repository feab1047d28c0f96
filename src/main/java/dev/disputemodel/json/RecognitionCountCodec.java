package dev.disputemodel.json;

import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.TerritoryId;

/** A {@link RecognitionCount} proposition in JSON: {@code territory}, {@code sovereign}, {@code count}. */
final class RecognitionCountCodec {
  private RecognitionCountCodec() {}

  private static final Fields<RecognitionCount> FIELDS = Fields.variant("recognitionCount");
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", RecognitionCount::territory, Ids.TERRITORY);
  private static final Slot<PartyId> SOVEREIGN =
      FIELDS.required("sovereign", RecognitionCount::sovereign, Ids.PARTY);
  private static final Slot<Estimate> COUNT =
      FIELDS.required("count", RecognitionCount::count, EstimateCodec.CODEC);

  static final ObjectCodec<RecognitionCount> CODEC = FIELDS.codec(
      s -> new RecognitionCount(s.get(TERRITORY), s.get(SOVEREIGN), s.get(COUNT)));
}
