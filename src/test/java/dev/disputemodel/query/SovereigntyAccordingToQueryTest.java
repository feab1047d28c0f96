package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Observer;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Recognition;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#sovereigntyAccordingTo}: a territory's own answers, else those of the nearest
 * territory it lies within. Shaped like Cyprus (examples/facts/cyprus-facts.md: the north, T4,
 * within the Republic, T2, recognized as another state's by one state only); ids are test data.
 */
class SovereigntyAccordingToQueryTest {
  static final SourceId S = SourceId.of("S");
  static final PartyId REPUBLIC = PartyId.of("republic");
  static final PartyId NORTH_STATE = PartyId.of("north-state");
  static final PartyId RECOGNIZER = PartyId.of("recognizer");
  static final PartyId OTHER = PartyId.of("other");
  static final TerritoryId ISLAND = TerritoryId.of("island");
  static final TerritoryId COUNTRY = TerritoryId.of("country");
  static final TerritoryId NORTH = TerritoryId.of("north");
  static final TerritoryId TOWN = TerritoryId.of("town");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Party state(PartyId id) {
    return Party.builder().id(id).name(id.value()).kind(PartyKind.STATE).build();
  }

  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
      .addParties(state(REPUBLIC), state(NORTH_STATE), state(RECOGNIZER), state(OTHER))
      .addTerritories(
          Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.ISLAND).build(),
          Territory.builder().id(COUNTRY).name("Country").kind(TerritoryKind.COUNTRY).parent(ISLAND)
              .addSovereignty(SovereigntyStatus.builder().sovereign(REPUBLIC).internationallyRecognized(true)
                  .period(FuzzyPeriod.since(day(1960, 8, 16))).source(S).build())
              .build(),
          Territory.builder().id(NORTH).name("North").kind(TerritoryKind.REGION).parent(COUNTRY)
              .addSovereignty(SovereigntyStatus.builder().sovereign(NORTH_STATE).addRecognizers(RECOGNIZER)
                  .period(FuzzyPeriod.since(day(1983, 11, 15))).source(S).build())
              .build(),
          Territory.builder().id(TOWN).name("Town").kind(TerritoryKind.SETTLEMENTS).parent(NORTH).build())
      .build());

  static List<String> answers(TerritoryId t, Observer o, FuzzyTime date) {
    List<Recognition> rs = Q.sovereigntyAccordingTo(t, o, date);
    return rs.stream().map(r -> r.sovereign().map(PartyId::value).orElse("none") + " " + r.certainty()
        + (r.named() ? "" : " presumed")).collect(Collectors.toList());
  }

  @Test
  void aTerritorysOwnStatusAnswersFirst() {
    assertEquals(List.of("north-state DEFINITELY"), answers(NORTH, Observer.party(RECOGNIZER), day(2000, 1, 1)));
    assertEquals(List.of("north-state DEFINITELY"), answers(TOWN, Observer.party(RECOGNIZER), day(2000, 1, 1)),
        "the town has no status: the north's answers");
  }

  @Test
  void withoutAnAnswerOfItsOwnTheNearestContainingTerritoryAnswers() {
    assertEquals(List.of("republic POSSIBLY presumed"), answers(NORTH, Observer.party(OTHER), day(2000, 1, 1)),
        "the north's one status names only its recognizer: the country's internationally recognized status");
    assertEquals(List.of("republic DEFINITELY"), answers(TOWN, Observer.internationalCommunity(), day(2000, 1, 1)));
    assertEquals(List.of("republic POSSIBLY presumed"), answers(NORTH, Observer.party(RECOGNIZER), day(1980, 1, 1)),
        "before the north's status begins");
    assertEquals(List.of(), answers(ISLAND, Observer.internationalCommunity(), day(2000, 1, 1)),
        "the island lies within nothing and has no status");
    assertEquals(List.of(), answers(NORTH, Observer.internationalCommunity(), day(1950, 1, 1)),
        "before any status");
  }

  @Test
  void anUnknownTerritoryIsRejected() {
    assertThrows(InvalidValueException.class,
        () -> Q.sovereigntyAccordingTo(TerritoryId.of("nowhere"), Observer.internationalCommunity(), day(2000, 1, 1)));
    assertEquals(Certainty.DEFINITELY, Q.sovereigntyAccordingTo(COUNTRY, Observer.internationalCommunity(),
        day(2000, 1, 1)).get(0).certainty());
  }
}
