package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.EASTLAND;
import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Exactly who the alignment picture of the small invented dispute shows, and how each link is drawn. */
class AlignmentPictureTest {
  private static final ModelQueries QUERIES = ModelQueries.over(PictureFixtures.model());
  private static final FuzzyTime JUNE_2003 = FuzzyTime.inMonth(YearMonth.of(2003, 6));

  private static AlignmentPicture june(RenderOptions options) {
    return AlignmentPicture.of(QUERIES, WAR, JUNE_2003, options);
  }

  private static List<String> attribute(List<Element> elements, String name) {
    return elements.stream().map(e -> e.getAttribute(name)).toList();
  }

  @Test
  void partiesAreGroupedBySideWithOfficialsAttachedToThePartyTheyActFor() {
    SvgDocument svg = SvgDocument.parse(june(RenderOptions.defaults()).toSvg());
    List<Element> nodes = svg.withClass("node");
    assertEquals(List.of("Party:P1", "Party:P6", "Party:P3", "Party:P2", "Party:P7", "Party:P5", "Party:P8", "Party:P4"),
        attribute(nodes, "data-entity"));
    assertEquals(List.of("", "Party:P1", "", "", "Party:P2", "", "Party:P5", ""), attribute(nodes, "data-attached-to"));
    assertEquals(List.of("Side: Northland", "Third parties and other voices", "Side: Southland"),
        svg.withClass("group-label").stream().map(Element::getTextContent).toList());
  }

  @Test
  void nodesSayWhatEachPartyIsAndDoesBySupportTypeAndRole() {
    Graph graph = june(RenderOptions.defaults()).graph();
    assertEquals(List.of(
        "Northland: state / primary party",
        "Ada Speaker: Foreign Minister, for Northland",
        "Eastland: state / supports with arms",
        "Southland: state / primary party",
        "Southland Ministry of Defence: government body, for Southland",
        "Mediatia: state / broker of June truce",
        "Peace mission: peacekeeping mission, for Mediatia / peacekeeper, about 500 troops",
        "Westland: state"),
        graph.nodes().stream().map(n -> n.name() + ": " + String.join(" / ",
            n.lines().stream().map(Graph.Line::text).toList())).toList());
  }

  @Test
  void aFactIsSolidAHedgedRelationDashedAndABackingAssertedOnlyByAClaimDotted() {
    SvgDocument svg = SvgDocument.parse(june(RenderOptions.defaults()).toSvg());
    List<Element> links = svg.withClass("link");
    assertEquals(List.of("link link-claimed", "link link-fact", "link link-hedged"), attribute(links, "class"));
    assertEquals(List.of("Party:P4", "Party:P3", "Party:P4"), attribute(links, "data-from"));
    assertEquals(List.of("Party:P2", "Party:P1", "Party:P2"), attribute(links, "data-to"));
    assertEquals(List.of("Claim:K5", "Relation:R1", "Relation:R2"), attribute(links, "data-entity"));
    List<String> dashes = links.stream()
        .map(l -> ((Element) l.getElementsByTagName("path").item(0)).getAttribute("stroke-dasharray")).toList();
    assertEquals(List.of("2 3", "", "7 4"), dashes);
    assertEquals(List.of("reportedly backs the account of", "ally of", "apparently backs"),
        svg.withClass("link-label").stream().map(e -> e.getElementsByTagName("text").item(0).getTextContent()).toList());
  }

  @Test
  void titleAndDescriptionNameTheDateTheSidesAndHowManyRelationsAreUncertain() {
    AlignmentPicture picture = june(RenderOptions.defaults());
    assertEquals("Alignments in the Valley war in Jun 2003", picture.title());
    assertEquals("Parties to the Valley war in Jun 2003, grouped by side. Side: Northland: Northland, Eastland."
        + " Side: Southland: Southland. Third parties and other voices: Mediatia, Westland. 3 relations drawn,"
        + " 2 of them hedged, claimed or contested and drawn apart from facts.", picture.description());
    SvgDocument svg = SvgDocument.parse(picture.toSvg());
    assertEquals(picture.title(), svg.title());
    assertEquals(picture.description(), svg.desc());
  }

  @Test
  void onAnEarlierDateOnlyWhatPossiblyHeldThenIsDrawn() {
    Graph graph = AlignmentPicture.of(QUERIES, WAR, FuzzyTime.inYear(Year.of(1999)), RenderOptions.defaults()).graph();
    // Eastland's arms (since 2001), the backing (since 2000), the roles and every claim came later;
    // the alliance states no period, so it possibly held.
    assertEquals(List.of("Northland", "Southland", "Eastland"), graph.nodes().stream().map(Graph.Node::name).toList());
    assertEquals(List.of("ally of"), graph.links().stream().map(Graph.Link::label).toList());
  }

