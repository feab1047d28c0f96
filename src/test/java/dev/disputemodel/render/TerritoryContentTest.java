package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.CHRONICLE;
import static dev.disputemodel.render.PictureFixtures.EASTLAND;
import static dev.disputemodel.render.PictureFixtures.GAZETTE;
import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.SOUTHLAND;
import static dev.disputemodel.render.PictureFixtures.UPPER_VALLEY;
import static dev.disputemodel.render.PictureFixtures.VALLEY;
import static dev.disputemodel.render.PictureFixtures.WESTLAND;
import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the territory picture draws for an invented island with two views of its sovereignty,
 * two controllers and two populations over different periods, four claimants and four conflicts
 * at stake: where each divergence is drawn (the later start to the earlier end of the two
 * periods), who speaks in the claims rows and how many are summarized, and what the notes and
 * title say.
 */
class TerritoryContentTest {
  private static final TerritoryId ISLE = TerritoryId.of("T5");

  private static FuzzyTime year(int y) {
    return FuzzyTime.inYear(Year.of(y));
  }

  private static Claim claim(String id, PartyId claimant, int year, dev.disputemodel.Proposition p) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(GAZETTE).madeAt(year(year)).addPropositions(p)
        .build();
  }

  static DisputeModel model() {
    DisputeModel base = PictureFixtures.model();
    Territory isle = Territory.builder().id(ISLE).name("Isle").kind(TerritoryKind.ISLAND)
        // Southland, recognized internationally, from 1 Jan 1990 to 2010.
        .addSovereignty(SovereigntyStatus.builder().sovereign(SOUTHLAND).internationallyRecognized(true)
            .period(FuzzyPeriod.of(day(1990, 1, 1), year(2010))).source(CHRONICLE).build())
        // Northland, per Eastland and at least 40 counted recognizers and internationally, since 2000.
        .addSovereignty(SovereigntyStatus.builder().sovereign(NORTHLAND).addRecognizers(EASTLAND)
            .recognizerCount(Estimate.atLeast(40)).internationallyRecognized(true)
            .period(FuzzyPeriod.since(year(2000))).source(CHRONICLE).build())
        // No sovereign, per Westland: nothing to diverge from.
        .addSovereignty(SovereigntyStatus.builder().addRecognizers(WESTLAND)
            .period(FuzzyPeriod.since(year(1995))).source(CHRONICLE).build())
        .addControl(ControlStatus.builder().controller(NORTHLAND).kind(ControlKind.OCCUPIES)
            .period(FuzzyPeriod.of(year(2005), year(2015))).source(CHRONICLE).build())
        .addControl(ControlStatus.builder().controller(SOUTHLAND).kind(ControlKind.ADMINISTERS)
            .period(FuzzyPeriod.of(FuzzyTime.inMonth(YearMonth.of(2012, 3)), year(2014))).source(CHRONICLE).build())
        .addPopulation(PopulationStatus.builder().group("Islanders").kinState(EASTLAND)
            .period(FuzzyPeriod.since(year(2001))).source(CHRONICLE).build())
        .addPopulation(PopulationStatus.builder().group("Settlers").source(CHRONICLE).build())
        .build();
    List<Conflict> conflicts = new ArrayList<>(base.conflicts());
    for (int i = 1; i <= 4; i++) {
      conflicts.add(Conflict.builder().id(ConflictId.of("C" + (10 + i))).name("Isle war " + i)
          .addTerritoriesAtStake(ISLE).period(FuzzyPeriod.of(year(2000 + i), year(2001 + i))).addSources(CHRONICLE)
          .build());
    }
    List<Claim> claims = new ArrayList<>(base.claims());
    claims.add(claim("K11", NORTHLAND, 2004, new Sovereignty(ISLE, NORTHLAND)));
    claims.add(claim("K12", SOUTHLAND, 2005, new Sovereignty(ISLE, SOUTHLAND)));
    claims.add(claim("K13", EASTLAND, 2006, new Control(ISLE, NORTHLAND)));
    claims.add(claim("K14", WESTLAND, 2007, new Control(ISLE, WESTLAND)));
    claims.add(claim("K15", WESTLAND, 2008, new Sovereignty(ISLE, WESTLAND)));
    return DisputeModel.builder().from(base).addTerritories(isle).conflicts(conflicts).claims(claims).build();
  }

  private static final ModelQueries QUERIES = ModelQueries.over(model());

  private static Chart chart(List<TerritoryId> roots, RenderOptions options) {
    return TerritoryPicture.of(QUERIES, roots, options).chart();
  }

  private static List<String> labels(Chart chart) {
    return chart.sections().stream().flatMap(s -> s.rows().stream()).map(Row::label).toList();
  }

  private static Row row(Chart chart, String label) {
    return chart.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError(label + " not in " + labels(chart)));
  }

  private static List<String> tips(Row row) {
    return row.shapes().stream().map(Chart.Shape::tooltip).toList();
  }

  @Test
  void aDivergenceIsDrawnOverTheStretchBothPeriodsMayShare() {
    Chart chart = chart(List.of(ISLE), RenderOptions.defaults());
    assertEquals(List.of(
        "Sovereign, recognized internationally",
        "Sovereign, per Eastland, at least 40 recognizers and internationally",
        "Sovereign, per Westland",
        "Controller", "Population",
        "controller \u2260 sovereign", "kin state \u2260 sovereign",
        "controller \u2260 sovereign", "kin state \u2260 sovereign",
        "Claims by Northland", "Claims by Southland", "Claims by Westland", "Claims by Eastland",
        "At stake: Isle war 1", "At stake: Isle war 2", "At stake: Isle war 3"), labels(chart));
    // Southland's sovereignty (1 Jan 1990 - 2010) against Northland's control (2005 - 2015) and the
    // Islanders' kin state (since 2001); Southland's administration from Mar 2012 comes after it.
    assertEquals(List.of("Isle: controller \u2260 sovereign (definitely): Northland occupies, Southland sovereign"
        + " recognized internationally; 2005 \u2013 2010"), tips(chart.sections().get(0).rows().get(5)));
    assertEquals(List.of("Isle: kin state \u2260 sovereign (definitely): Islanders (kin state Eastland), Southland"
        + " sovereign recognized internationally; 2001 \u2013 2010"), tips(chart.sections().get(0).rows().get(6)));
    // Northland's sovereignty (since 2000) against Southland's administration (Mar 2012 - 2014) and
    // the Islanders (since 2001, ongoing); Northland's own control does not diverge.
    String per = " sovereign per Eastland, at least 40 recognizers and internationally; ";
    assertEquals(List.of("Isle: controller \u2260 sovereign (definitely): Southland administers, Northland" + per
        + "Mar 2012 \u2013 2014"), tips(chart.sections().get(0).rows().get(7)));
    assertEquals(List.of("Isle: kin state \u2260 sovereign (definitely): Islanders (kin state Eastland), Northland" + per
        + "2001 \u2013 ongoing"), tips(chart.sections().get(0).rows().get(8)));
    assertEquals("Who is recognized as sovereign, and by whom, who controls and who lives in 1 territory over time;"
        + " a flag marks where a controller or a population's kin state is not the recognized sovereign (4 such"
        + " divergences).", chart.description());
  }

  @Test
  void aClaimsRowIsFlaggedWhenOneOfItsClaimsIsOnAContestedQuestion() {
    Chart chart = chart(List.of(ISLE), RenderOptions.defaults());
    List<Boolean> flags = List.of("Claims by Northland", "Claims by Southland", "Claims by Westland", "Claims by Eastland")
        .stream().map(l -> row(chart, l).flagged()).toList();
    // Sovereignty claimed by Northland, Southland and Westland: contested. Control claimed for
    // Northland (by Eastland) and for Westland: contested too.
    assertEquals(List.of(true, true, true, true), flags);
    assertEquals(List.of(Look.CONTESTED, Look.CONTESTED), row(chart, "Claims by Westland").shapes().stream()
        .map(Chart.Shape::look).toList());
  }

  @Test
  void beyondAQuarterOfTheRowLimitTheRestOfTheClaimantsShareOneDensityStrip() {
    // 12 rows a page: claims rows for 3 claimants, the third of them a strip for the 2 beyond the first 2.
    Chart chart = chart(List.of(ISLE), RenderOptions.builder().maxRows(12).build());
    List<String> labels = labels(chart);
    assertEquals(List.of("Claims by Northland", "Claims by Southland", "Claims by 2 more claimants"),
        labels.stream().filter(l -> l.startsWith("Claims")).toList());
    Row strip = row(chart, "Claims by 2 more claimants");
    assertEquals("Isle: Claims by 2 more claimants, 3 claims", strip.tooltip());
    Chart.Density density = (Chart.Density) strip.shapes().get(0);
    // Westland's claims, sovereignty before control, then Eastland's.
    assertEquals(List.of(year(2008), year(2007), year(2006)), density.times());
    assertEquals("3 claims", density.label());
    assertEquals(false, strip.flagged());
    assertEquals(List.of("In 1 territory the claims of 2 claimants beyond the first 2 are drawn as one density"
        + " strip per territory."), chart.notes().stream().filter(n -> n.startsWith("In ")).toList());
  }

  @Test
  void theLimitOfClaimsRowsIsAQuarterOfTheRowLimitAndAtLeastTwo() {
    // 16 rows: 4 claims rows, all four claimants drawn (who claims sovereignty first, then control).
    assertEquals(List.of("Claims by Northland", "Claims by Southland", "Claims by Westland", "Claims by Eastland"),
        labels(chart(List.of(ISLE), RenderOptions.builder().maxRows(16).build())).stream()
            .filter(l -> l.startsWith("Claims")).toList());
    // 15 rows: 3 (15 / 4, rounded down).
    assertEquals(List.of("Claims by Northland", "Claims by Southland", "Claims by 2 more claimants"),
        labels(chart(List.of(ISLE), RenderOptions.builder().maxRows(15).build())).stream()
            .filter(l -> l.startsWith("Claims")).toList());
    // 11 rows: 2, one claimant and the strip of three.
    Chart small = chart(List.of(ISLE), RenderOptions.builder().maxRows(11).build());
    assertEquals(List.of("Claims by Northland", "Claims by 3 more claimants"),
        labels(small).stream().filter(l -> l.startsWith("Claims")).toList());
    assertEquals("In 1 territory the claims of 3 claimants beyond the first 1 are drawn as one density strip per"
        + " territory.", small.notes().stream().filter(n -> n.startsWith("In ")).findFirst().orElseThrow());
  }

  @Test
  void atMostThreeConflictsAtStakeAreDrawnAndANoteCountsTheRest() {
    Chart chart = chart(List.of(ISLE), RenderOptions.defaults());
    assertEquals(List.of("Isle: 1 more conflict with it at stake is not drawn."), chart.notes());
    assertEquals(List.of("At stake in Isle war 1: 2001 \u2013 2002"), tips(row(chart, "At stake: Isle war 1")));
  }

  @Test
  void theTitleNamesOneOrTwoTerritoriesAndCountsTheRest() {
    assertEquals("Territorial status: Isle", chart(List.of(ISLE), RenderOptions.defaults()).title());
    assertEquals("Territorial status: Isle and Valley", chart(List.of(ISLE, VALLEY), RenderOptions.defaults()).title());
    assertEquals("Territorial status: Isle and 2 more territories",
        chart(List.of(ISLE, VALLEY, UPPER_VALLEY), RenderOptions.defaults()).title());
  }

  @Test
  void aPageHoldsWholeTerritoriesUpToExactlyTheRowLimit() {
    // Valley has 7 rows and Upper Valley 3: 10 rows fit one page, 9 do not.
    Chart one = TerritoryPicture.of(ModelQueries.over(PictureFixtures.model()), VALLEY,
        RenderOptions.builder().maxRows(10).build()).chart();
    assertEquals(2, one.sections().size());
    assertEquals(List.of(), one.notes());
    Chart two = TerritoryPicture.of(ModelQueries.over(PictureFixtures.model()), VALLEY,
        RenderOptions.builder().maxRows(9).build()).chart();
    assertEquals(1, two.sections().size());
    assertEquals(List.of("Page 1 of 2: territory 1 of 2 (more than 9 rows); RenderOptions.page chooses the page."),
        two.notes());
  }

  @Test
  void aPageOfSeveralTerritoriesNamesTheirRange() {
    // Isle alone is larger than 12 rows: a page of its own; Valley and Upper Valley share the next.
    Chart second = chart(List.of(ISLE, VALLEY), RenderOptions.builder().maxRows(12).build().withPage(2));
    assertEquals(List.of("Valley (region)", "Upper Valley (region), part of Valley"),
        second.sections().stream().map(Chart.Section::heading).toList());
    assertEquals("Page 2 of 2: territories 2\u20133 of 3 (more than 12 rows); RenderOptions.page chooses the page.",
        second.notes().get(0));
  }
}
