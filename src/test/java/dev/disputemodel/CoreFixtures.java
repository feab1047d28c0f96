package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Ids, minimal valid builders and assertions shared by the example tests of the core. Names and
 * ids follow the reference story's facts list; figures that are not the story's are marked as
 * test data where used.
 */
final class CoreFixtures {
  private CoreFixtures() {}

  static final SourceId ARTICLE = SourceId.of("article");
  static final PartyId ARMENIA = PartyId.of("P1");
  static final PartyId AZERBAIJAN = PartyId.of("P2");
  static final PartyId AZ_DEFENSE = PartyId.of("P3");
  static final PartyId PASHINYAN = PartyId.of("P4");
  static final PartyId RUSSIA = PartyId.of("P5");
  static final PartyId PEACEKEEPERS = PartyId.of("P6");
  static final PartyId TURKEY = PartyId.of("P7");
  static final TerritoryId KARABAKH = TerritoryId.of("T1");
  static final TerritoryId SURROUNDING = TerritoryId.of("T2");
  static final TerritoryId BORDER_TOWNS = TerritoryId.of("T3");
  static final TerritoryId BORDER = TerritoryId.of("T4");
  static final ConflictId DISPUTE = ConflictId.of("C1");
  static final ConflictId WAR_2020 = ConflictId.of("C3");
  static final ConflictId CLASHES_2022 = ConflictId.of("C4");
  static final EventId DEAL_2020 = EventId.of("E1");
  static final CeasefireId CEASEFIRE_2020 = CeasefireId.of("S1");
  static final CeasefireId CEASEFIRE_2022 = CeasefireId.of("S2");
  static final MediatorId BROKER = MediatorId.of("M1");
  static final RelationId ALLY = RelationId.of("R1");
  static final ClaimId K1 = ClaimId.of("K1");
  static final ClaimId K5 = ClaimId.of("K5");
  static final ClaimId K6 = ClaimId.of("K6");

  static final LocalDate MONDAY = LocalDate.of(2022, 9, 12);
  static final LocalDate TUESDAY = LocalDate.of(2022, 9, 13);
  static final FuzzyTime MONDAY_NIGHT = FuzzyTime.on(MONDAY, PartOfDay.NIGHT);
  static final FuzzyTime TUESDAY_MORNING = FuzzyTime.on(TUESDAY, PartOfDay.MORNING);

  static Source.Builder source() {
    return Source.builder().id(ARTICLE).kind(SourceKind.NEWS_REPORT).title("Armenia-Azerbaijan clashes");
  }

  static Party.Builder state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE);
  }

  static Party.Builder pashinyan() {
    return Party.builder()
        .id(PASHINYAN)
        .name("Nikol Pashinyan")
        .kind(PartyKind.PERSON)
        .office("Prime Minister")
        .actsFor(ARMENIA);
  }

  static PartyRelation.Builder relation() {
    return PartyRelation.builder().id(ALLY).from(RUSSIA).kind(RelationKind.ALLY_OF).to(ARMENIA).source(ARTICLE);
  }

  static Territory.Builder karabakh() {
    return Territory.builder().id(KARABAKH).name("Nagorno-Karabakh").kind(TerritoryKind.REGION);
  }

  static Side side(String label, PartyId primary) {
    return Side.builder().label(label).addPrimaries(primary).build();
  }

  static Conflict.Builder clashes() {
    return Conflict.builder()
        .id(CLASHES_2022)
        .name("September 2022 border clashes")
        .parent(DISPUTE)
        .addSides(side("A", ARMENIA), side("B", AZERBAIJAN));
  }

  static Event.Builder deployment() {
    return Event.builder()
        .id(DEAL_2020)
        .conflict(WAR_2020)
        .kind(EventKind.DEPLOYMENT)
        .time(FuzzyTime.inYear(Year.of(2020)))
        .addParticipants(PEACEKEEPERS)
        .troops(Estimate.atMost(2000).withWording("almost 2,000"))
        .source(ARTICLE);
  }

  static Ceasefire.Builder ceasefire2022() {
    return Ceasefire.builder()
        .id(CEASEFIRE_2022)
        .name("September 2022 ceasefire")
        .conflict(CLASHES_2022)
        .effective(TUESDAY_MORNING)
        .source(ARTICLE);
  }

  static Mediator.Builder broker() {
    return Mediator.builder()
        .id(BROKER)
        .party(RUSSIA)
        .role(MediatorRole.BROKER)
        .conflict(WAR_2020)
        .ceasefire(CEASEFIRE_2020)
        .source(ARTICLE);
  }

  static Claim.Builder claim(ClaimId id, PartyId claimant, Proposition... propositions) {
    return Claim.builder()
        .id(id)
        .claimant(claimant)
        .source(ARTICLE)
        .madeAt(FuzzyTime.onDay(TUESDAY))
        .addPropositions(propositions);
  }

  /** Asserts that {@code build} throws an {@link InvalidValueException} with these parts. */
  static InvalidValueException assertInvalid(
      Executable build, String type, String field, String value, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(type, e.type(), "type");
    assertEquals(field, e.field(), "field");
    assertEquals(value, e.value(), "value");
    assertEquals(message, e.getMessage(), "message");
    assertTrue(message.startsWith(type + "." + field + " = " + value + ": "), "names field and value");
    return e;
  }

  /** Asserts that {@code build} throws a {@link MissingAttributeException} naming these. */
  static MissingAttributeException assertMissing(Executable build, String type, String... missing) {
    MissingAttributeException e = assertThrows(MissingAttributeException.class, build);
    assertEquals(List.of(missing), e.missing(), "missing");
    assertEquals(type + ": required attributes not set: " + String.join(", ", missing), e.getMessage());
    return e;
  }
}
