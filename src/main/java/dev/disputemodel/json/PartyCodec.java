package dev.disputemodel.json;

import dev.disputemodel.IdScheme;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Succession;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link Party} in JSON. Its external ids are written as {@code externalIds} (format 1.1);
 * the fields of format 1.0 ({@code ucdpActorId}, {@code gleditschWardNumber}, {@code iso3166},
 * {@code wikidataId}) are still read, never written.
 */
final class PartyCodec {
  private PartyCodec() {}

  private static final Fields<Party> FIELDS = Fields.of();
  static final Slot<PartyId> ID = FIELDS.required("id", Party::id, Ids.PARTY);
  private static final Slot<String> NAME = FIELDS.required("name", Party::name, Values.STRING);
  private static final Slot<PartyKind> KIND =
      FIELDS.required("kind", Party::kind, Values.enumOf(PartyKind.class));
  private static final Slot<List<String>> ALIASES =
      FIELDS.list("aliases", Party::aliases, Values.STRING);
  private static final Slot<Optional<PartyId>> ACTS_FOR =
      FIELDS.optional("actsFor", Party::actsFor, Ids.PARTY);
  private static final Slot<Optional<String>> OFFICE =
      FIELDS.optional("office", Party::office, Values.STRING);
  private static final Slot<Optional<String>> RELIGION =
      FIELDS.optional("majorityReligion", Party::majorityReligion, Values.STRING);
  private static final Slot<Optional<Map<IdScheme, String>>> EXTERNAL_IDS = FIELDS.optional(
      "externalIds", p -> ExternalIdsCodec.unlessEmpty(p.externalIds()), ExternalIdsCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> PROCLAIMED =
      FIELDS.optional("proclaimed", Party::proclaimed, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> DISSOLVED =
      FIELDS.optional("dissolved", Party::dissolved, TimeCodec.CODEC);
  private static final Slot<List<FuzzyPeriod>> INTERRUPTIONS =
      FIELDS.list("interruptions", Party::interruptions, PeriodCodec.CODEC);
  private static final Slot<List<Succession>> SUCCEEDS =
      FIELDS.list("succeeds", Party::succeeds, SuccessionCodec.CODEC);
  // format 1.0: read only
  private static final Slot<OptionalInt> UCDP =
      FIELDS.optionalInt("ucdpActorId", p -> OptionalInt.empty());
  private static final Slot<OptionalInt> GLEDITSCH_WARD =
      FIELDS.optionalInt("gleditschWardNumber", p -> OptionalInt.empty());
  private static final Slot<Optional<String>> ISO =
      FIELDS.optional("iso3166", p -> Optional.empty(), Values.STRING);
  private static final Slot<Optional<String>> WIKIDATA =
      FIELDS.optional("wikidataId", p -> Optional.empty(), Values.STRING);

  static final ObjectCodec<Party> CODEC = FIELDS.codec(s -> {
    Map<IdScheme, String> ids = new LinkedHashMap<>(s.get(EXTERNAL_IDS).orElse(Map.of()));
    s.get(UCDP).ifPresent(n -> put(ids, IdScheme.UCDP_ACTOR, "ucdpActorId", Integer.toString(n)));
    s.get(GLEDITSCH_WARD).ifPresent(
        n -> put(ids, IdScheme.GLEDITSCH_WARD, "gleditschWardNumber", Integer.toString(n)));
    s.get(ISO).ifPresent(c -> put(ids, IdScheme.ISO_3166, "iso3166", c));
    s.get(WIKIDATA).ifPresent(w -> put(ids, IdScheme.WIKIDATA, "wikidataId", w));
    return Party.builder()
        .id(s.get(ID)).name(s.get(NAME)).kind(s.get(KIND)).addAllAliases(s.get(ALIASES))
        .actsFor(s.get(ACTS_FOR)).office(s.get(OFFICE)).majorityReligion(s.get(RELIGION))
        .proclaimed(s.get(PROCLAIMED)).dissolved(s.get(DISSOLVED))
        .addAllInterruptions(s.get(INTERRUPTIONS)).addAllSucceeds(s.get(SUCCEEDS))
        .putAllExternalIds(ids).build();
  });

  /** Puts a format 1.0 id; one that {@code externalIds} gives otherwise is an error. */
  private static void put(Map<IdScheme, String> ids, IdScheme scheme, String field, String value) {
    String other = ids.putIfAbsent(scheme, value);
    if (other != null && !other.equals(value)) {
      throw new InvalidValueException("Party", field, value,
          "differs from externalIds[" + scheme + "] (" + other + ")");
    }
  }
}
