package dev.disputemodel.json;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A {@link Party} in JSON. */
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
  private static final Slot<Optional<FuzzyTime>> PROCLAIMED =
      FIELDS.optional("proclaimed", Party::proclaimed, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> DISSOLVED =
      FIELDS.optional("dissolved", Party::dissolved, TimeCodec.CODEC);
  private static final Slot<OptionalInt> UCDP =
      FIELDS.optionalInt("ucdpActorId", Party::ucdpActorId);
  private static final Slot<OptionalInt> GLEDITSCH_WARD =
      FIELDS.optionalInt("gleditschWardNumber", Party::gleditschWardNumber);
  private static final Slot<Optional<String>> ISO =
      FIELDS.optional("iso3166", Party::iso3166, Values.STRING);
  private static final Slot<Optional<String>> WIKIDATA =
      FIELDS.optional("wikidataId", Party::wikidataId, Values.STRING);

  static final ObjectCodec<Party> CODEC = FIELDS.codec(s -> Party.builder()
      .id(s.get(ID)).name(s.get(NAME)).kind(s.get(KIND)).addAllAliases(s.get(ALIASES))
      .actsFor(s.get(ACTS_FOR)).office(s.get(OFFICE)).majorityReligion(s.get(RELIGION))
      .proclaimed(s.get(PROCLAIMED)).dissolved(s.get(DISSOLVED))
      .ucdpActorId(s.get(UCDP)).gleditschWardNumber(s.get(GLEDITSCH_WARD)).iso3166(s.get(ISO))
      .wikidataId(s.get(WIKIDATA)).build());
}
