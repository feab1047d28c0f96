package dev.disputemodel.render;

import static dev.disputemodel.render.SvgWriter.num;

import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link Graph} as SVG with a fixed, deterministic layout: one column per group (the
 * third parties between the first sides and the rest, so links from them reach both ways), nodes
 * stacked in each column with the officials and bodies that act for a party attached beneath it,
 * and links as curves between the facing sides of their nodes, labelled at their middle. A label
 * that would cover another label or a node is moved along the gap between the columns, with a
 * leader line back to its curve; the picture's text never overlaps.
 */
final class GraphSvg {
  private static final double MARGIN = Header.MARGIN;
  private static final double NAME = 13;
  private static final double SMALL = 11;
  private static final double INDENT = 18;
  private static final double MIN_GAP = 24;
  private static final String INK = "#1a1a1a";

  private final Graph graph;
  private final double width;
  private final List<Integer> columns = new ArrayList<>();
  private final Map<String, Box> boxes = new HashMap<>();
  private final Map<String, List<String>> nameLines = new HashMap<>();
  private final Map<String, List<Line>> textLines = new HashMap<>();
  private final Map<String, Node> byKey = new HashMap<>();
  private final List<double[]> occupied = new ArrayList<>();
  private double columnWidth;
  private double gap;
  private SvgWriter svg;

  /** Where a node is drawn. */
  private record Box(double x, double y, double w, double h, int column) {
    double cy() {
      return y + h / 2;
    }
  }

  private GraphSvg(Graph graph, double width) {
    this.graph = graph;
    this.width = width;
    graph.nodes().forEach(n -> byKey.put(n.key(), n));
  }

  /** Returns {@code graph} drawn {@code width} pixels wide. */
  static String write(Graph graph, double width) {
    return new GraphSvg(graph, width).write();
  }

  private String write() {
    Header header = Header.of(graph.title(), graph.description(), graph.notes(), width);
    arrangeColumns();
    double top = header.bottom() + 16;
    double bottom = layoutNodes(top);
    Set<Certainty> used = EnumSet.noneOf(Certainty.class);
    graph.links().forEach(l -> used.add(l.certainty()));
    boolean claimedLines = graph.nodes().stream().flatMap(n -> n.lines().stream()).anyMatch(Line::claimed);
    List<String[]> legend = legendEntries(used, claimedLines);
    double legendTop = bottom + 24;
    double legendHeight = legendRows(legend) * 20 + 24;
    svg = new SvgWriter(graph.prefix(), width, legendTop + legendHeight + MARGIN, graph.title(), graph.description());
    defs(used);
    header.draw(svg);
    groups(top, bottom);
    for (Node n : graph.nodes()) {
      node(n);
    }
    links();
    legend(legend, legendTop);
    return svg.finish();
  }

  // ------------------------------------------------------------------ layout

  private void arrangeColumns() {
    List<Integer> sides = new ArrayList<>();
    int third = -1;
    for (int g = 0; g < graph.groups().size(); g++) {
      if (graph.groups().get(g).side()) {
        sides.add(g);
      } else {
        third = g;
      }
    }
    int thirdGroup = third;
    boolean thirdUsed = graph.nodes().stream().anyMatch(n -> n.group() == thirdGroup);
    columns.addAll(sides);
    if (thirdUsed) {
      columns.add(Math.min(sides.size(), Math.max(1, sides.size() / 2)), third);
    }
    int n = Math.max(1, columns.size());
    double available = width - 2 * MARGIN;
    columnWidth = Math.min(300, (available - (n - 1) * 170) / n);
    // At least 150 pixels where the width allows, narrower rather than overlapping where it does not.
    columnWidth = Math.max(Math.min(150, (available - (n - 1) * MIN_GAP) / n), columnWidth);
    gap = n == 1 ? 0 : (available - n * columnWidth) / (n - 1);
  }

  private double columnX(int column) {
    return MARGIN + column * (columnWidth + gap);
  }

