package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.BACKS_ACCOUNT;
import static dev.disputemodel.render.PictureFixtures.CLASH;
import static dev.disputemodel.render.PictureFixtures.FLARE_UP;
import static dev.disputemodel.render.PictureFixtures.OFFENSIVE;
import static dev.disputemodel.render.PictureFixtures.TRUCE;
import static dev.disputemodel.render.PictureFixtures.VALLEY;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Polarity;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.SvgDocument.Row;
import dev.disputemodel.time.Certainty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Exactly what the timeline of the small invented dispute contains, and how each thing is drawn. */
class TimelinePictureTest {
  private static final ModelQueries QUERIES = ModelQueries.over(PictureFixtures.model());

  private static SvgDocument svg(RenderOptions options) {
    return SvgDocument.parse(TimelinePicture.of(QUERIES, WAR, options).toSvg());
  }

  @Test
  void drawsEveryEpisodeEventCeasefireAccountRoleAndClaimInOrder() {
    SvgDocument svg = svg(RenderOptions.defaults());
    assertEquals(List.of("Conflict and episodes", "Events", "Ceasefires", "Third-party roles", "Claims"), svg.headings());
    assertEquals(List.of(
        "Valley war", "Spring offensive", "Border flare-up",
        "Clash: Fighting at the ford", "Shelling: Shelling of hill villages",
        "\u2691 June truce: contested", "holding, says Mediatia", "\u2691 violated, says Southland",
        "Mediatia: broker of June truce", "Peace mission: peacekeeper, about 500 troops",
        "\u2691 Mediatia",
        "\u2691 Southland", "\u2691 Southland Ministry of Defence (Southland)",
        "Northland", "\u2691 Ada Speaker (Northland)",
        "Gazette (own voice)"), svg.rowLabels());
  }

  @Test
  void titleAndAccessibleTextNameTheConflictAndCountWhatIsDrawn() {
    TimelinePicture picture = TimelinePicture.of(QUERIES, WAR, RenderOptions.defaults());
    SvgDocument svg = SvgDocument.parse(picture.toSvg());
    assertEquals("Valley war: timeline", picture.title());
    assertEquals("Valley war: timeline", svg.title());
    assertEquals("Timeline of the Valley war and its 2 episodes: 3 conflicts or episodes, 2 events,"
        + " 1 ceasefire (disputed: June truce), 2 third-party roles, 6 claims (4 on contested questions).",
        svg.desc());
    assertEquals("img", svg.root().getAttribute("role"));
    assertEquals("tl-title tl-desc", svg.root().getAttribute("aria-labelledby"));
    assertEquals(List.of(), picture.notes());
  }

  @Test
  void aFuzzyStartIsAGradientWithAWhiskerFromEarliestToLatest() {
    SvgDocument svg = svg(RenderOptions.defaults());
    Row war = svg.row(WAR.toString());
    List<Element> fuzzy = svg.withClass(war.element(), "fuzzy-start");
    assertEquals(1, fuzzy.size());
    assertEquals("url(#tl-in-episode)", fuzzy.get(0).getAttribute("fill"));
    assertTrue(Double.parseDouble(fuzzy.get(0).getAttribute("width")) > 5, "March 2001 has a visible width");
    assertEquals(1, svg.withClass(war.element(), "whisker").size());
    assertEquals(List.of("Mar 2001 \u2013 ongoing"), svg.shapeLabels(war));
  }

  @Test
  void anOngoingPeriodHasAnOpenEndAndAnEndedOneFadesOut() {
    SvgDocument svg = svg(RenderOptions.defaults());
    Row war = svg.row(WAR.toString());
    Row offensive = svg.row(OFFENSIVE.toString());
    assertEquals(1, svg.withClass(war.element(), "open-end").size());
    assertEquals(0, svg.withClass(war.element(), "fuzzy-end").size());
    assertEquals(0, svg.withClass(offensive.element(), "open-end").size());
    assertEquals("url(#tl-out-episode)", svg.withClass(offensive.element(), "fuzzy-end").get(0).getAttribute("fill"));
    assertEquals(List.of("10 Mar 2001 \u2013 May 2001"), svg.shapeLabels(offensive));
  }

