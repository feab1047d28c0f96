package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.EASTLAND;
import static dev.disputemodel.render.PictureFixtures.FLARE_UP;
import static dev.disputemodel.render.PictureFixtures.GAZETTE;
import static dev.disputemodel.render.PictureFixtures.SHELLING;
import static dev.disputemodel.render.PictureFixtures.SOVEREIGN_CLAIM;
import static dev.disputemodel.render.PictureFixtures.UPPER_VALLEY;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static dev.disputemodel.render.PictureFixtures.WESTLAND;
import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Outcome;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Density;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What the timeline says beyond the small invented dispute's basic drawing: the conflict's type,
 * intensity and outcome in its tooltip, a role resting on a party's word, a ceasefire nobody
 * disputes, the row limit taken exactly, and roles drawn in summary by their start or end.
 */
class TimelineContentTest {
  private static final MediatorId OBSERVER = MediatorId.of("M3");
  private static final MediatorId LATE_BROKER = MediatorId.of("M4");
  private static final CeasefireId AUTUMN_TRUCE = CeasefireId.of("S2");

  /**
   * The fixture with the war typed, a role Eastland holds on Northland's word, a broker whose
   * period only has an end (20 June 2003), and an autumn truce of 2002 that no claim disputes.
   */
  private static final DisputeModel MODEL = model();

  private static DisputeModel model() {
    DisputeModel base = PictureFixtures.model();
    List<Conflict> conflicts = base.conflicts().stream()
        .map(c -> c.id().equals(WAR)
            ? Conflict.builder().from(c).addAliases("Valley conflict").type(ConflictType.INTERSTATE)
                .intensity(Intensity.WAR).outcome(Outcome.CEASEFIRE).build()
            : c)
        .toList();
    return DisputeModel.builder().from(base).conflicts(conflicts)
        .addMediators(
            Mediator.builder().id(OBSERVER).party(EASTLAND).role(MediatorRole.OBSERVER).conflict(WAR)
                .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2002)))).attestedBy(SOVEREIGN_CLAIM)
                .source(GAZETTE).build(),
            Mediator.builder().id(LATE_BROKER).party(WESTLAND).role(MediatorRole.BROKER).conflict(FLARE_UP)
                .period(FuzzyPeriod.until(day(2003, 6, 20))).source(GAZETTE).build())
        .addCeasefires(Ceasefire.builder().id(AUTUMN_TRUCE).name("Autumn truce").conflict(WAR)
            .effective(day(2002, 10, 1)).source(GAZETTE).build())
        .build();
  }

  private static final ModelQueries QUERIES = ModelQueries.over(MODEL);

  private static TimelinePicture timeline(RenderOptions options) {
    return TimelinePicture.of(QUERIES, WAR, options);
  }

  private static String tooltip(SvgDocument.Row row) {
    return ((Element) row.element().getElementsByTagName("title").item(0)).getTextContent();
  }

  @Test
  void theConflictsTooltipSaysItsAliasesTypeIntensityAndOutcome() {
    SvgDocument svg = SvgDocument.parse(timeline(RenderOptions.defaults()).toSvg());
    assertEquals("Valley war: Mar 2001 \u2013 ongoing; also Valley conflict; interstate; intensity war;"
        + " outcome ceasefire", tooltip(svg.row(WAR.toString())));
  }

  @Test
  void aRoleRestingOnAClaimSaysWhoseWordItIsAndIsDrawnDashed() {
    SvgDocument svg = SvgDocument.parse(timeline(RenderOptions.defaults()).toSvg());
    SvgDocument.Row observer = svg.row(OBSERVER.toString());
    assertEquals("Eastland: observer, on Northland's word", observer.label());
    assertEquals(1, svg.withClass(observer.element(), "look-claimed-role").size());
    SvgDocument.Row broker = svg.row(LATE_BROKER.toString());
    assertEquals("Westland: broker", broker.label());
    assertEquals(1, svg.withClass(broker.element(), "look-role").size());
  }

  @Test
  void onlyTheCeasefiresSomeoneSaysDoNotHoldAreNamedDisputed() {
    TimelinePicture picture = timeline(RenderOptions.defaults());
    assertEquals("Timeline of the Valley war and its 2 episodes: 3 conflicts or episodes, 2 events,"
        + " 2 ceasefires (disputed: June truce), 4 third-party roles, 6 claims (4 on contested questions).",
        picture.description());
  }

  @Test
  void exactlyAtTheRowLimitEverythingIsDrawnInDetail() {
    int rows = SvgDocument.parse(timeline(RenderOptions.defaults()).toSvg()).rows().size();
    TimelinePicture atLimit = timeline(RenderOptions.builder().maxRows(rows).build());
    assertEquals(List.of(), atLimit.notes());
    assertEquals(rows, SvgDocument.parse(atLimit.toSvg()).rows().size());
    TimelinePicture oneLess = timeline(RenderOptions.builder().maxRows(rows - 1).build());
    assertTrue(SvgDocument.parse(oneLess.toSvg()).rows().size() < rows);
    assertEquals(1, oneLess.notes().size(), oneLess.notes().toString());
  }

  @Test
  void rolesInSummaryArePlacedByTheirStartOrWhenTheyHaveNoneByTheirEnd() {
    TimelinePicture picture = timeline(RenderOptions.builder().maxRows(8).build());
    Density brokers = picture.chart().sections().stream().flatMap(s -> s.rows().stream())
        .filter(r -> r.label().equals("Broker (2 roles)"))
        .map(r -> (Density) r.shapes().get(0))
        .findFirst().orElseThrow(() -> new AssertionError(picture.chart().sections().toString()));
    // Mediatia brokered on 1 June 2003; Westland's brokering ended on 20 June 2003.
    assertEquals(List.of(day(2003, 6, 1), day(2003, 6, 20)), brokers.times());
    assertTrue(picture.notes().contains(
        "4 roles drawn in summary: one strip per role for the 1 with most, one for all others, darker where more fall."),
        picture.notes().toString());
  }

  @Test
  void asManyClaimantsAsTheSummaryAllowsEachGetAStripWithNoneForAllOthers() {
    // 16 rows allow 16 / 4 = 4 claim strips: the 4 claimants each get one.
    TimelinePicture picture = timeline(RenderOptions.builder().maxRows(16).build());
    List<String> labels = SvgDocument.parse(picture.toSvg()).rowLabels();
    assertTrue(labels.containsAll(List.of("Southland (2 claims)", "Northland (2 claims)", "Mediatia (1 claim)",
        "Gazette (1 claim)")), labels.toString());
    assertTrue(picture.notes().contains("6 claims drawn in summary: one strip per claimant, darker where more fall."),
        picture.notes().toString());
  }

  @Test
  void theTerritoryTimelineHasOnlyTheEventsInsideTheTerritory() {
    SvgDocument svg = SvgDocument.parse(TimelinePicture.of(QUERIES, UPPER_VALLEY, RenderOptions.defaults()).toSvg());
    List<String> events = svg.rows().stream().map(SvgDocument.Row::entity).filter(e -> e.startsWith("E")).toList();
    assertEquals(List.of(SHELLING.toString()), events);
  }
}