  @Test
  void beyondTheNodeLimitThePartiesWithFewestLinksAreCollapsedAndThePictureSaysSo() {
    AlignmentPicture picture = june(RenderOptions.builder().maxNodes(4).build());
    Graph graph = picture.graph();
    assertEquals(List.of("Northland", "Ada Speaker", "Eastland", "Southland", "Southland Ministry of Defence",
        "+2 more parties"), graph.nodes().stream().map(Graph.Node::name).toList());
    assertEquals("Mediatia, Westland", graph.nodes().get(5).lines().get(0).text());
    assertEquals(List.of("ally of"), graph.links().stream().map(Graph.Link::label).toList());
    String note = "4 parties is the limit: 2 parties with the fewest links are counted in one \u201Cmore parties\u201D"
        + " node per group, their links and officials not drawn.";
    assertEquals(List.of(note), picture.notes());
    assertTrue(SvgDocument.parse(picture.toSvg()).texts().stream().anyMatch(t -> t.startsWith("Note: 4 parties")));
  }

  @Test
  void dotHasAClusterPerGroupStyledEdgesAndALegend() {
    String dot = june(RenderOptions.defaults()).toDot();
    assertTrue(dot.startsWith("digraph \"al\" {\n"), dot);
    assertTrue(dot.contains("  subgraph \"cluster_al_g0\" {\n    label=\"Side: Northland\";"), dot);
    assertTrue(dot.contains("    \"n5\" [label=\"Mediatia\\nstate\\nbroker of June truce\"];\n"), dot);
    assertTrue(dot.contains("  \"n1\" -> \"n0\" [arrowhead=\"none\", color=\"#999999\", label=\"acts for\""), dot);
    assertTrue(dot.contains("  \"n7\" -> \"n3\" [label=\"apparently backs\", style=\"dashed\""), dot);
    assertTrue(dot.contains("  \"n7\" -> \"n3\" [label=\"reportedly backs the account of\", style=\"dotted\""), dot);
    assertTrue(dot.contains("  \"n2\" -> \"n0\" [label=\"ally of\", style=\"solid\""), dot);
    assertTrue(dot.contains("label=\"Legend\""), dot);
  }

  @Test
  void mermaidIsAFlowchartWithASubgraphPerGroupAndLinksStyledByCertainty() {
    List<String> lines = june(RenderOptions.defaults()).toMermaid().lines().toList();
    assertEquals(List.of("---", "title: \"Alignments in the Valley war in Jun 2003\"", "---", "flowchart LR"),
        lines.subList(0, 4));
    assertTrue(lines.contains("  subgraph g0[\"Side: Northland\"]"), lines.toString());
    assertTrue(lines.contains("    n6[\"Peace mission<br/>peacekeeping mission, for Mediatia<br/>peacekeeper, about 500 troops\"]"),
        lines.toString());
    assertTrue(lines.contains("  n7 -.->|\"reportedly backs the account of\"| n3"), lines.toString());
    assertTrue(lines.contains("  n2 -->|\"ally of\"| n0"), lines.toString());
    assertTrue(lines.contains("  n7 -.->|\"apparently backs\"| n3"), lines.toString());
    // Three acts-for links come first (0-2), then the relations: the hedged one is the sixth link.
    assertTrue(lines.contains("  linkStyle 5 stroke:#b15928,stroke-dasharray:7 4"), lines.toString());
  }

  @Test
  void theSameModelGivesTheSameBytes() {
    AlignmentPicture again = AlignmentPicture.of(ModelQueries.over(PictureFixtures.model()), WAR, JUNE_2003,
        RenderOptions.defaults());
    assertEquals(june(RenderOptions.defaults()).toSvg(), again.toSvg());
    assertEquals(june(RenderOptions.defaults()).toDot(), again.toDot());
    assertEquals(june(RenderOptions.defaults()).toMermaid(), again.toMermaid());
  }

  /** A party's succession is a line of its node, with the kind and the date where one is given. */
  @Test
  void aNodeSaysWhichPartyItsPartySucceeds() {
    dev.disputemodel.DisputeModel base = PictureFixtures.model();
    dev.disputemodel.Party north = base.party(NORTHLAND).orElseThrow();
    dev.disputemodel.DisputeModel withSuccession = dev.disputemodel.DisputeModel.builder().from(base)
        .parties(base.parties().stream().map(p -> p.id().equals(NORTHLAND)
            ? north.withSucceeds(dev.disputemodel.Succession.of(EASTLAND, dev.disputemodel.SuccessionKind.INDEPENDENCE)
                .withDate(FuzzyTime.onDay(java.time.LocalDate.of(1966, 5, 26))))
            : p).toList())
        .build();
    String mermaid = AlignmentPicture.of(ModelQueries.over(withSuccession), WAR, JUNE_2003, RenderOptions.defaults())
        .toMermaid();
    assertTrue(mermaid.contains("<br/>succeeds Eastland (independence, 26 May 1966)"), mermaid);
    assertFalse(june(RenderOptions.defaults()).toMermaid().contains("succeeds"));
  }
}
