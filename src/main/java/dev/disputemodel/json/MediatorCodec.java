package dev.disputemodel.json;

import dev.disputemodel.AgreementId;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Estimate;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;

/** A {@link Mediator} in JSON. */
final class MediatorCodec {
  private MediatorCodec() {}

  private static final Fields<Mediator> FIELDS = Fields.of();
  static final Slot<MediatorId> ID = FIELDS.required("id", Mediator::id, Ids.MEDIATOR);
  private static final Slot<PartyId> PARTY = FIELDS.required("party", Mediator::party, Ids.PARTY);
  private static final Slot<MediatorRole> ROLE =
      FIELDS.required("role", Mediator::role, Values.enumOf(MediatorRole.class));
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Mediator::conflict, Ids.CONFLICT);
  private static final Slot<Optional<CeasefireId>> CEASEFIRE =
      FIELDS.optional("ceasefire", Mediator::ceasefire, Ids.CEASEFIRE);
  private static final Slot<Optional<AgreementId>> AGREEMENT =
      FIELDS.optional("agreement", Mediator::agreement, Ids.AGREEMENT);
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", Mediator::period, PeriodCodec.CODEC);
  private static final Slot<Optional<Estimate>> FORCE_SIZE =
      FIELDS.optional("forceSize", Mediator::forceSize, EstimateCodec.CODEC);
  private static final Slot<List<ForceStrength>> STRENGTHS =
      FIELDS.list("strengths", Mediator::strengths, ForceStrengthCodec.CODEC);
  private static final Slot<Optional<ClaimId>> ATTESTED_BY =
      FIELDS.optional("attestedBy", Mediator::attestedBy, Ids.CLAIM);
  private static final Slot<SourceId> SOURCE = FIELDS.required("source", Mediator::source, Ids.SOURCE);

  static final ObjectCodec<Mediator> CODEC = FIELDS.codec(s -> Mediator.builder()
      .id(s.get(ID)).party(s.get(PARTY)).role(s.get(ROLE)).conflict(s.get(CONFLICT))
      .ceasefire(s.get(CEASEFIRE)).agreement(s.get(AGREEMENT)).period(s.get(PERIOD)).forceSize(s.get(FORCE_SIZE))
      .addAllStrengths(s.get(STRENGTHS))
      .attestedBy(s.get(ATTESTED_BY)).source(s.get(SOURCE)).build());
}
