package dev.disputemodel.json;

import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.Portion;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** A {@link TerritorialChange} in JSON; its two flags are written only when true. */
final class TerritorialChangeCodec {
  private TerritorialChangeCodec() {}

  private static final Fields<TerritorialChange> FIELDS = Fields.of();
  static final Slot<TerritorialChangeId> ID =
      FIELDS.required("id", TerritorialChange::id, Ids.TERRITORIAL_CHANGE);
  private static final Slot<TerritoryId> TERRITORY =
      FIELDS.required("territory", TerritorialChange::territory, Ids.TERRITORY);
  private static final Slot<FuzzyTime> TIME =
      FIELDS.required("time", TerritorialChange::time, TimeCodec.CODEC);
  private static final Slot<PartyId> GAINER =
      FIELDS.required("gainer", TerritorialChange::gainer, Ids.PARTY);
  private static final Slot<Optional<PartyId>> LOSER =
      FIELDS.optional("loser", TerritorialChange::loser, Ids.PARTY);
  private static final Slot<Optional<ChangeProcedure>> PROCEDURE = FIELDS.optional(
      "procedure", TerritorialChange::procedure, Values.enumOf(ChangeProcedure.class));
  private static final Slot<Optional<Portion>> PORTION =
      FIELDS.optional("portion", TerritorialChange::portion, Values.enumOf(Portion.class));
  private static final Slot<Optional<Estimate>> AREA =
      FIELDS.optional("areaSquareKm", TerritorialChange::areaSquareKm, EstimateCodec.CODEC);
  private static final Slot<Optional<Estimate>> POPULATION =
      FIELDS.optional("population", TerritorialChange::population, EstimateCodec.CODEC);
  private static final Slot<Optional<Boolean>> MILITARY_CONFLICT = FIELDS.optional(
      "militaryConflict", c -> c.militaryConflict() ? Optional.of(true) : Optional.empty(),
      Values.BOOLEAN);
  private static final Slot<Optional<Boolean>> INDEPENDENCE = FIELDS.optional(
      "independence", c -> c.independence() ? Optional.of(true) : Optional.empty(),
      Values.BOOLEAN);
  private static final Slot<Optional<String>> DESCRIPTION =
      FIELDS.optional("description", TerritorialChange::description, Values.STRING);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", TerritorialChange::source, Ids.SOURCE);

  static final ObjectCodec<TerritorialChange> CODEC = FIELDS.codec(s -> TerritorialChange.builder()
      .id(s.get(ID)).territory(s.get(TERRITORY)).time(s.get(TIME)).gainer(s.get(GAINER))
      .loser(s.get(LOSER)).procedure(s.get(PROCEDURE)).portion(s.get(PORTION))
      .areaSquareKm(s.get(AREA)).population(s.get(POPULATION))
      .militaryConflict(s.get(MILITARY_CONFLICT).orElse(false))
      .independence(s.get(INDEPENDENCE).orElse(false))
      .description(s.get(DESCRIPTION)).source(s.get(SOURCE)).build());
}