  @Test
  void theContestedCeasefireIsSplitByWhoSaysItHoldsAndWhoSaysItWasViolated() {
    SvgDocument svg = svg(RenderOptions.defaults());
    List<Row> truce = svg.rows().stream().filter(r -> r.entity().equals(TRUCE.toString())).toList();
    assertEquals(List.of("\u2691 June truce: contested", "holding, says Mediatia", "\u2691 violated, says Southland"),
        truce.stream().map(Row::label).toList());
    assertEquals(List.of(true, false, true), truce.stream().map(Row::flagged).toList());
    assertEquals(1, svg.withClass(truce.get(1).element(), "look-holds").size());
    assertEquals(1, svg.withClass(truce.get(2).element(), "look-broken").size());
    // The shelling after the truce took effect, and Southland's claim that it was violated.
    assertEquals(2, svg.withClass(truce.get(2).element(), "violation").size());
    assertEquals(0, svg.withClass(truce.get(1).element(), "violation").size());
    assertEquals(List.of("effective 2 Jun 2003 \u2013 no end recorded", "agreed 1 Jun 2003"),
        svg.shapeLabels(truce.get(0)));
  }

  @Test
  void aClaimDenyingABackingOfAnAccountShownIsShownToo() {
    ClaimId denial = ClaimId.of("K40");
    DisputeModel base = PictureFixtures.model();
    DisputeModel model = DisputeModel.builder().from(base)
        .addClaims(Claim.builder().id(denial).claimant(PictureFixtures.WESTLAND)
            .source(PictureFixtures.GAZETTE).madeAt(day(2003, 6, 12))
            .polarity(Polarity.DENIES)
            .addPropositions(new BacksAccount(PictureFixtures.WESTLAND,
                PictureFixtures.NORTH_STRUCK_FIRST))
            .build())
        .build();
    SvgDocument svg = SvgDocument.parse(
        TimelinePicture.of(ModelQueries.over(model), WAR, RenderOptions.defaults())
            .toSvg());
    assertEquals(List.of("denies: Westland backs the account of Southland"),
        svg.shapeLabels(svg.row(denial.toString())));
  }

  @Test
  void claimsOnContestedQuestionsAreFlaggedOthersAreNot() {
    SvgDocument svg = svg(RenderOptions.defaults());
    Row backing = svg.row(BACKS_ACCOUNT.toString());
    assertFalse(backing.flagged());
    assertEquals(1, svg.withClass(backing.element(), "look-claim").size());
    assertEquals(List.of("reportedly, Westland backs the account of Southland"), svg.shapeLabels(backing));
    Row holds = svg.row(PictureFixtures.HOLDS.toString());
    assertTrue(holds.flagged());
    assertEquals(1, svg.withClass(holds.element(), "look-contested").size());
  }

  @Test
  void asKnownOnADateDrawsOnlyWhatItsSourcesHadPublished() {
    RenderOptions options = RenderOptions.builder().asKnownOn(day(2003, 6, 5)).build();
    TimelinePicture picture = TimelinePicture.of(QUERIES, WAR, options);
    SvgDocument svg = SvgDocument.parse(picture.toSvg());
    // The Gazette (published 15 June 2003) reports the flare-up, the truce, the roles and every claim.
    assertEquals(List.of("Valley war", "Spring offensive", "Clash: Fighting at the ford"), svg.rowLabels());
    assertEquals("Valley war: timeline as definitely known on 5 Jun 2003", picture.title());
    assertEquals(1, svg.withClass("known-on").size());
    assertTrue(svg.texts().contains("\u25BC as known on 5 Jun 2003"));
  }

  @Test
  void asKnownOnADateAnEndNotYetComeIsDrawnAsOngoing() {
    RenderOptions options = RenderOptions.builder().asKnownOn(day(2001, 4, 1))
        .knownCertainty(Certainty.POSSIBLY).build();
    SvgDocument svg = svg(options);
    Row offensive = svg.row(OFFENSIVE.toString());
    assertEquals(1, svg.withClass(offensive.element(), "open-end").size());
    assertEquals(List.of("10 Mar 2001 \u2013 ongoing"), svg.shapeLabels(offensive));
  }

  @Test
  void aDateRangeLeavesOutWhatLiesWhollyBeforeIt() {
    RenderOptions options = RenderOptions.builder().startDate(LocalDate.of(2003, 1, 1)).build();
    List<String> entities = svg(options).rows().stream().map(Row::entity).distinct().toList();
    assertFalse(entities.contains(OFFENSIVE.toString()));
    assertFalse(entities.contains(CLASH.toString()));
    assertFalse(entities.contains(PictureFixtures.SOVEREIGN_CLAIM.toString()));
    assertTrue(entities.contains(WAR.toString()));
    assertTrue(entities.contains(FLARE_UP.toString()));
  }

