package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a picture may draw under its options, at the edges: a day is known by the end of itself
 * (the next day is not, definitely or possibly), the date range is half-open at the day after its
 * end date, and a source with no publication date is only possibly published.
 */
class KnowledgeTest {
  private static final SourceId LEAFLET = SourceId.of("leaflet");
  private static final DisputeModel MODEL = DisputeModel.builder().from(PictureFixtures.model())
      .addSources(Source.builder().id(LEAFLET).kind(SourceKind.NEWS_REPORT).title("Undated leaflet").build())
      .build();
  private static final ModelQueries QUERIES = ModelQueries.over(MODEL);

  private static Knowledge known(RenderOptions options) {
    return Knowledge.of(QUERIES, options);
  }

  private static long midnight(int year, int month, int day) {
    return LocalDate.of(year, month, day).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  @Test
  void asKnownOnADayThatDayHasHappenedAndTheNextHasNot() {
    Knowledge definitely = known(RenderOptions.builder().asKnownOn(day(2003, 6, 5)).build());
    Knowledge possibly = known(RenderOptions.builder().asKnownOn(day(2003, 6, 5))
        .knownCertainty(Certainty.POSSIBLY).build());
    assertTrue(definitely.happened(day(2003, 6, 5)));
    assertFalse(definitely.happened(day(2003, 6, 6)));
    assertTrue(possibly.happened(day(2003, 6, 5)));
    assertFalse(possibly.happened(day(2003, 6, 6)));
    // June as a whole has possibly, not definitely, happened by the end of the 5th.
    FuzzyTime june = FuzzyTime.inMonth(YearMonth.of(2003, 6));
    assertFalse(definitely.happened(june));
    assertTrue(possibly.happened(june));
  }

  @Test
  void aSourceWithoutAPublicationDateIsOnlyPossiblyPublished() {
    RenderOptions definitely = RenderOptions.builder().asKnownOn(day(2003, 6, 5)).build();
    assertFalse(known(definitely).knowsSource(LEAFLET));
    assertTrue(known(definitely.withKnownCertainty(Certainty.POSSIBLY)).knowsSource(LEAFLET));
    assertTrue(known(RenderOptions.defaults()).knowsSource(LEAFLET));
  }

  @Test
  void theRangeRunsFromTheStartDateToTheEndOfTheEndDate() {
    assertEquals(Optional.empty(), known(RenderOptions.defaults()).range());
    assertEquals(Optional.of(new Chart.Range(midnight(2003, 6, 1), Long.MAX_VALUE)),
        known(RenderOptions.builder().startDate(LocalDate.of(2003, 6, 1)).build()).range());
    assertEquals(Optional.of(new Chart.Range(Long.MIN_VALUE, midnight(2003, 7, 1))),
        known(RenderOptions.builder().endDate(LocalDate.of(2003, 6, 30)).build()).range());
  }

  @Test
  void aTimeIsInRangeWhenItOverlapsItHalfOpen() {
    Knowledge june = known(RenderOptions.builder().startDate(LocalDate.of(2003, 6, 1))
        .endDate(LocalDate.of(2003, 6, 30)).build());
    assertFalse(june.inRange(day(2003, 5, 31)));
    assertTrue(june.inRange(day(2003, 6, 1)));
    assertTrue(june.inRange(day(2003, 6, 30)));
    assertFalse(june.inRange(day(2003, 7, 1)));
    assertTrue(june.inRange(FuzzyTime.inYear(java.time.Year.of(2003))));
    assertTrue(known(RenderOptions.defaults()).inRange(day(1900, 1, 1)));
  }

  @Test
  void aPeriodIsDrawnWhenItOverlapsTheRangeHalfOpen() {
    Knowledge june = known(RenderOptions.builder().startDate(LocalDate.of(2003, 6, 1))
        .endDate(LocalDate.of(2003, 6, 30)).build());
    // Ending on 31 May: its last moment is the range's first; not drawn.
    assertEquals(Optional.empty(), june.asKnown(Optional.of(FuzzyPeriod.of(day(2003, 5, 1), day(2003, 5, 31)))));
    assertTrue(june.asKnown(Optional.of(FuzzyPeriod.of(day(2003, 5, 1), day(2003, 6, 1)))).isPresent());
    // Starting on 1 July: the day after the end date; not drawn.
    assertEquals(Optional.empty(), june.asKnown(Optional.of(FuzzyPeriod.since(day(2003, 7, 1)))));
    assertTrue(june.asKnown(Optional.of(FuzzyPeriod.since(day(2003, 6, 30)))).isPresent());
    assertEquals(Optional.empty(), june.asKnown(Optional.of(FuzzyPeriod.until(day(2003, 5, 31)))));
    assertEquals(Optional.of(new Knowledge.Bounds(Optional.empty(), Optional.of(day(2003, 6, 1)))),
        june.asKnown(Optional.of(FuzzyPeriod.until(day(2003, 6, 1)))));
  }

  @Test
  void anEndNotYetComeIsDroppedAndAStartNotYetComeHidesThePeriod() {
    Knowledge fifth = known(RenderOptions.builder().asKnownOn(day(2003, 6, 5)).build());
    assertEquals(Optional.of(new Knowledge.Bounds(Optional.of(day(2003, 6, 1)), Optional.empty())),
        fifth.asKnown(Optional.of(FuzzyPeriod.of(day(2003, 6, 1), day(2003, 6, 20)))));
    assertEquals(Optional.empty(), fifth.asKnown(Optional.of(FuzzyPeriod.since(day(2003, 6, 6)))));
    assertEquals(Optional.of(new Knowledge.Bounds(Optional.empty(), Optional.empty())), fifth.asKnown(Optional.empty()));
  }
}
