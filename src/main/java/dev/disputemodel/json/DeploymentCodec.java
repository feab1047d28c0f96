package dev.disputemodel.json;

import dev.disputemodel.Deployment;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;

/** A {@link Deployment} provision in JSON: {@code {"type": "deployment", "force", "to", "troops"}}. */
final class DeploymentCodec {
  private DeploymentCodec() {}

  private static final Fields<Deployment> FIELDS = Fields.variant("deployment");
  private static final Slot<PartyId> FORCE = FIELDS.required("force", Deployment::force, Ids.PARTY);
  private static final Slot<TerritoryId> TO = FIELDS.required("to", Deployment::to, Ids.TERRITORY);
  private static final Slot<Estimate> TROOPS =
      FIELDS.required("troops", Deployment::troops, EstimateCodec.CODEC);

  static final ObjectCodec<Deployment> CODEC =
      FIELDS.codec(s -> new Deployment(s.get(FORCE), s.get(TO), s.get(TROOPS)));
}