  @Test
  void beyondTheRowLimitClaimsAreSummarizedPerClaimantAndThePictureSaysSo() {
    TimelinePicture picture = TimelinePicture.of(QUERIES, WAR, RenderOptions.builder().maxRows(14).build());
    SvgDocument svg = SvgDocument.parse(picture.toSvg());
    String note = "6 claims drawn in summary: one strip per claimant for the 2 with most, one for all others,"
        + " darker where more fall.";
    assertEquals(List.of(note), picture.notes());
    assertTrue(String.join(" ", svg.texts()).contains("Note: 6 claims drawn in summary"), svg.texts().toString());
    List<String> labels = svg.rowLabels();
    assertEquals(13, labels.size(), labels.toString());
    assertEquals(List.of("Southland (2 claims)", "Northland (2 claims)", "all other claimants (2): 2 claims"),
        labels.subList(10, 13));
    assertEquals(3, svg.rows().stream().filter(r -> !svg.withClass(r.element(), "density").isEmpty()).count());
  }

  @Test
  void theTerritoryTimelineHasTheConflictsAboutItTheEventsThereAndTheClaimsOnIt() {
    SvgDocument svg = SvgDocument.parse(TimelinePicture.of(QUERIES, VALLEY, RenderOptions.defaults()).toSvg());
    // The war has the valley at stake; its episodes had events there.
    assertEquals(List.of(WAR.toString(), OFFENSIVE.toString(), FLARE_UP.toString(), CLASH.toString(), PictureFixtures.SHELLING.toString(), TRUCE.toString(),
        PictureFixtures.BROKER.toString(), PictureFixtures.PEACEKEEPER.toString(),
        PictureFixtures.SOVEREIGN_CLAIM.toString()),
        svg.rows().stream().map(Row::entity).distinct().toList());
  }

  @Test
  void theSameModelGivesTheSameBytes() {
    String once = TimelinePicture.of(QUERIES, WAR, RenderOptions.defaults()).toSvg();
    String again = TimelinePicture.of(ModelQueries.over(PictureFixtures.model()), WAR, RenderOptions.defaults()).toSvg();
    assertEquals(once, again);
    assertEquals(TimelinePicture.of(QUERIES, WAR, RenderOptions.defaults()).toMermaid(),
        TimelinePicture.of(ModelQueries.over(PictureFixtures.model()), WAR, RenderOptions.defaults()).toMermaid());
  }

  @Test
  void mermaidIsAGanttWithOneTaskPerShapeUncertaintyInWords() {
    String mermaid = TimelinePicture.of(QUERIES, WAR, RenderOptions.defaults()).toMermaid();
    List<String> lines = mermaid.lines().toList();
    assertEquals("gantt", lines.get(0));
    assertTrue(lines.contains("  title Valley war\u2236 timeline"), mermaid);
    assertTrue(lines.contains("  section Ceasefires"), mermaid);
    assertTrue(lines.contains("    Valley war \u2013 Mar 2001 \u2013 ongoing :active, 2001-03-01 00:00, 2003-06-11 00:00"), mermaid);
    assertTrue(lines.contains("    Clash\u2236 Fighting at the ford \u2013 10 Mar 2001 :milestone, 2001-03-10 00:00, 0d"), mermaid);
    assertTrue(lines.contains("    June truce\u2236 contested \u2013 effective 2 Jun 2003 \u2013 no end recorded"
        + " :crit, active, 2003-06-02 00:00, 2003-06-11 00:00"), mermaid);
    long tasks = lines.stream().filter(l -> l.startsWith("    ")).count();
    // 3 episodes, 2 events, the truce, its agreed mark and 2 accounts with their claims and crosses,
    // 2 roles and 6 claims.
    assertEquals(3 + 2 + 2 + (1 + 1) + (1 + 1 + 2) + 2 + 6, tasks);
  }

  @Test
  void anIdNotInTheModelIsRejectedNamingIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TimelinePicture.of(QUERIES, ConflictId.of("C99"), RenderOptions.defaults()));
    assertEquals("conflict", e.field());
    assertTrue(e.getMessage().contains("C99"), e.getMessage());
  }

  @Test
  void knownCertaintyPossiblyAdmitsWhatMayHaveBeenPublishedByThen() {
    // The Chronicle was published sometime in April 2001: possibly, not definitely, by 1 April.
    RenderOptions definitely = RenderOptions.builder().asKnownOn(day(2001, 4, 1)).build();
    RenderOptions possibly = definitely.withKnownCertainty(Certainty.POSSIBLY);
    assertEquals(List.of(), svg(definitely).rowLabels());
    assertEquals(List.of("Valley war", "Spring offensive", "Clash: Fighting at the ford"), svg(possibly).rowLabels());
  }
}