  private double layoutNodes(double top) {
    double bottom = top + 60;
    for (int c = 0; c < columns.size(); c++) {
      int group = columns.get(c);
      double y = top + 30;
      for (Node n : graph.nodes()) {
        if (n.group() != group) {
          continue;
        }
        boolean attached = n.attachedTo().isPresent();
        double x = columnX(c) + 10 + (attached ? INDENT : 0);
        double w = columnWidth - 20 - (attached ? INDENT : 0);
        wrap(n, w - 14);
        double h = 10 + 16 * nameLines.get(n.key()).size() + 14 * textLines.get(n.key()).size();
        y += attached ? -4 : 0;
        boxes.put(n.key(), new Box(x, y, w, h, c));
        occupied.add(new double[] {x, y, x + w, y + h});
        y += h + 14;
      }
      bottom = Math.max(bottom, y);
    }
    return bottom;
  }

  /** Breaks the node's name and lines to fit {@code width} pixels, each line whole where it fits. */
  private void wrap(Node n, double width) {
    nameLines.put(n.key(), TextWidth.wrap(n.name(), width / 1.14, NAME));
    List<Line> lines = new ArrayList<>();
    for (Line line : n.lines()) {
      TextWidth.wrap(line.text(), width, SMALL).forEach(t -> lines.add(new Line(t, line.claimed())));
    }
    textLines.put(n.key(), lines);
  }

  // ------------------------------------------------------------------ drawing

  private void defs(Set<Certainty> used) {
    svg.open("defs");
    for (Certainty c : used) {
      svg.open("marker", "id", graph.prefix() + "-arrow-" + c.css(), "viewBox", "0 0 10 10", "refX", "9",
          "refY", "5", "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse");
      svg.empty("path", "d", "M0,0L10,5L0,10z", "fill", c.color());
      svg.close("marker");
    }
    svg.close("defs");
  }

  private void groups(double top, double bottom) {
    for (int c = 0; c < columns.size(); c++) {
      Graph.Group group = graph.groups().get(columns.get(c));
      double x = columnX(c);
      svg.open("g", "class", group.side() ? "group side" : "group third");
      svg.tooltip(group.label());
      svg.empty("rect", "x", num(x), "y", num(top), "width", num(columnWidth), "height", num(bottom - top),
          "rx", "8", "fill", group.side() ? "#f4f8fc" : "#fafafa", "stroke", group.side() ? "#2b6ca3" : "#999999",
          "stroke-dasharray", group.side() ? "none" : "5 4");
      svg.text("text", TextWidth.fit(group.label(), columnWidth - 20, NAME, true), "class", "group-label",
          "x", num(x + 10), "y", num(top + 19), "font-size", num(NAME), "font-weight", "bold",
          "fill", group.side() ? "#1d4f7a" : "#555555");
      svg.close("g");
    }
  }

  private void node(Node n) {
    Box b = boxes.get(n.key());
    List<String> a = new ArrayList<>(List.of("class", "node", "data-key", n.key()));
    n.entity().ifPresent(e -> a.addAll(List.of("data-entity", e.toString())));
    n.attachedTo().ifPresent(h -> a.addAll(List.of("data-attached-to", entityOf(h))));
    svg.open("g", a.toArray(String[]::new));
    StringBuilder tip = new StringBuilder(n.name());
    n.lines().forEach(l -> tip.append("; ").append(l.text()));
    svg.tooltip(tip.toString());
    n.attachedTo().ifPresent(h -> {
      Box host = boxes.get(h);
      svg.empty("path", "class", "acts-for", "d", "M" + num(host.x() + 8) + " " + num(host.y() + host.h())
          + "V" + num(b.cy()) + "H" + num(b.x()), "stroke", "#999999", "fill", "none");
    });
    svg.empty("rect", "x", num(b.x()), "y", num(b.y()), "width", num(b.w()), "height", num(b.h()), "rx", "5",
        "fill", "#ffffff", "stroke", n.entity().isPresent() ? "#555555" : "#999999",
        "stroke-dasharray", n.entity().isPresent() ? "none" : "3 3");
    double y = b.y() + 19;
    for (String name : nameLines.get(n.key())) {
      svg.text("text", name, "class", "name", "x", num(b.x() + 7), "y", num(y), "font-size", num(NAME),
          "font-weight", "bold", "fill", INK);
      y += 16;
    }
    y -= 1;
    for (Line line : textLines.get(n.key())) {
      List<String> t = new ArrayList<>(List.of("class", line.claimed() ? "line claimed" : "line",
          "x", num(b.x() + 7), "y", num(y), "font-size", num(SMALL),
          "fill", line.claimed() ? Certainty.CLAIMED.color() : "#444444"));
      if (line.claimed()) {
        t.addAll(List.of("font-style", "italic"));
      }
      svg.text("text", line.text(), t.toArray(String[]::new));
      y += 14;
    }
    svg.close("g");
  }

