package dev.disputemodel.render;

import static dev.disputemodel.render.PictureGeometryProperties.first;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Group;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The alignments' layout on small hand-built graphs, computed from {@link GraphSvg}'s documented
 * constants: a 16-pixel margin, columns 150 to 300 pixels wide at least 170 apart where the width
 * allows, nodes 10 pixels inside their column, 30 below its top and 14 apart, 10 pixels of padding
 * plus 16 per name line and 14 per other line, officials indented 18 under their party.
 */
class GraphLayoutTest {
  private static Node node(String key, String name, int group, String... lines) {
    return new Node(key, Optional.empty(), name, List.of(lines).stream().map(l -> new Line(l, false)).toList(), group,
        Optional.empty());
  }

  private static SvgDocument draw(List<Group> groups, List<Node> nodes, List<Link> links, double width) {
    return SvgDocument.parse(GraphSvg.write(new Graph("g", "T", "d", groups, nodes, links, List.of()), width));
  }

  private static List<Double> rect(Element e) {
    return List.of(PictureGeometryProperties.x(e), PictureGeometryProperties.y(e), PictureGeometryProperties.w(e),
        PictureGeometryProperties.h(e));
  }

  private static List<List<Double>> nodeBoxes(SvgDocument svg) {
    return svg.withClass("node").stream().map(n -> rect(first(n, "rect"))).toList();
  }

  @Test
  void twoSidesAreTwoColumnsAtTheMarginsWithOneNodeEach() {
    SvgDocument svg = draw(List.of(new Group("A", true), new Group("B", true)),
        List.of(node("n0", "Aland", 0), node("n1", "Bland", 1, "state")),
        List.of(new Link("n0", "n1", "ally of", Certainty.FACT, "tip", Optional.empty())), 1200);
    // Header: title, one line of description: its bottom at 58, the groups from 74.
    // Columns: 300 wide (the most), the gap the rest of 1168: 568.
    assertEquals(List.of(List.of(16.0, 74.0, 300.0, 84.0), List.of(884.0, 74.0, 300.0, 84.0)),
        svg.withClass("group").stream().map(g -> rect(first(g, "rect"))).toList());
    assertEquals(List.of(26.0, 894.0), svg.withClass("group-label").stream()
        .map(t -> PictureGeometryProperties.x(t)).toList());
    assertEquals("93", svg.withClass("group-label").get(0).getAttribute("y"));
    // One name line: 26 high; a name and a line: 40 high; the column ends 14 below the tallest.
    assertEquals(List.of(List.of(26.0, 104.0, 280.0, 26.0), List.of(894.0, 104.0, 280.0, 40.0)), nodeBoxes(svg));
    List<Element> texts = PictureGeometryProperties.children(svg.withClass("node").get(1), "text");
    assertEquals(List.of("901", "123"), List.of(texts.get(0).getAttribute("x"), texts.get(0).getAttribute("y")));
    assertEquals(List.of("901", "138"), List.of(texts.get(1).getAttribute("x"), texts.get(1).getAttribute("y")));
    // The link leaves the right side of the first node at its middle and enters the left side of
    // the second at its middle, its control points 45% of the way in.
    Element path = first(svg.withClass("link").get(0), "path");
    assertEquals("M306 117C570.6 117 629.4 124 894 124", path.getAttribute("d"));
    // Its label sits centred at the curve's middle: ((306 + 3·570.6 + 3·629.4 + 894) / 8, (117 + 124) / 2).
    Element label = first(svg.withClass("link-label").get(0), "rect");
    double w = TextWidth.of("ally of", 11, false) + 8;
    assertEquals(List.of(SvgWriter.num(600 - w / 2), "113", SvgWriter.num(w), "15"), List.of(label.getAttribute("x"),
        label.getAttribute("y"), label.getAttribute("width"), label.getAttribute("height")));
    Element text = first(svg.withClass("link-label").get(0), "text");
    assertEquals(List.of(SvgWriter.num(600 - w / 2 + 4), "124"), List.of(text.getAttribute("x"), text.getAttribute("y")));
    assertEquals(0, svg.withClass("leader").size());
    // The legend 24 below the columns (ending at 158), one row: the picture 158 + 24 + 44 + 16 high.
    assertEquals("242", svg.root().getAttribute("height"));
    assertEquals("Legend", svg.withClass("legend").get(0).getElementsByTagName("text").item(0).getTextContent());
    assertEquals("194", ((Element) svg.withClass("legend").get(0).getElementsByTagName("text").item(0)).getAttribute("y"));
  }

