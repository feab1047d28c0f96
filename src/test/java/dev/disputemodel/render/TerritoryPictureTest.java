package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.UPPER_VALLEY;
import static dev.disputemodel.render.PictureFixtures.VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.SvgDocument.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exactly what the territory picture of the small invented dispute shows, per territory and observer. */
class TerritoryPictureTest {
  private static final ModelQueries QUERIES = ModelQueries.over(PictureFixtures.model());

  private static SvgDocument svg(TerritoryPicture picture) {
    return SvgDocument.parse(picture.toSvg());
  }

  @Test
  void eachTerritoryAndItsPartsHaveSovereignPerObserverControllerPopulationAndDivergences() {
    SvgDocument svg = svg(TerritoryPicture.of(QUERIES, VALLEY, RenderOptions.defaults()));
    assertEquals(List.of("Valley (region)", "Upper Valley (region), part of Valley"), svg.headings());
    assertEquals(List.of(
        "Sovereign, recognized internationally", "Controller", "Population",
        "\u2691 controller \u2260 sovereign", "\u2691 kin state \u2260 sovereign",
        "Claims by Northland", "At stake: Valley war",
        "Sovereign, per Northland, Eastland", "Controller", "\u2691 controller \u2260 sovereign"),
        svg.rowLabels());
    List<Row> rows = svg.rows();
    assertEquals(List.of("Southland"), svg.shapeLabels(rows.get(0)));
    assertEquals(List.of("Northland (occupies)"), svg.shapeLabels(rows.get(1)));
    assertEquals(List.of("Valley people, kin state Northland, about 120000 (period not stated)"),
        svg.shapeLabels(rows.get(2)));
    assertEquals(1, svg.withClass(rows.get(2).element(), "unstated").size());
    assertEquals(List.of("Northland occupies, Southland sovereign recognized internationally"),
        svg.shapeLabels(rows.get(3)));
    assertEquals(List.of("Southland administers, Northland sovereign per Northland, Eastland"),
        svg.shapeLabels(rows.get(9)));
    assertEquals(1, svg.withClass(rows.get(3).element(), "look-divergence").size());
  }

  @Test
  void titleAndDescriptionCountTheTerritoriesAndTheDivergences() {
    TerritoryPicture picture = TerritoryPicture.of(QUERIES, VALLEY, RenderOptions.defaults());
    assertEquals("Territorial status: Valley", picture.title());
    assertEquals("Who is recognized as sovereign, and by whom, who controls and who lives in 2 territories over"
        + " time; a flag marks where a controller or a population's kin state is not the recognized sovereign"
        + " (3 such divergences).", picture.description());
    assertEquals(picture.description(), svg(picture).desc());
  }

  @Test
  void beyondTheRowLimitTerritoriesArePagedAndThePictureSaysWhichPage() {
    RenderOptions options = RenderOptions.builder().maxRows(8).build();
    TerritoryPicture first = TerritoryPicture.of(QUERIES, VALLEY, options);
    TerritoryPicture second = TerritoryPicture.of(QUERIES, VALLEY, options.withPage(2));
    assertEquals(List.of("Valley (region)"), svg(first).headings());
    assertEquals(List.of("Upper Valley (region), part of Valley"), svg(second).headings());
    assertEquals(List.of("Page 2 of 2: territory 2 of 2 (more than 8 rows); RenderOptions.page chooses the page."),
        second.notes());
    assertTrue(svg(second).texts().contains(
        "Note: Page 2 of 2: territory 2 of 2 (more than 8 rows); RenderOptions.page chooses the page."));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TerritoryPicture.of(QUERIES, VALLEY, options.withPage(3)));
    assertEquals("page", e.field());
  }

  @Test
  void severalTerritoriesAreDrawnInTheOrderGivenEachOnce() {
    SvgDocument svg = svg(TerritoryPicture.of(QUERIES, List.of(UPPER_VALLEY, VALLEY), RenderOptions.defaults()));
    assertEquals(List.of("Upper Valley (region), part of Valley", "Valley (region)"), svg.headings());
  }

  @Test
  void anUnknownOrMissingTerritoryIsRejectedNamingTheField() {
    assertEquals("territories", assertThrows(InvalidValueException.class,
        () -> TerritoryPicture.of(QUERIES, TerritoryId.of("T9"), RenderOptions.defaults())).field());
    assertEquals("territories", assertThrows(InvalidValueException.class,
        () -> TerritoryPicture.of(QUERIES, List.of(), RenderOptions.defaults())).field());
  }

  @Test
  void mermaidHasASectionPerTerritoryAndTheDivergencesAsCriticalTasks() {
    List<String> lines = TerritoryPicture.of(QUERIES, VALLEY, RenderOptions.defaults()).toMermaid().lines().toList();
    assertTrue(lines.contains("  section Valley (region)"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("    controller \u2260 sovereign \u2013 Northland occupies,")
        && l.contains(":crit, active, 2001-03-01 00:00,")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("(period not stated)")), lines.toString());
  }
}
