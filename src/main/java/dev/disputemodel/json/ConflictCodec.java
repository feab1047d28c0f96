package dev.disputemodel.json;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Outcome;
import dev.disputemodel.Side;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;

/** A {@link Conflict} in JSON. */
final class ConflictCodec {
  private ConflictCodec() {}

  private static final Fields<Conflict> FIELDS = Fields.of();
  static final Slot<ConflictId> ID = FIELDS.required("id", Conflict::id, Ids.CONFLICT);
  private static final Slot<String> NAME = FIELDS.required("name", Conflict::name, Values.STRING);
  private static final Slot<List<String>> ALIASES =
      FIELDS.list("aliases", Conflict::aliases, Values.STRING);
  private static final Slot<Optional<ConflictId>> PARENT =
      FIELDS.optional("parent", Conflict::parent, Ids.CONFLICT);
  private static final Slot<Optional<ConflictType>> TYPE =
      FIELDS.optional("type", Conflict::type, Values.enumOf(ConflictType.class));
  private static final Slot<Optional<Incompatibility>> INCOMPATIBILITY = FIELDS.optional(
      "incompatibility", Conflict::incompatibility, Values.enumOf(Incompatibility.class));
  private static final Slot<List<Side>> SIDES = FIELDS.list("sides", Conflict::sides, SideCodec.CODEC);
  private static final Slot<List<TerritoryId>> AT_STAKE =
      FIELDS.list("territoriesAtStake", Conflict::territoriesAtStake, Ids.TERRITORY);
  private static final Slot<Optional<FuzzyPeriod>> PERIOD =
      FIELDS.optional("period", Conflict::period, PeriodCodec.CODEC);
  private static final Slot<Optional<Intensity>> INTENSITY =
      FIELDS.optional("intensity", Conflict::intensity, Values.enumOf(Intensity.class));
  private static final Slot<Optional<SortedMap<Integer, Intensity>>> BY_YEAR = FIELDS.optional(
      "intensityByYear",
      c -> c.intensityByYear().isEmpty() ? Optional.empty() : Optional.of(c.intensityByYear()),
      IntensityByYearCodec.CODEC);
  private static final Slot<Optional<Outcome>> OUTCOME =
      FIELDS.optional("outcome", Conflict::outcome, Values.enumOf(Outcome.class));
  private static final Slot<List<SourceId>> SOURCES =
      FIELDS.list("sources", Conflict::sources, Ids.SOURCE);

  static final ObjectCodec<Conflict> CODEC = FIELDS.codec(s -> Conflict.builder()
      .id(s.get(ID)).name(s.get(NAME)).addAllAliases(s.get(ALIASES)).parent(s.get(PARENT))
      .type(s.get(TYPE)).incompatibility(s.get(INCOMPATIBILITY)).addAllSides(s.get(SIDES))
      .addAllTerritoriesAtStake(s.get(AT_STAKE)).period(s.get(PERIOD))
      .intensity(s.get(INTENSITY)).putAllIntensityByYear(s.get(BY_YEAR).orElse(Collections.emptySortedMap()))
      .outcome(s.get(OUTCOME)).addAllSources(s.get(SOURCES)).build());
}