  @Test
  void theThirdPartiesStandBetweenTheFirstHalfOfTheSidesAndTheRest() {
    for (int sides = 1; sides <= 5; sides++) {
      List<Group> groups = new java.util.ArrayList<>();
      List<Node> nodes = new java.util.ArrayList<>();
      for (int g = 0; g < sides; g++) {
        groups.add(new Group("Side " + g, true));
        nodes.add(node("n" + g, "P" + g, g));
      }
      groups.add(new Group("Third", false));
      nodes.add(node("n" + sides, "Q", sides));
      SvgDocument svg = draw(groups, nodes, List.of(), 2000);
      List<String> labels = svg.withClass("group-label").stream().map(Element::getTextContent).toList();
      int at = Math.max(1, sides / 2);
      assertEquals("Third", labels.get(at), labels.toString());
      assertEquals(sides + 1, labels.size());
    }
    // Without a node the third group has no column.
    SvgDocument svg = draw(List.of(new Group("A", true), new Group("Third", false), new Group("B", true)),
        List.of(node("n0", "P", 0), node("n1", "Q", 2)), List.of(), 1200);
    assertEquals(List.of("A", "B"), svg.withClass("group-label").stream().map(Element::getTextContent).toList());
  }

  @Test
  void anOfficialIsIndentedBeneathItsPartyAndLinesWrapToTheNodeWidth() {
    Node host = node("n0", "Aland", 0);
    Node official = new Node("n1", Optional.empty(), "Minister", List.of(new Line("a b", true)), 0, Optional.of("n0"));
    String longLine = "word ".repeat(40).trim();
    SvgDocument svg = draw(List.of(new Group("A", true)), List.of(host, official, node("n2", "Cland", 0, longLine)),
        List.of(), 600);
    List<List<Double>> boxes = nodeBoxes(svg);
    // One column: the whole width less the margins (568, at most 300).
    assertEquals(List.of(26.0, 104.0, 280.0, 26.0), boxes.get(0));
    // Attached: 18 further in, 4 closer to its host than two free nodes would be.
    assertEquals(List.of(44.0, 140.0, 262.0, 40.0), boxes.get(1));
    List<String> lines = PictureGeometryProperties.children(svg.withClass("node").get(2), "text").stream()
        .map(Element::getTextContent).toList();
    assertEquals(TextWidth.wrap(longLine, 280 - 14, 11), lines.subList(1, lines.size()));
    assertEquals(10 + 16 + 14 * (lines.size() - 1), boxes.get(2).get(3));
    assertEquals(194.0, boxes.get(2).get(1));
    Element actsFor = svg.withClass("acts-for").get(0);
    assertEquals("M34 130V160H44", actsFor.getAttribute("d"));
    Element claimed = PictureGeometryProperties.children(svg.withClass("node").get(1), "text").get(1);
    assertEquals("line claimed", claimed.getAttribute("class"));
    assertEquals("italic", claimed.getAttribute("font-style"));
  }

  @Test
  void linksBetweenOnePairAreSpreadAndALinkInOneColumnBulgesOutward() {
    List<Group> groups = List.of(new Group("A", true), new Group("B", true));
    List<Node> nodes = List.of(node("n0", "Aland", 0), node("n1", "Bland", 1), node("n2", "Cland", 1));
    SvgDocument svg = draw(groups, nodes, List.of(
        new Link("n0", "n1", "one", Certainty.FACT, "t", Optional.empty()),
        new Link("n1", "n0", "two", Certainty.HEDGED, "t", Optional.empty()),
        new Link("n1", "n2", "three", Certainty.CLAIMED, "t", Optional.empty()),
        new Link("n2", "n1", "four", Certainty.CONTESTED, "t", Optional.empty())), 1200);
    List<String> paths = svg.withClass("link").stream().map(l -> first(l, "path").getAttribute("d")).toList();
    // Two links of a pair, 9 apart about the middles (117 and 117); backwards from right to left.
    assertEquals("M306 112.5C570.6 112.5 629.4 112.5 894 112.5", paths.get(0));
    assertEquals("M894 121.5C629.4 121.5 570.6 121.5 306 121.5", paths.get(1));
    // In the rightmost column, the curve bulges left of the nodes: 50 px, then 14 more per link of the pair.
    assertEquals("M894 112.5C844 112.5 844 152.5 894 152.5", paths.get(2));
    assertEquals("M894 161.5C830 161.5 830 121.5 894 121.5", paths.get(3));
    List<String> dashes = svg.withClass("link").stream().map(l -> first(l, "path").getAttribute("stroke-dasharray"))
        .toList();
    assertEquals(List.of("", "7 4", "2 3", "8 3 2 3"), dashes);
    // In the left column a curve bulges right of the nodes.
    SvgDocument left = draw(groups, List.of(node("n0", "Aland", 0), node("n1", "Bland", 0), node("n2", "C", 1)),
        List.of(new Link("n0", "n1", "x", Certainty.FACT, "t", Optional.empty())), 1200);
    assertEquals("M306 117C356 117 356 157 306 157", first(left.withClass("link").get(0), "path").getAttribute("d"));
  }

