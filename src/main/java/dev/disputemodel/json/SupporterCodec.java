package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;

/** A {@link Supporter} of a side in JSON. */
final class SupporterCodec {
  private SupporterCodec() {}

  private static final Fields<Supporter> FIELDS = Fields.of();
  private static final Slot<PartyId> PARTY = FIELDS.required("party", Supporter::party, Ids.PARTY);
  private static final Slot<SupportType> TYPE =
      FIELDS.required("type", Supporter::type, Values.enumOf(SupportType.class));
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", Supporter::period, PeriodCodec.CODEC);
  private static final Slot<Optional<SourceId>> SOURCE =
      FIELDS.optional("source", Supporter::source, Ids.SOURCE);

  static final ObjectCodec<Supporter> CODEC = FIELDS.codec(s -> Supporter.builder()
      .party(s.get(PARTY)).type(s.get(TYPE)).period(s.get(PERIOD)).source(s.get(SOURCE))
      .build());
}
