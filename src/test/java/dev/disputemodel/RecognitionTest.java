package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.assertInvalid;
import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recognition per observer, on the sourced facts of {@code examples/facts/kosovo-facts.md} and
 * {@code golan-facts.md} (source ids as there); the non-self-governing case is test data.
 */
class RecognitionTest {
  static final PartyId SERBIA = PartyId.of("P1");
  static final PartyId KOSOVO = PartyId.of("P5");
  static final PartyId US = PartyId.of("P10");
  static final PartyId FRANCE = PartyId.of("P14");
  static final PartyId ISRAEL = PartyId.of("IL");
  static final PartyId SYRIA = PartyId.of("SY");
  static final PartyId SAUDI_ARABIA = PartyId.of("SA");
  static final PartyId UN = PartyId.of("UN");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  /** G2: the US recognizes Kosovo since 18 February 2008 [SRC24]. */
  static final SovereigntyStatus US_RECOGNIZES_KOSOVO = SovereigntyStatus.builder().sovereign(KOSOVO)
      .addRecognizers(US).period(FuzzyPeriod.since(day(2008, 2, 18))).source(SourceId.of("SRC24")).build();
  /** "around 100 countries are currently recognizing" Kosovo, 17 February 2023 [SRC41]. */
  static final SovereigntyStatus AROUND_100 = SovereigntyStatus.builder().sovereign(KOSOVO)
      .recognizerCount(Estimate.about(100).withWording("around 100 countries"))
      .period(FuzzyPeriod.at(day(2023, 2, 17))).source(SourceId.of("SRC41")).build();
  /** G1: Serbia does not recognize Kosovo since 17 February 2008, and sees it as its territory [SRC39]. */
  static final SovereigntyStatus SERBIAS_VIEW = SovereigntyStatus.builder().sovereign(SERBIA)
      .addRecognizers(SERBIA).period(FuzzyPeriod.since(day(2008, 2, 17))).source(SourceId.of("SRC39")).build();

  static final Territory KOSOVO_TERRITORY = Territory.builder().id(TerritoryId.of("T1")).name("Kosovo")
      .kind(TerritoryKind.REGION).addSovereignty(US_RECOGNIZES_KOSOVO, AROUND_100, SERBIAS_VIEW).build();

  /** Golan G1: the US recognizes Israel's sovereignty since 25 March 2019 [SRC19]. */
  static final SovereigntyStatus US_RECOGNIZES_ISRAEL = SovereigntyStatus.builder().sovereign(ISRAEL)
      .addRecognizers(US).period(FuzzyPeriod.since(day(2019, 3, 25))).source(SourceId.of("SRC19")).build();
  /** Golan K6: Saudi Arabia, 26 March 2019: the Golan "belongs to Syria" [SRC23]; no period stated. */
  static final SovereigntyStatus SAUDI_VIEW = SovereigntyStatus.builder().sovereign(SYRIA)
      .addRecognizers(SAUDI_ARABIA).source(SourceId.of("SRC23")).build();

  static final Territory GOLAN = Territory.builder().id(TerritoryId.of("T2")).name("Golan Heights")
      .kind(TerritoryKind.REGION).addSovereignty(US_RECOGNIZES_ISRAEL, SAUDI_VIEW).build();

  @Test
  void aNamedRecognizerSeesItsOwnStatusWithTheCertaintyOfItsPeriod() {
    assertEquals(List.of(new Recognition(US_RECOGNIZES_ISRAEL, DEFINITELY, true)),
        GOLAN.sovereigntyAccordingTo(Observer.party(US), day(2020, 1, 1)));
    assertEquals(List.of(new Recognition(US_RECOGNIZES_ISRAEL, POSSIBLY, true)),
        GOLAN.sovereigntyAccordingTo(Observer.party(US), day(2019, 3, 25)));
    assertEquals(List.of(), GOLAN.sovereigntyAccordingTo(Observer.party(US), FuzzyTime.inYear(Year.of(2018))));
    assertEquals(List.of(new Recognition(SAUDI_VIEW, POSSIBLY, true)),
        GOLAN.sovereigntyAccordingTo(Observer.party(SAUDI_ARABIA), day(2020, 1, 1)));
    assertEquals(Optional.of(SYRIA),
        GOLAN.sovereigntyAccordingTo(Observer.party(SAUDI_ARABIA), day(2020, 1, 1)).get(0).sovereign());
  }

  @Test
  void aPartyNamedNowhereIsOnlyPossiblyAmongTheUnnamedRecognizers() {
    assertEquals(List.of(new Recognition(AROUND_100, POSSIBLY, false)),
        KOSOVO_TERRITORY.sovereigntyAccordingTo(Observer.party(FRANCE), day(2023, 2, 17)));
    // a status naming no one beyond its recognizers presumes nothing about others
    assertEquals(List.of(), GOLAN.sovereigntyAccordingTo(Observer.party(FRANCE), day(2020, 1, 1)));
  }

