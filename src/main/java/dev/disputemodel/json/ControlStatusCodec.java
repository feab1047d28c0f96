package dev.disputemodel.json;

import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;

/** A {@link ControlStatus} of a territory in JSON. */
final class ControlStatusCodec {
  private ControlStatusCodec() {}

  private static final Fields<ControlStatus> FIELDS = Fields.of();
  private static final Slot<PartyId> CONTROLLER =
      FIELDS.required("controller", ControlStatus::controller, Ids.PARTY);
  private static final Slot<ControlKind> KIND =
      FIELDS.required("kind", ControlStatus::kind, Values.enumOf(ControlKind.class));
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", ControlStatus::period, PeriodCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", ControlStatus::source, Ids.SOURCE);

  static final ObjectCodec<ControlStatus> CODEC = FIELDS.codec(s -> ControlStatus.builder()
      .controller(s.get(CONTROLLER)).kind(s.get(KIND)).period(s.get(PERIOD))
      .source(s.get(SOURCE)).build());
}
