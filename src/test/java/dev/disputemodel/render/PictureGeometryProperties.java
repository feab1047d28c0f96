package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * On every generated model, the layout keeps the promises of the pictures' javadoc and of
 * docs/pictures.md: everything drawn lies inside the picture; on the alignments, one column per
 * group in the documented order (sides, the third parties between the first sides and the rest),
 * each node inside its group's box, nodes never overlapping, attached officials beneath and
 * indented under their party, name and lines wrapped to their node's width, link labels covering
 * no node and no other label; on the timeline and the territory status, the axis ticks increasing
 * inside the plot, x growing with time, and rows one below the other without overlapping.
 */
class PictureGeometryProperties {
  /** Rounding of {@link SvgWriter#num}: a tenth of a pixel. */
  private static final double EPS = 0.06;

  @PropertyTest(tries = 30)
  void alignmentsAreLaidOutInColumnsWithoutOverlap(DisputeModel model) {
    ModelQueries queries = ModelQueries.over(model);
    for (Conflict c : model.conflicts()) {
      if (c.parent().isPresent()) {
        continue;
      }
      FuzzyTime when = c.period().flatMap(p -> p.start()).orElse(FuzzyTime.inYear(java.time.Year.of(2000)));
      for (int width : new int[] {480, 1200}) {
        AlignmentPicture picture = AlignmentPicture.of(queries, c.id(), when,
            RenderOptions.builder().width(width).build());
        checkAlignments(picture.graph(), SvgDocument.parse(picture.toSvg()));
      }
    }
  }

  @PropertyTest(tries = 30)
  void timelinesAndTerritoriesHaveAnIncreasingAxisAndRowsOneBelowTheOther(DisputeModel model) {
    ModelQueries queries = ModelQueries.over(model);
    for (Conflict c : model.conflicts()) {
      if (c.parent().isEmpty()) {
        TimelinePicture timeline = TimelinePicture.of(queries, c.id(), RenderOptions.defaults());
        checkChart(timeline.chart(), SvgDocument.parse(timeline.toSvg()), 1200);
      }
    }
    List<TerritoryId> roots = model.territories().stream().filter(t -> t.parent().isEmpty()).map(Territory::id).toList();
    if (!roots.isEmpty()) {
      TerritoryPicture status = TerritoryPicture.of(queries, roots, RenderOptions.builder().width(700).build());
      checkChart(status.chart(), SvgDocument.parse(status.toSvg()), 700);
    }
  }

  // ------------------------------------------------------------------ alignments