  @Test
  void aStatusNamingTheObserverForSureHidesThePresumedOnes() {
    assertEquals(List.of(new Recognition(US_RECOGNIZES_KOSOVO, DEFINITELY, true)),
        KOSOVO_TERRITORY.sovereigntyAccordingTo(Observer.party(US), day(2023, 2, 17)));
    assertEquals(List.of(new Recognition(SERBIAS_VIEW, DEFINITELY, true)),
        KOSOVO_TERRITORY.sovereigntyAccordingTo(Observer.party(SERBIA), day(2023, 2, 17)));
    // on the day of the declaration, Serbia's status possibly covers it: the count stays possible
    assertEquals(List.of(new Recognition(SERBIAS_VIEW, POSSIBLY, true)),
        KOSOVO_TERRITORY.sovereigntyAccordingTo(Observer.party(SERBIA), day(2008, 2, 17)));
  }

  @Test
  void theInternationalCommunitySeesOnlyInternationallyRecognizedStatuses() {
    assertEquals(List.of(), KOSOVO_TERRITORY.sovereigntyAccordingTo(Observer.internationalCommunity(), day(2023, 2, 17)));
    SovereigntyStatus recognized = SovereigntyStatus.builder().sovereign(SYRIA).internationallyRecognized(true)
        .source(SourceId.of("test")).build();
    Territory t = GOLAN.withSovereignty(US_RECOGNIZES_ISRAEL, recognized);
    assertEquals(List.of(new Recognition(recognized, POSSIBLY, true)),
        t.sovereigntyAccordingTo(Observer.internationalCommunity(), day(2020, 1, 1)));
    assertEquals(List.of(new Recognition(recognized, POSSIBLY, false)),
        t.sovereigntyAccordingTo(Observer.party(FRANCE), day(2020, 1, 1)));
  }

  @Test
  void anObserverMayRecognizeNoSovereign() {
    // test data: an organization listing a territory as non-self-governing
    SovereigntyStatus none = SovereigntyStatus.builder().addRecognizers(UN).source(SourceId.of("test")).build();
    Territory t = Territory.builder().id(TerritoryId.of("T9")).name("A non-self-governing territory")
        .kind(TerritoryKind.REGION).addSovereignty(none).build();
    List<Recognition> answer = t.sovereigntyAccordingTo(Observer.party(UN), day(2020, 1, 1));
    assertEquals(List.of(new Recognition(none, POSSIBLY, true)), answer);
    assertEquals(Optional.empty(), answer.get(0).sovereign());
    assertEquals(List.of(new Reference("recognizers", UN), new Reference("source", SourceId.of("test"))),
        none.references());
  }

  @Test
  void unnamedRecognizers() {
    assertTrue(AROUND_100.hasUnnamedRecognizers());
    assertFalse(SERBIAS_VIEW.hasUnnamedRecognizers());
    SovereigntyStatus allNamed = SovereigntyStatus.builder().sovereign(KOSOVO).addRecognizers(US, FRANCE)
        .recognizerCount(Estimate.exact(2)).source(SourceId.of("test")).build();
    assertFalse(allNamed.hasUnnamedRecognizers());
    assertTrue(allNamed.withRecognizerCount(Estimate.atLeast(2)).hasUnnamedRecognizers());
    assertTrue(allNamed.isRecognizedBy(Observer.party(US)));
    assertFalse(allNamed.isRecognizedBy(Observer.internationalCommunity()));
  }

  @Test
  void aStatusNamesOrCountsItsRecognizers() {
    assertInvalid(() -> SovereigntyStatus.builder().sovereign(KOSOVO).source(SourceId.of("test")).build(),
        "SovereigntyStatus", "recognizers", "[]",
        "SovereigntyStatus.recognizers = []: must name or count recognizers unless internationally recognized");
    assertInvalid(() -> SovereigntyStatus.builder().sovereign(KOSOVO).addRecognizers(US, FRANCE)
            .recognizerCount(Estimate.atMost(1)).source(SourceId.of("test")).build(),
        "SovereigntyStatus", "recognizerCount", "<=1",
        "SovereigntyStatus.recognizerCount = <=1: must allow the 2 recognizers named");
  }

  @Test
  void observersAreEqualByParty() {
    assertEquals(Observer.party(US), Observer.party(PartyId.of("P10")));
    assertEquals(Observer.party(US).hashCode(), Observer.party(PartyId.of("P10")).hashCode());
    assertFalse(Observer.party(US).equals(Observer.internationalCommunity()));
    assertEquals("international community", Observer.internationalCommunity().toString());
    assertEquals(Optional.of(US), Observer.party(US).party());
  }
}
