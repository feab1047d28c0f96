package dev.disputemodel.json;

import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;

/** A {@link PartyRelation} in JSON. */
final class RelationCodec {
  private RelationCodec() {}

  private static final Fields<PartyRelation> FIELDS = Fields.of();
  static final Slot<RelationId> ID = FIELDS.required("id", PartyRelation::id, Ids.RELATION);
  private static final Slot<PartyId> FROM = FIELDS.required("from", PartyRelation::from, Ids.PARTY);
  private static final Slot<RelationKind> KIND =
      FIELDS.required("kind", PartyRelation::kind, Values.enumOf(RelationKind.class));
  private static final Slot<PartyId> TO = FIELDS.required("to", PartyRelation::to, Ids.PARTY);
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", PartyRelation::period, PeriodCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", PartyRelation::source, Ids.SOURCE);
  private static final Slot<Optional<String>> HEDGE =
      FIELDS.optional("hedge", PartyRelation::hedge, Values.STRING);

  static final ObjectCodec<PartyRelation> CODEC = FIELDS.codec(s -> PartyRelation.builder()
      .id(s.get(ID)).from(s.get(FROM)).kind(s.get(KIND)).to(s.get(TO)).period(s.get(PERIOD))
      .source(s.get(SOURCE)).hedge(s.get(HEDGE)).build());
}