  @Test
  void aLabelThatWouldCoverAnotherMovesAlongTheGapWithALeaderLine() {
    List<Group> groups = List.of(new Group("A", true), new Group("B", true));
    List<Node> nodes = List.of(node("n0", "Aland", 0), node("n1", "Bland", 1));
    SvgDocument svg = draw(groups, nodes, List.of(
        new Link("n0", "n1", "first", Certainty.FACT, "t", Optional.empty()),
        new Link("n0", "n1", "second", Certainty.FACT, "t", Optional.empty()),
        new Link("n0", "n1", "third", Certainty.FACT, "t", Optional.empty())), 1200);
    List<List<Double>> labels = svg.withClass("link-label").stream().map(g -> rect(first(g, "rect"))).toList();
    // The middles are 108, 117 and 126 (9 apart); the first label is centred on its middle; the
    // second, blocked, moves one label height plus 2 (17) down; the third tries 17 up, 17 down,
    // 34 up (each blocked, 2 pixels kept between labels) and is free 34 down.
    assertEquals(108 - 7.5, labels.get(0).get(1));
    assertEquals(117 - 7.5 + 17, labels.get(1).get(1));
    assertEquals(126 - 7.5 + 34, labels.get(2).get(1));
    List<Element> leaders = svg.withClass("leader");
    assertEquals(2, leaders.size());
    // A leader from the curve's middle to the near edge of its moved label.
    assertEquals(List.of("600", "117", "600", "126.5"), List.of(leaders.get(0).getAttribute("x1"),
        leaders.get(0).getAttribute("y1"), leaders.get(0).getAttribute("x2"), leaders.get(0).getAttribute("y2")));
    assertEquals(List.of("600", "126", "600", "152.5"), List.of(leaders.get(1).getAttribute("x1"),
        leaders.get(1).getAttribute("y1"), leaders.get(1).getAttribute("x2"), leaders.get(1).getAttribute("y2")));
  }

  @Test
  void narrowPicturesNarrowTheColumnsRatherThanOverlapThem() {
    ModelQueries queries = ModelQueries.over(PictureFixtures.model());
    for (int width : new int[] {480, 600, 1200}) {
      AlignmentPicture picture = AlignmentPicture.of(queries, PictureFixtures.WAR, FuzzyTime.inMonth(YearMonth.of(2003, 6)),
          RenderOptions.builder().width(width).build());
      PictureGeometryProperties.checkAlignments(picture.graph(), SvgDocument.parse(picture.toSvg()));
    }
    // Five columns in 480 pixels: 448 between the margins, 24 between columns, 70.4 each.
    List<Group> groups = new java.util.ArrayList<>();
    List<Node> nodes = new java.util.ArrayList<>();
    for (int g = 0; g < 5; g++) {
      groups.add(new Group("S" + g, true));
      nodes.add(node("n" + g, "P" + g, g));
    }
    SvgDocument svg = draw(groups, nodes, List.of(), 480);
    assertEquals(List.of(16.0, 110.4, 204.8, 299.2, 393.6), svg.withClass("group").stream()
        .map(g -> PictureGeometryProperties.x(first(g, "rect"))).toList());
    assertEquals("70.4", first(svg.withClass("group").get(0), "rect").getAttribute("width"));
  }

  private static List<String> legendClasses(SvgDocument svg) {
    return svg.withClass("legend-entry").stream().map(e -> e.getAttribute("class")).toList();
  }

