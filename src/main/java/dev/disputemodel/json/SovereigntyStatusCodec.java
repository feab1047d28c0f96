package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;

/** A {@link SovereigntyStatus} of a territory in JSON; {@code internationallyRecognized} only when true. */
final class SovereigntyStatusCodec {
  private SovereigntyStatusCodec() {}

  private static final Fields<SovereigntyStatus> FIELDS = Fields.of();
  private static final Slot<PartyId> SOVEREIGN =
      FIELDS.required("sovereign", SovereigntyStatus::sovereign, Ids.PARTY);
  private static final Slot<Optional<Boolean>> RECOGNIZED = FIELDS.optional(
      "internationallyRecognized",
      s -> s.internationallyRecognized() ? Optional.of(true) : Optional.empty(),
      Values.BOOLEAN);
  private static final Slot<List<PartyId>> RECOGNIZERS =
      FIELDS.list("recognizers", SovereigntyStatus::recognizers, Ids.PARTY);
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", SovereigntyStatus::period, PeriodCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", SovereigntyStatus::source, Ids.SOURCE);

  static final ObjectCodec<SovereigntyStatus> CODEC = FIELDS.codec(s -> SovereigntyStatus.builder()
      .sovereign(s.get(SOVEREIGN)).internationallyRecognized(s.get(RECOGNIZED).orElse(false))
      .addAllRecognizers(s.get(RECOGNIZERS)).period(s.get(PERIOD)).source(s.get(SOURCE))
      .build());
}
