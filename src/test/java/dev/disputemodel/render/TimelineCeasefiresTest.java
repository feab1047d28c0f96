package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.FLARE_UP;
import static dev.disputemodel.render.PictureFixtures.GAZETTE;
import static dev.disputemodel.render.PictureFixtures.MEDIATIA;
import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.SOUTHLAND;
import static dev.disputemodel.render.PictureFixtures.TRUCE;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * How the timeline draws ceasefires beyond the fixture's one contested truce: dates agreed or
 * effective, ended or not recorded, or not stated at all; disputed and contested labels and
 * tooltips; evidence of violations with no one saying it was violated; marks that become a
 * density strip past 20 on a row; and ceasefires without accounts or in summary strips.
 */
class TimelineCeasefiresTest {
  private static final CeasefireId WINTER = CeasefireId.of("S2");
  private static final CeasefireId PAPER = CeasefireId.of("S3");
  private static final CeasefireId BORDER = CeasefireId.of("S4");
  private static final CeasefireId HARVEST = CeasefireId.of("S5");

  /**
   * The fixture and four invented ceasefires: a winter truce agreed and ended in 2002 that
   * Southland says was violated; a paper truce with no dates; a border truce from 1 July 2003
   * that Mediatia says holds in 21 claims and Southland says was violated in 20; a harvest truce
   * of 3 June 2003 that Mediatia says holds, broken by the shelling of 4 June.
   */
  private static final DisputeModel MODEL = model();
  private static final ModelQueries QUERIES = ModelQueries.over(MODEL);
  private static final RenderOptions ALL = RenderOptions.builder().maxRows(500).build();

  private static DisputeModel model() {
    List<Claim> claims = new ArrayList<>();
    claims.add(status("K100", SOUTHLAND, day(2002, 1, 20), WINTER, CeasefireState.VIOLATED));
    for (int i = 0; i < 21; i++) {
      claims.add(status("K2" + i, MEDIATIA, day(2003, 7, 2 + i), BORDER, CeasefireState.HOLDING));
    }
    for (int i = 0; i < 20; i++) {
      claims.add(status("K3" + i, SOUTHLAND, day(2003, 7, 2 + i), BORDER, CeasefireState.VIOLATED));
    }
    claims.add(status("K400", MEDIATIA, day(2003, 6, 8), HARVEST, CeasefireState.HOLDING));
    return DisputeModel.builder().from(PictureFixtures.model())
        .addCeasefires(
            Ceasefire.builder().id(WINTER).name("Winter truce").conflict(WAR).agreed(day(2002, 1, 10))
                .ended(day(2002, 2, 1)).source(GAZETTE).build(),
            Ceasefire.builder().id(PAPER).name("Paper truce").conflict(WAR).source(GAZETTE).build(),
            Ceasefire.builder().id(BORDER).name("Border truce").conflict(FLARE_UP).effective(day(2003, 7, 1))
                .source(GAZETTE).build(),
            Ceasefire.builder().id(HARVEST).name("Harvest truce").conflict(FLARE_UP).addSignatories(NORTHLAND)
                .effective(day(2003, 6, 3)).source(GAZETTE).build())
        .addClaims(claims.toArray(Claim[]::new))
        .build();
  }

