package dev.disputemodel.json;

import dev.disputemodel.ControlStatus;
import dev.disputemodel.Estimate;
import dev.disputemodel.IdScheme;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TerritoryShare;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link Territory} in JSON; since format 1.3 its {@code area} and {@code share}. */
final class TerritoryCodec {
  private TerritoryCodec() {}

  private static final Fields<Territory> FIELDS = Fields.of();
  static final Slot<TerritoryId> ID = FIELDS.required("id", Territory::id, Ids.TERRITORY);
  private static final Slot<String> NAME = FIELDS.required("name", Territory::name, Values.STRING);
  private static final Slot<TerritoryKind> KIND =
      FIELDS.required("kind", Territory::kind, Values.enumOf(TerritoryKind.class));
  private static final Slot<List<String>> ALIASES =
      FIELDS.list("aliases", Territory::aliases, Values.STRING);
  private static final Slot<Optional<Map<IdScheme, String>>> EXTERNAL_IDS = FIELDS.optional(
      "externalIds", t -> ExternalIdsCodec.unlessEmpty(t.externalIds()), ExternalIdsCodec.CODEC);
  private static final Slot<Optional<TerritoryId>> PARENT =
      FIELDS.optional("parent", Territory::parent, Ids.TERRITORY);
  private static final Slot<List<TerritoryId>> ADJACENT =
      FIELDS.list("adjacentTo", Territory::adjacentTo, Ids.TERRITORY);
  private static final Slot<Optional<Estimate>> AREA =
      FIELDS.optional("area", Territory::area, EstimateCodec.CODEC);
  private static final Slot<Optional<TerritoryShare>> SHARE =
      FIELDS.optional("share", Territory::share, TerritoryShareCodec.CODEC);
  private static final Slot<List<SovereigntyStatus>> SOVEREIGNTY =
      FIELDS.list("sovereignty", Territory::sovereignty, SovereigntyStatusCodec.CODEC);
  private static final Slot<List<ControlStatus>> CONTROL =
      FIELDS.list("control", Territory::control, ControlStatusCodec.CODEC);
  private static final Slot<List<PopulationStatus>> POPULATION =
      FIELDS.list("population", Territory::population, PopulationStatusCodec.CODEC);

  static final ObjectCodec<Territory> CODEC = FIELDS.codec(s -> Territory.builder()
      .id(s.get(ID)).name(s.get(NAME)).kind(s.get(KIND)).addAllAliases(s.get(ALIASES))
      .putAllExternalIds(s.get(EXTERNAL_IDS).orElse(Map.of())).parent(s.get(PARENT)).addAllAdjacentTo(s.get(ADJACENT))
      .area(s.get(AREA)).share(s.get(SHARE))
      .addAllSovereignty(s.get(SOVEREIGNTY)).addAllControl(s.get(CONTROL))
      .addAllPopulation(s.get(POPULATION)).build());
}