  private String entityOf(String key) {
    Node n = byKey.get(key);
    return n.entity().map(Object::toString).orElse(key);
  }

  private void links() {
    Map<String, Integer> perPair = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Link l : graph.links()) {
      perPair.merge(pair(l), 1, Integer::sum);
    }
    List<Runnable> labels = new ArrayList<>();
    svg.open("g", "class", "links");
    for (Link l : graph.links()) {
      int k = seen.merge(pair(l), 1, Integer::sum) - 1;
      double offset = (k - (perPair.get(pair(l)) - 1) / 2.0) * 9;
      labels.add(link(l, offset, k));
    }
    svg.close("g");
    svg.open("g", "class", "link-labels");
    labels.forEach(Runnable::run);
    svg.close("g");
  }

  private static String pair(Link l) {
    return l.from().compareTo(l.to()) < 0 ? l.from() + "|" + l.to() : l.to() + "|" + l.from();
  }

  /** Draws the curve of {@code l} and returns the drawing of its label, done after every curve. */
  private Runnable link(Link l, double offset, int k) {
    Box a = boxes.get(l.from());
    Box b = boxes.get(l.to());
    double sx;
    double ex;
    double c1;
    double c2;
    if (a.column() != b.column()) {
      boolean right = b.column() > a.column();
      sx = right ? a.x() + a.w() : a.x();
      ex = right ? b.x() : b.x() + b.w();
      double dx = Math.abs(ex - sx) * 0.45;
      c1 = sx + (right ? dx : -dx);
      c2 = ex - (right ? dx : -dx);
    } else {
      boolean rightmost = a.column() == columns.size() - 1 && columns.size() > 1;
      double edge = rightmost ? Math.min(a.x(), b.x()) : Math.max(a.x() + a.w(), b.x() + b.w());
      sx = rightmost ? a.x() : a.x() + a.w();
      ex = rightmost ? b.x() : b.x() + b.w();
      double bulge = (rightmost ? -1 : 1) * (50 + 14 * k);
      c1 = edge + bulge;
      c2 = edge + bulge;
    }
    double sy = a.cy() + offset;
    double ey = b.cy() + offset;
    Certainty c = l.certainty();
    List<String> attributes = new ArrayList<>(List.of("class", "link link-" + c.css(), "data-from", entityOf(l.from()),
        "data-to", entityOf(l.to())));
    l.entity().ifPresent(e -> attributes.addAll(List.of("data-entity", e.toString())));
    svg.open("g", attributes.toArray(String[]::new));
    svg.tooltip(l.tooltip());
    List<String> path = new ArrayList<>(List.of("d", "M" + num(sx) + " " + num(sy) + "C" + num(c1) + " " + num(sy)
        + " " + num(c2) + " " + num(ey) + " " + num(ex) + " " + num(ey), "fill", "none", "stroke", c.color(),
        "stroke-width", "1.6", "marker-end", "url(#" + graph.prefix() + "-arrow-" + c.css() + ")"));
    if (!c.dash().isEmpty()) {
      path.addAll(List.of("stroke-dasharray", c.dash()));
    }
    svg.empty("path", path.toArray(String[]::new));
    svg.close("g");
    double mx = (sx + 3 * c1 + 3 * c2 + ex) / 8;
    double my = (sy + ey) / 2;
    return () -> label(l, mx, my);
  }

  private void label(Link l, double mx, double my) {
    double w = TextWidth.of(l.label(), SMALL, false) + 8;
    double h = 15;
    for (int step = 0; step < 60; step++) {
      double shift = (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * (h + 2);
      double y = my - h / 2 + shift;
      double x = Math.max(MARGIN, Math.min(width - MARGIN - w, mx - w / 2));
      if (y < 0 || !free(x, y, x + w, y + h)) {
        continue;
      }
      occupied.add(new double[] {x, y, x + w, y + h});
      Certainty c = l.certainty();
      svg.open("g", "class", "link-label link-" + c.css());
      svg.tooltip(l.tooltip());
      if (Math.abs(shift) > 1) {
        svg.empty("line", "class", "leader", "x1", num(mx), "y1", num(my), "x2", num(x + w / 2),
            "y2", num(shift > 0 ? y : y + h), "stroke", c.color(), "stroke-width", "0.7", "stroke-dasharray", "1 2");
      }
      svg.empty("rect", "x", num(x), "y", num(y), "width", num(w), "height", num(h), "rx", "3", "fill", "#ffffff",
          "fill-opacity", "0.92", "stroke", c.color(), "stroke-width", "0.6");
      svg.text("text", l.label(), "x", num(x + 4), "y", num(y + 11), "font-size", num(SMALL), "fill", c.color(),
          "font-style", c == Certainty.FACT ? "normal" : "italic");
      svg.close("g");
      return;
    }
  }

  private boolean free(double x0, double y0, double x1, double y1) {
    return occupied.stream().noneMatch(o -> x0 < o[2] + 2 && o[0] - 2 < x1 && y0 < o[3] + 2 && o[1] - 2 < y1);
  }

  // ------------------------------------------------------------------ legend

  private List<String[]> legendEntries(Set<Certainty> used, boolean claimedLines) {
    List<String[]> out = new ArrayList<>();
    for (Certainty c : used) {
      out.add(new String[] {"link", c.name(), c.legend()});
    }
    out.add(new String[] {"side", "", "a side of the conflict"});
    out.add(new String[] {"third", "", "third parties and other voices"});
    if (graph.nodes().stream().anyMatch(n -> n.attachedTo().isPresent())) {
      out.add(new String[] {"attached", "", "acts for the party above (official, body, mission)"});
    }
    if (claimedLines) {
      out.add(new String[] {"claimed", "", "role resting on a party's own claim (italic)"});
    }
    return out;
  }

  private int legendRows(List<String[]> entries) {
    double x = 0;
    int rows = 1;
    for (String[] e : entries) {
      double w = 52 + TextWidth.of(e[2], SMALL, false) + 20;
      if (x > 0 && x + w > width - 2 * MARGIN) {
        x = 0;
        rows++;
      }
      x += w;
    }
    return rows;
  }

  private void legend(List<String[]> entries, double top) {
    svg.open("g", "class", "legend");
    svg.text("text", "Legend", "x", num(MARGIN), "y", num(top + 12), "font-weight", "bold", "fill", INK);
    double x = 0;
    double cy = top + 30;
    for (String[] e : entries) {
      double w = 52 + TextWidth.of(e[2], SMALL, false) + 20;
      if (x > 0 && x + w > width - 2 * MARGIN) {
        x = 0;
        cy += 20;
      }
      double sx = MARGIN + x;
      svg.open("g", "class", "legend-entry legend-" + e[0]);
      switch (e[0]) {
        case "link" -> {
          Certainty c = Certainty.valueOf(e[1]);
          List<String> a = new ArrayList<>(List.of("d", "M" + num(sx) + " " + num(cy) + "H" + num(sx + 40),
              "stroke", c.color(), "stroke-width", "1.6", "marker-end", "url(#" + graph.prefix() + "-arrow-" + c.css() + ")"));
          if (!c.dash().isEmpty()) {
            a.addAll(List.of("stroke-dasharray", c.dash()));
          }
          svg.empty("path", a.toArray(String[]::new));
        }
        case "side" -> svg.empty("rect", "x", num(sx), "y", num(cy - 6), "width", "40", "height", "12", "rx", "3",
            "fill", "#f4f8fc", "stroke", "#2b6ca3");
        case "third" -> svg.empty("rect", "x", num(sx), "y", num(cy - 6), "width", "40", "height", "12", "rx", "3",
            "fill", "#fafafa", "stroke", "#999999", "stroke-dasharray", "5 4");
        case "attached" -> svg.empty("path", "d", "M" + num(sx + 6) + " " + num(cy - 7) + "V" + num(cy + 3) + "H"
            + num(sx + 40), "stroke", "#999999", "fill", "none");
        default -> svg.text("text", "role", "x", num(sx), "y", num(cy + 4), "font-size", num(SMALL),
            "font-style", "italic", "fill", Certainty.CLAIMED.color());
      }
      svg.text("text", e[2], "x", num(sx + 52), "y", num(cy + 4), "font-size", num(SMALL), "fill", INK);
      svg.close("g");
      x += w;
    }
    svg.close("g");
  }
}
