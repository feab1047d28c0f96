package dev.disputemodel.json;

import dev.disputemodel.Estimate;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;

/** A {@link ForceStrength} in JSON: {@code {"size", "asOf", "source"}} (format 1.3). */
final class ForceStrengthCodec {
  private ForceStrengthCodec() {}

  private static final Fields<ForceStrength> FIELDS = Fields.of();
  private static final Slot<Estimate> SIZE =
      FIELDS.required("size", ForceStrength::size, EstimateCodec.CODEC);
  private static final Slot<FuzzyTime> AS_OF =
      FIELDS.required("asOf", ForceStrength::asOf, TimeCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", ForceStrength::source, Ids.SOURCE);

  static final ObjectCodec<ForceStrength> CODEC =
      FIELDS.codec(s -> new ForceStrength(s.get(SIZE), s.get(AS_OF), s.get(SOURCE)));
}