  @Test
  void inOneColumnALinkBulgesRightAndItsLabelStaysSixteenPixelsInsideThePicture() {
    // 380 wide: one column of 300 (16 to 316), nodes 280 wide ending at 306; the link from the
    // first node (middle 117) to the second (middle 157) leaves and enters their right sides and
    // bulges 50 pixels right: its middle is at x 306 + 0.75 * 50 = 343.5, y 137.
    SvgDocument svg = draw(List.of(new Group("A", true)), List.of(node("n0", "Aland", 0), node("n1", "Bland", 0)),
        List.of(new Link("n0", "n1", "@@@@", Certainty.FACT, "t", Optional.empty())), 380);
    assertEquals("M306 117C356 117 356 157 306 157", first(svg.withClass("link").get(0), "path").getAttribute("d"));
    // The label, 44 + 8 pixels wide, centred there would end at 369.5, past 380 - 16: it ends at 364.
    assertEquals(List.of(312.0, 129.5, 52.0, 15.0), rect(first(svg.withClass("link-label").get(0), "rect")));
  }

  @Test
  void aLabelKeepsTwoPixelsFromANode() {
    // The same link with a label 73.9 pixels wide: centred at 343.5 it would start 0.6 pixels
    // right of the nodes' edge at 306, so it moves along the gap until it is clear of both nodes
    // (104-130 and 144-170) by 2 pixels: 51 pixels up, above the first.
    String text = "@@@@@W";
    double w = TextWidth.of(text, 11, false) + 8;
    SvgDocument svg = draw(List.of(new Group("A", true)), List.of(node("n0", "Aland", 0), node("n1", "Bland", 0)),
        List.of(new Link("n0", "n1", text, Certainty.FACT, "t", Optional.empty())), 1200);
    List<Double> label = rect(first(svg.withClass("link-label").get(0), "rect"));
    assertEquals(343.5 - w / 2, label.get(0), 0.05);
    assertEquals(137 - 7.5 - 51, label.get(1));
    // In the rightmost of two columns the curve bulges left of the nodes (their left edge at 894):
    // the label would end 0.6 pixels before that edge, and moves the same way.
    SvgDocument right = draw(List.of(new Group("A", true), new Group("B", true)),
        List.of(node("n2", "C", 0), node("n0", "Aland", 1), node("n1", "Bland", 1)),
        List.of(new Link("n0", "n1", text, Certainty.FACT, "t", Optional.empty())), 1200);
    assertEquals("M894 117C844 117 844 157 894 157", first(right.withClass("link").get(0), "path").getAttribute("d"));
    List<Double> moved = rect(first(right.withClass("link-label").get(0), "rect"));
    assertEquals(856.5 - w / 2, moved.get(0), 0.05);
    assertEquals(137 - 7.5 - 51, moved.get(1));
    // A narrower label, 63 pixels wide, starts 6 pixels clear and stays at the middle.
    SvgDocument narrow = draw(List.of(new Group("A", true)), List.of(node("n0", "Aland", 0), node("n1", "Bland", 0)),
        List.of(new Link("n0", "n1", "@@@@@", Certainty.FACT, "t", Optional.empty())), 1200);
    assertEquals(List.of(312.0, 129.5, 63.0, 15.0), rect(first(narrow.withClass("link-label").get(0), "rect")));
  }

  @Test
  void aColumnWithoutNodesIsStillSixtyPixelsHigh() {
    SvgDocument svg = draw(List.of(new Group("A", true), new Group("B", true)), List.of(node("n0", "Aland", 0)),
        List.of(), 1200);
    // Column A: 30 above its node, the node 26, 14 below: 70; column B is empty; both as high as the higher.
    assertEquals(List.of(70.0, 70.0), svg.withClass("group").stream().map(g -> rect(first(g, "rect")).get(3)).toList());
    SvgDocument empty = draw(List.of(new Group("A", true)), List.of(), List.of(), 1200);
    assertEquals(60.0, rect(first(empty.withClass("group").get(0), "rect")).get(3));
  }