  private static Claim status(String id, PartyId claimant, FuzzyTime madeAt, CeasefireId ceasefire, CeasefireState state) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(GAZETTE).madeAt(madeAt)
        .addPropositions(new CeasefireStatus(ceasefire, state)).build();
  }

  private static SvgDocument svg(RenderOptions options) {
    return SvgDocument.parse(TimelinePicture.of(QUERIES, WAR, options).toSvg());
  }

  private static List<SvgDocument.Row> rowsOf(SvgDocument svg, CeasefireId id) {
    return svg.rows().stream().filter(r -> r.entity().equals(id.toString())).toList();
  }

  private static String tooltip(SvgDocument.Row row) {
    return ((Element) row.element().getElementsByTagName("title").item(0)).getTextContent();
  }

  @Test
  void aCeasefireSaysWhetherItWasAgreedOrEffectiveAndWhetherItEnded() {
    SvgDocument svg = svg(ALL);
    List<SvgDocument.Row> winter = rowsOf(svg, WINTER);
    assertEquals("\u2691 Winter truce: disputed", winter.get(0).label());
    assertEquals("Winter truce: disputed; agreed 10 Jan 2002 \u2013 ended 1 Feb 2002; does not hold, says Southland",
        tooltip(winter.get(0)));
    assertEquals(List.of("agreed 10 Jan 2002 \u2013 ended 1 Feb 2002"), svg.shapeLabels(winter.get(0)));
    assertTrue(winter.get(0).flagged());

    SvgDocument.Row harvest = rowsOf(svg, HARVEST).get(0);
    assertEquals("Harvest truce", harvest.label());
    assertEquals("Harvest truce; effective 3 Jun 2003 \u2013 no end recorded; signed or declared by Northland;"
        + " holds, says Mediatia", tooltip(harvest));
    assertEquals(false, harvest.flagged());
  }

  @Test
  void aCeasefireWithNoDatesIsHatchedAcrossTheAxis() {
    SvgDocument svg = svg(ALL);
    SvgDocument.Row paper = rowsOf(svg, PAPER).get(0);
    assertEquals("Paper truce", paper.label());
    assertEquals("Paper truce; dates not stated", tooltip(paper));
    assertEquals(1, svg.withClass(paper.element(), "unstated").size());
    assertEquals(List.of("dates not stated"), svg.shapeLabels(paper));
  }

  @Test
  void aCeasefireSomeSayHoldsAndOthersSayWasViolatedIsContested() {
    SvgDocument svg = svg(ALL);
    List<SvgDocument.Row> border = rowsOf(svg, BORDER);
    assertEquals(List.of("\u2691 Border truce: contested", "holding, says Mediatia", "\u2691 violated, says Southland"),
        border.stream().map(SvgDocument.Row::label).toList());
    assertEquals("Border truce: contested; effective 1 Jul 2003 \u2013 no end recorded; holds, says Mediatia;"
        + " does not hold, says Southland", tooltip(border.get(0)));
  }

  @Test
  void pastTwentyMarksOnARowTheClaimsAreADensityStrip() {
    SvgDocument svg = svg(ALL);
    List<SvgDocument.Row> border = rowsOf(svg, BORDER);
    SvgDocument.Row holding = border.get(1);
    SvgDocument.Row violated = border.get(2);
    // 21 claims say it holds: one strip, labelled with their number.
    assertEquals(0, svg.withClass(holding.element(), "look-claim").stream()
        .filter(g -> !svg.withClass(g, "mark").isEmpty() || !svg.withClass(g, "whisker-band").isEmpty()).count());
    assertEquals(1, svg.withClass(holding.element(), "look-claim").size());
    assertTrue(svg.shapeLabels(holding).contains("21 claims"), svg.shapeLabels(holding).toString());
    // 20 claims say it was violated: 20 marks, and each is evidence of a violation (a cross).
    assertEquals(20, svg.withClass(violated.element(), "look-claim").size());
    assertEquals(20, svg.withClass(violated.element(), "violation").size());
  }

  @Test
  void evidenceOfAViolationNoOneClaimsHasARowOfItsOwn() {
    SvgDocument svg = svg(ALL);
    List<SvgDocument.Row> harvest = rowsOf(svg, HARVEST);
    assertEquals(List.of("Harvest truce", "holding, says Mediatia", "\u2691 violations (evidence)"),
        harvest.stream().map(SvgDocument.Row::label).toList());
    assertEquals(1, svg.withClass(harvest.get(2).element(), "violation").size());
    // The winter truce's violation is claimed: its evidence is on the claim's row, with no row of its own.
    assertEquals(List.of("\u2691 Winter truce: disputed", "\u2691 violated, says Southland"),
        rowsOf(svg, WINTER).stream().map(SvgDocument.Row::label).toList());
  }

  @Test
  void withoutAccountsTheCeasefiresAreFlaggedAndThePictureSaysTheAccountsAreLeftOut() {
    TimelinePicture picture = TimelinePicture.of(QUERIES, WAR, RenderOptions.builder().maxRows(15).build());
    SvgDocument svg = SvgDocument.parse(picture.toSvg());
    assertTrue(picture.notes().contains(
        "The accounts of whether each ceasefire holds are left out; the flag marks the disputed ones."),
        picture.notes().toString());
    List<String> ceasefires = svg.rows().stream()
        .filter(r -> java.util.stream.Stream.of(TRUCE, WINTER, PAPER, BORDER, HARVEST).anyMatch(c -> c.toString().equals(r.entity())))
        .map(SvgDocument.Row::label)
        .toList();
    assertEquals(List.of("\u2691 June truce: contested", "\u2691 Winter truce: disputed", "Paper truce",
        "\u2691 Border truce: contested", "Harvest truce"), ceasefires);
  }

  @Test
  void inSummaryTheDisputedCeasefiresAreOneStripAndTheOthersAnother() {
    TimelinePicture picture = TimelinePicture.of(QUERIES, WAR, RenderOptions.builder().maxRows(8).build());
    List<String> labels = SvgDocument.parse(picture.toSvg()).rowLabels();
    assertTrue(labels.contains("Disputed ceasefires (3 ceasefires)"), labels.toString());
    assertTrue(labels.contains("Ceasefires (2 ceasefires)"), labels.toString());
    assertTrue(picture.notes().contains(
        "3 ceasefires drawn in summary: one strip per state, darker where more fall."), picture.notes().toString());
    assertTrue(picture.notes().contains(
        "2 ceasefires drawn in summary: one strip per state, darker where more fall."), picture.notes().toString());
  }

  @Test
  void inSummaryACeasefireWithNoDatesIsPlacedAtTheFirstDayShown() {
    RenderOptions options = RenderOptions.builder().maxRows(8).startDate(java.time.LocalDate.of(2002, 1, 1)).build();
    Chart chart = TimelinePicture.of(QUERIES, WAR, options).chart();
    Chart.Density undisputed = chart.sections().stream().flatMap(s -> s.rows().stream())
        .filter(r -> r.label().startsWith("Ceasefires ("))
        .map(r -> (Chart.Density) r.shapes().get(0)).findFirst().orElseThrow();
    // The paper truce has no dates: it is placed on the range's first day; the harvest truce by its start.
    assertEquals(List.of(day(2002, 1, 1), day(2003, 6, 3)), undisputed.times());
    Chart.Density unranged = TimelinePicture.of(QUERIES, WAR, RenderOptions.builder().maxRows(8).build()).chart()
        .sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.label().startsWith("Ceasefires ("))
        .map(r -> (Chart.Density) r.shapes().get(0)).findFirst().orElseThrow();
    assertEquals(day(1970, 1, 1), unranged.times().get(0));
    Chart.Density untilEnd = TimelinePicture.of(QUERIES, WAR, RenderOptions.builder().maxRows(8)
            .endDate(java.time.LocalDate.of(2004, 12, 31)).build()).chart()
        .sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.label().startsWith("Ceasefires ("))
        .map(r -> (Chart.Density) r.shapes().get(0)).findFirst().orElseThrow();
    assertEquals(day(1970, 1, 1), untilEnd.times().get(0));
  }

  private static final CeasefireId OLD = CeasefireId.of("S6");
  private static final CeasefireId LONG = CeasefireId.of("S7");
  private static final CeasefireId SPRING = CeasefireId.of("S8");
  private static final CeasefireId MAY = CeasefireId.of("S9");

  /**
   * The fixture and four more invented ceasefires: an old truce with only its end (1 Jan 2001), a
   * long truce from 1 Oct 2002 to 1 Jan 2004, and in the spring offensive (the Chronicle, April
   * 2001) a truce of 5 March 2001 broken by nine clashes and a truce of 10 May 2001.
   */
  private static final ModelQueries MORE = ModelQueries.over(DisputeModel.builder().from(PictureFixtures.model())
      .addCeasefires(
          Ceasefire.builder().id(OLD).name("Old truce").conflict(WAR).ended(day(2001, 1, 1)).source(GAZETTE).build(),
          Ceasefire.builder().id(LONG).name("Long truce").conflict(WAR).effective(day(2002, 10, 1))
              .ended(day(2004, 1, 1)).source(GAZETTE).build(),
          Ceasefire.builder().id(SPRING).name("Spring truce").conflict(PictureFixtures.OFFENSIVE)
              .effective(day(2001, 3, 5)).source(PictureFixtures.CHRONICLE).build(),
          Ceasefire.builder().id(MAY).name("May truce").conflict(PictureFixtures.OFFENSIVE)
              .effective(day(2001, 5, 10)).source(PictureFixtures.CHRONICLE).build())
      .addEvents(
          clash("E10", day(2001, 3, 12)), clash("E11", day(2001, 3, 13)), clash("E12", day(2001, 3, 14)),
          clash("E13", day(2001, 3, 15)), clash("E14", day(2001, 3, 16)), clash("E15", day(2001, 3, 17)),
          clash("E16", day(2001, 3, 18)), clash("E17", day(2001, 3, 19)))
      .build());

  private static dev.disputemodel.Event clash(String id, FuzzyTime at) {
    return dev.disputemodel.Event.builder().id(dev.disputemodel.EventId.of(id)).conflict(PictureFixtures.OFFENSIVE)
        .kind(dev.disputemodel.EventKind.CLASH).time(at).source(PictureFixtures.CHRONICLE).build();
  }

  private static List<String> ceasefireEntities(TimelinePicture picture) {
    List<String> ids = java.util.stream.Stream.of(TRUCE, OLD, LONG, SPRING, MAY).map(Object::toString).toList();
    return SvgDocument.parse(picture.toSvg()).rows().stream().map(SvgDocument.Row::entity).filter(ids::contains)
        .distinct().toList();
  }

  @Test
  void aCeasefireWithOnlyAnEndSaysItsStartIsNotStated() {
    SvgDocument svg = SvgDocument.parse(TimelinePicture.of(MORE, WAR, ALL).toSvg());
    SvgDocument.Row old = rowsOf(svg, OLD).get(0);
    assertEquals("Old truce; start not stated \u2013 ended 1 Jan 2001", tooltip(old));
    assertEquals(1, svg.withClass(old.element(), "unknown-start").size());
  }

  @Test
  void aCeasefireIsDrawnWhenItWasInEffectDuringTheRangeEvenIfItBeganBeforeAndEndedAfterIt() {
    RenderOptions june = RenderOptions.builder().startDate(java.time.LocalDate.of(2003, 6, 1))
        .endDate(java.time.LocalDate.of(2003, 6, 30)).build();
    // The long truce was in effect all June 2003; the spring and May truces have no end recorded (ongoing);
    // the old truce had ended in 2001.
    List<String> drawn = List.of(TRUCE.toString(), LONG.toString(), SPRING.toString(), MAY.toString());
    assertEquals(drawn, ceasefireEntities(TimelinePicture.of(MORE, WAR, june)));
    RenderOptions from2002 = RenderOptions.builder().startDate(java.time.LocalDate.of(2002, 1, 1)).build();
    assertEquals(drawn, ceasefireEntities(TimelinePicture.of(MORE, WAR, from2002)));
    // Up to 2001: the truces begun later are left out.
    RenderOptions in2001 = RenderOptions.builder().endDate(java.time.LocalDate.of(2001, 12, 31)).build();
    assertEquals(List.of(OLD.toString(), SPRING.toString(), MAY.toString()),
        ceasefireEntities(TimelinePicture.of(MORE, WAR, in2001)));
  }

  @Test
  void asKnownOnADateACeasefireNotYetInEffectIsLeftOut() {
    RenderOptions fifth = RenderOptions.builder().asKnownOn(day(2001, 5, 5)).build();
    assertEquals(List.of(SPRING.toString()), ceasefireEntities(TimelinePicture.of(MORE, PictureFixtures.OFFENSIVE, fifth)));
    RenderOptions twentieth = RenderOptions.builder().asKnownOn(day(2001, 5, 20)).build();
    assertEquals(List.of(SPRING.toString(), MAY.toString()),
        ceasefireEntities(TimelinePicture.of(MORE, PictureFixtures.OFFENSIVE, twentieth)));
  }

  @Test
  void eventsInSummaryAreOneStripPerKind() {
    // The offensive: 1 episode, 9 clashes, 2 truces and the spring truce's evidence; no claims.
    TimelinePicture picture = TimelinePicture.of(MORE, PictureFixtures.OFFENSIVE, RenderOptions.builder().maxRows(8).build());
    assertEquals(List.of("9 events drawn in summary: one strip per kind, darker where more fall."), picture.notes());
    assertEquals(List.of("Spring offensive", "Clash (9 events)", "Spring truce", "\u2691 violations (evidence)", "May truce"),
        SvgDocument.parse(picture.toSvg()).rowLabels());
  }

  @Test
  void theFixturesTruceKeepsItsAgreedMark() {
    SvgDocument svg = svg(ALL);
    assertEquals(List.of("effective 2 Jun 2003 \u2013 no end recorded", "agreed 1 Jun 2003"),
        svg.shapeLabels(rowsOf(svg, TRUCE).get(0)));
  }
}