  static void checkAlignments(Graph graph, SvgDocument svg) {
    insideViewBox(svg);
    List<Element> groupRects = svg.withClass("group").stream().map(g -> first(g, "rect")).toList();
    // The documented column order: the sides in order, the third parties after the first half of them.
    List<Integer> groups = IntStream.range(0, graph.groups().size()).boxed().toList();
    List<Integer> sides = groups.stream().filter(g -> graph.groups().get(g).side()).toList();
    List<Integer> columns = new ArrayList<>(sides);
    groups.stream().filter(g -> !graph.groups().get(g).side()).reduce((a, b) -> b)
        .filter(third -> graph.nodes().stream().anyMatch(n -> n.group() == third))
        .ifPresent(third -> columns.add(Math.min(sides.size(), Math.max(1, sides.size() / 2)), third));
    assertEquals(columns.size(), svg.withClass("group-label").size(), "one group box per column");
    assertEquals(columns.size(), groupRects.size());
    for (int i = 0; i < columns.size(); i++) {
      String drawn = svg.withClass("group-label").get(i).getTextContent();
      String label = graph.groups().get(columns.get(i)).label();
      assertTrue(drawn.equals(label) || drawn.endsWith("\u2026") && label.startsWith(drawn.substring(0, drawn.length() - 1)),
          "column " + i + " is " + label + ", drawn " + drawn);
      Element rect = groupRects.get(i);
      assertTrue(TextWidth.of(drawn, 13, true) <= w(rect) - 20 + EPS, "group label fits: " + drawn);
      if (i > 0) {
        assertTrue(x(groupRects.get(i - 1)) + w(groupRects.get(i - 1)) < x(rect), "columns left to right, apart");
      }
      assertEquals(y(groupRects.get(0)), y(rect), EPS, "group boxes share their top");
      assertEquals(h(groupRects.get(0)), h(rect), EPS, "group boxes share their height");
    }
    Map<String, Graph.Node> nodes = graph.nodes().stream().collect(Collectors.toMap(Graph.Node::key, Function.identity()));
    List<Element> nodeGroups = svg.withClass("node");
    assertEquals(graph.nodes().size(), nodeGroups.size());
    Map<String, Element> box = nodeGroups.stream().collect(Collectors.toMap(e -> e.getAttribute("data-key"),
        e -> first(e, "rect")));
    for (Element g : nodeGroups) {
      Graph.Node n = nodes.get(g.getAttribute("data-key"));
      Element r = box.get(n.key());
      Element column = groupRects.get(columns.indexOf(n.group()));
      assertTrue(contains(column, r), n.name() + " inside the box of its group");
      // Name and lines fit the node: each line's estimated width within the box less its padding.
      double textY = 0;
      for (Element t : children(g, "text")) {
        boolean bold = t.getAttribute("font-weight").equals("bold");
        double size = Double.parseDouble(t.getAttribute("font-size"));
        assertTrue(TextWidth.of(t.getTextContent(), size, bold) <= w(r) - 14 + EPS,
            "'" + t.getTextContent() + "' fits " + n.name() + "'s box " + w(r));
        assertEquals(x(r) + 7, d(t, "x"), EPS);
        assertTrue(d(t, "y") > textY && d(t, "y") > y(r) && d(t, "y") < y(r) + h(r), "lines one below the other, inside");
        textY = d(t, "y");
      }
      n.attachedTo().ifPresent(host -> {
        Element hr = box.get(host);
        assertTrue(y(r) > y(hr) + h(hr) - 4 - EPS, n.name() + " beneath the party it acts for");
        assertEquals(x(hr) + 18, x(r), EPS, n.name() + " indented under the party it acts for");
        assertEquals(x(hr) + w(hr), x(r) + w(r), EPS, "attached and host share their right edge");
      });
    }
    // Nodes of a column in the graph's order, top to bottom; no two nodes overlap.
    for (int i = 0; i < graph.nodes().size(); i++) {
      Element a = box.get(graph.nodes().get(i).key());
      for (int j = i + 1; j < graph.nodes().size(); j++) {
        Element b = box.get(graph.nodes().get(j).key());
        assertFalse(overlap(a, b), graph.nodes().get(i).name() + " and " + graph.nodes().get(j).name() + " overlap");
        if (graph.nodes().get(i).group() == graph.nodes().get(j).group()) {
          assertTrue(y(a) + h(a) <= y(b), "nodes of a column stacked in order");
        }
      }
    }
    // Link labels: inside the picture, over no node and no other label.
    List<Element> labels = svg.withClass("link-label").stream().map(g -> first(g, "rect")).toList();
    assertTrue(labels.size() <= graph.links().size());
    for (int i = 0; i < labels.size(); i++) {
      for (Element n : box.values()) {
        assertFalse(overlap(labels.get(i), n), "a link label covers a node");
      }
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(overlap(labels.get(i), labels.get(j)), "two link labels overlap");
      }
    }
  }

  // ------------------------------------------------------------------ charts

  static void checkChart(Chart chart, SvgDocument svg, double width) {
    insideViewBox(svg);
    Element axisLine = first(svg.withClass("axis").get(0), "line");
    double left = d(axisLine, "x1");
    double right = d(axisLine, "x2");
    double labelWidth = Math.max(200, Math.min(420, Math.round(width * 0.28)));
    assertEquals(ChartSvg.MARGIN + labelWidth + 16, left, EPS, "the plot starts right of the row labels");
    assertEquals(width - ChartSvg.MARGIN, right, EPS, "the plot ends at the margin");
    double plotTop = d(axisLine, "y1");
    // Ticks increase left to right, inside the plot, their labels apart.
    double last = Double.NEGATIVE_INFINITY;
    double lastRight = Double.NEGATIVE_INFINITY;
    for (Element tick : svg.withClass("tick")) {
      double x = d(tick, "x");
      assertTrue(x > last, "ticks increase: " + x + " after " + last);
      assertTrue(x >= left - EPS && x <= right + EPS, "tick " + x + " inside [" + left + ", " + right + "]");
      double half = TextWidth.of(tick.getTextContent(), ChartSvg.SHAPE_SIZE, false) / 2;
      assertTrue(x - half >= lastRight - EPS, "tick labels do not overlap");
      last = x;
      lastRight = x + half;
    }
    for (Element grid : svg.withClass("grid")) {
      assertTrue(d(grid, "y1") == plotTop && d(grid, "y2") > plotTop, "grid lines run down from the axis");
    }
    // x grows with time: the axis through the chart's moments is monotone and inside the plot.
    TimeAxis axis = TimeAxis.of(chart.moments(), left, right, chart.range());
    long[] moments = Arrays.stream(chart.moments()).sorted().distinct().toArray();
    for (int i = 0; i < moments.length; i++) {
      double x = axis.x(moments[i]);
      assertTrue(x >= left - EPS && x <= right + EPS, "moment inside the plot");
      if (i > 0 && chart.range().isEmpty()) {
        assertTrue(x > axis.x(moments[i - 1]), "a later moment is right of an earlier one");
        long mid = moments[i - 1] + (moments[i] - moments[i - 1]) / 2;
        assertTrue(axis.x(mid) >= axis.x(moments[i - 1]) && axis.x(mid) <= x, "between two stops, between");
      }
    }
    // Rows one below the other, a row's height apart, its shapes within its band and the plot.
    List<Element> rows = svg.withClass("row");
    assertEquals(chart.sections().stream().mapToInt(s -> s.rows().size()).sum(), rows.size());
    double previous = plotTop;
    for (Element row : rows) {
      Element label = svg.withClass(row, "label").get(0);
      double cy = d(label, "y") - 4;
      assertTrue(cy - 11 >= previous - EPS, "rows do not overlap: " + cy + " after " + previous);
      previous = cy + 11;
      for (Element r : descendants(row, "rect")) {
        if (r.hasAttribute("x")) {
          assertTrue(y(r) >= cy - 11 - EPS && y(r) + h(r) <= cy + 11 + EPS, "a shape within its row");
          assertTrue(x(r) >= left - EPS && x(r) + w(r) <= right + EPS, "a shape within the plot");
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Every rectangle and every text drawn lies inside the viewBox. */
  static void insideViewBox(SvgDocument svg) {
    String[] box = svg.root().getAttribute("viewBox").split(" ");
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    assertEquals(d(svg.root(), "width"), width);
    assertEquals(d(svg.root(), "height"), height);
    for (Element r : descendants(svg.root(), "rect")) {
      if (!r.hasAttribute("x") || inDefs(r)) {
        continue;
      }
      assertTrue(x(r) >= -EPS && y(r) >= -EPS && x(r) + w(r) <= width + EPS && y(r) + h(r) <= height + EPS,
          "rect " + x(r) + "," + y(r) + " " + w(r) + "x" + h(r) + " outside " + width + "x" + height);
    }
    for (Element t : descendants(svg.root(), "text")) {
      double x = d(t, "x");
      double y = d(t, "y");
      assertTrue(x >= 0 && x <= width && y >= 0 && y <= height, "text '" + t.getTextContent() + "' at " + x + "," + y);
    }
  }

  private static boolean inDefs(Element e) {
    for (Node p = e.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) {
      if (pe.getTagName().equals("defs")) {
        return true;
      }
    }
    return false;
  }

  static boolean overlap(Element a, Element b) {
    return x(a) < x(b) + w(b) && x(b) < x(a) + w(a) && y(a) < y(b) + h(b) && y(b) < y(a) + h(a);
  }

  static boolean contains(Element outer, Element inner) {
    return x(outer) <= x(inner) && y(outer) <= y(inner) && x(inner) + w(inner) <= x(outer) + w(outer) + EPS
        && y(inner) + h(inner) <= y(outer) + h(outer) + EPS;
  }

  static Element first(Element under, String tag) {
    return (Element) under.getElementsByTagName(tag).item(0);
  }

  static List<Element> descendants(Element under, String tag) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < under.getElementsByTagName(tag).getLength(); i++) {
      out.add((Element) under.getElementsByTagName(tag).item(i));
    }
    return out;
  }

  static List<Element> children(Element under, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = under.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  static double d(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  static double x(Element e) {
    return d(e, "x");
  }

  static double y(Element e) {
    return d(e, "y");
  }

  static double w(Element e) {
    return d(e, "width");
  }

  static double h(Element e) {
    return d(e, "height");
  }
}