  @Test
  void theLegendShowsTheLinksUsedAndOfficialsAndClaimedRolesOnlyWhenDrawn() {
    SvgDocument plain = draw(List.of(new Group("A", true), new Group("B", true)),
        List.of(node("n0", "Aland", 0), node("n1", "Bland", 1, "state")),
        List.of(new Link("n0", "n1", "x", Certainty.HEDGED, "t", Optional.empty())), 1200);
    assertEquals(List.of("legend-entry legend-link", "legend-entry legend-side", "legend-entry legend-third"),
        legendClasses(plain));
    Node official = new Node("n2", Optional.empty(), "Minister", List.of(new Line("says so", true)), 0, Optional.of("n0"));
    SvgDocument full = draw(List.of(new Group("A", true), new Group("B", true)),
        List.of(node("n0", "Aland", 0), official, node("n1", "Bland", 1)), List.of(), 1200);
    assertEquals(List.of("legend-entry legend-side", "legend-entry legend-third", "legend-entry legend-attached",
        "legend-entry legend-claimed"), legendClasses(full));
    // The claimed entry shows the word "role" in italics on the entry's line (its middle 4 above the baseline).
    Element claimed = full.withClass("legend-claimed").get(0);
    List<Element> texts = PictureGeometryProperties.children(claimed, "text");
    assertEquals(List.of("role", "role resting on a party's own claim (italic)"),
        texts.stream().map(Element::getTextContent).toList());
    assertEquals(texts.get(1).getAttribute("y"), texts.get(0).getAttribute("y"));
    assertEquals("italic", texts.get(0).getAttribute("font-style"));
    Element attached = PictureGeometryProperties.children(full.withClass("legend-attached").get(0), "text").get(0);
    Element side = PictureGeometryProperties.children(full.withClass("legend-side").get(0), "text").get(0);
    assertEquals(side.getAttribute("y"), attached.getAttribute("y"));
    // A line that rests on no claim shows no claimed entry.
    Node plainOfficial = new Node("n2", Optional.empty(), "Minister", List.of(new Line("says so", false)), 0,
        Optional.of("n0"));
    assertEquals(List.of("legend-entry legend-side", "legend-entry legend-third", "legend-entry legend-attached"),
        legendClasses(draw(List.of(new Group("A", true), new Group("B", true)),
            List.of(node("n0", "Aland", 0), plainOfficial, node("n1", "Bland", 1)), List.of(), 1200)));
  }

  @Test
  void legendEntriesFillARowUpToExactlyTheWidthBetweenTheMarginsThenWrap() {
    // Entries are 52 pixels of key, their text and 20 pixels of space. Sides and third parties only:
    double side = 52 + TextWidth.of("a side of the conflict", 11, false) + 20;
    double third = 52 + TextWidth.of("third parties and other voices", 11, false) + 20;
    double exact = 32 + side + third;
    while (exact - 32 < side + third) {
      exact = Math.nextUp(exact);
    }
    assertEquals(side + third, exact - 32);
    List<Group> groups = List.of(new Group("A", true));
    List<Node> nodes = List.of(node("n0", "A", 0));
    SvgDocument oneRow = draw(groups, nodes, List.of(), exact);
    SvgDocument twoRows = draw(groups, nodes, List.of(), exact - 0.01);
    List<String> ys = oneRow.withClass("legend-entry").stream()
        .map(e -> PictureGeometryProperties.children(e, "text").get(0).getAttribute("y")).toList();
    assertEquals(ys.get(0), ys.get(1));
    List<String> wrapped = twoRows.withClass("legend-entry").stream()
        .map(e -> PictureGeometryProperties.children(e, "text").get(0).getAttribute("y")).toList();
    assertEquals(Double.parseDouble(wrapped.get(0)) + 20, Double.parseDouble(wrapped.get(1)));
    assertEquals(List.of("16", SvgWriter.num(16 + side)), oneRow.withClass("legend-entry").stream()
        .map(e -> first(e, "rect").getAttribute("x")).toList());
    assertEquals(List.of("16", "16"), twoRows.withClass("legend-entry").stream()
        .map(e -> first(e, "rect").getAttribute("x")).toList());
    // The second row makes the picture 20 pixels higher.
    assertEquals(Double.parseDouble(oneRow.root().getAttribute("height")) + 20,
        Double.parseDouble(twoRows.root().getAttribute("height")));
  }

  @Test
  void aLegendEntryWiderThanThePictureStillStartsTheFirstRow() {
    // 150 wide: 118 between the margins, less than the first entry alone needs.
    SvgDocument svg = draw(List.of(new Group("A", true)), List.of(node("n0", "A", 0), node("n1", "B", 0)),
        List.of(new Link("n0", "n1", "x", Certainty.FACT, "t", Optional.empty())), 150);
    Element legend = svg.withClass("legend").get(0);
    double title = Double.parseDouble(((Element) legend.getElementsByTagName("text").item(0)).getAttribute("y"));
    List<Double> rows = svg.withClass("legend-entry").stream()
        .map(e -> Double.parseDouble(PictureGeometryProperties.children(e, "text").get(0).getAttribute("y"))).toList();
    // The first entry 22 below the title, each of the three on a row of its own, 20 apart.
    assertEquals(List.of(title + 22, title + 42, title + 62), rows);
    // Three rows: the picture ends 3 * 20 + 24 + 16 below the legend's top (12 above the title's baseline).
    assertEquals(title - 12 + 3 * 20 + 24 + 16, Double.parseDouble(svg.root().getAttribute("height")));
  }
}
