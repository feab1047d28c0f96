package dev.disputemodel.json;

import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;

/** A {@link PopulationStatus} of a territory in JSON. */
final class PopulationStatusCodec {
  private PopulationStatusCodec() {}

  private static final Fields<PopulationStatus> FIELDS = Fields.of();
  private static final Slot<String> GROUP =
      FIELDS.required("group", PopulationStatus::group, Values.STRING);
  private static final Slot<Optional<PartyId>> KIN_STATE =
      FIELDS.optional("kinState", PopulationStatus::kinState, Ids.PARTY);
  private static final Slot<Optional<Estimate>> SIZE =
      FIELDS.optional("size", PopulationStatus::size, EstimateCodec.CODEC);
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", PopulationStatus::period, PeriodCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", PopulationStatus::source, Ids.SOURCE);

  static final ObjectCodec<PopulationStatus> CODEC = FIELDS.codec(s -> PopulationStatus.builder()
      .group(s.get(GROUP)).kinState(s.get(KIN_STATE)).size(s.get(SIZE)).period(s.get(PERIOD))
      .source(s.get(SOURCE)).build());
}
