package dev.disputemodel.render;

import static dev.disputemodel.render.SvgWriter.num;

import dev.disputemodel.render.Chart.Density;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a {@link Chart} as SVG: the title, description and notes on top, the time axis, then
 * each section's rows (labels on the left, shapes on the axis), then the legend. Uncertain times
 * are drawn from their earliest to their latest moment: a span's uncertain start fades in over
 * that stretch and carries a whisker, an uncertain end fades out; an ongoing span ends in an open
 * arrow, a start no source states fades in from the left edge behind a "?", and a period no
 * source states is hatched across the whole axis. Labels never cover each other: a label that
 * finds no free place is left out of the drawing and kept in its shape's tooltip.
 */
final class ChartSvg {
  private static final double MARGIN = 16;
  private static final double ROW = 22;
  private static final double HEADING = 24;
  private static final double BAR = 12;
  private static final double LABEL_SIZE = 12;
  private static final double SHAPE_SIZE = 11;
  private static final String INK = "#1a1a1a";
  private static final String FLAG = "#b71c1c";

  private final Chart chart;
  private final double width;
  private final double labelWidth;
  private final TimeAxis axis;
  private final Set<Look> looks = EnumSet.noneOf(Look.class);
  private boolean anyUncertain;
  private boolean anyOpen;
  private boolean anyUnknownStart;
  private boolean anyUnstated;
  private boolean anyFlag;
  private SvgWriter svg;

  private ChartSvg(Chart chart, double width) {
    this.chart = chart;
    this.width = width;
    this.labelWidth = Math.max(200, Math.min(420, Math.round(width * 0.28)));
    double plotLeft = MARGIN + labelWidth + 16;
    this.axis = TimeAxis.of(moments(chart), plotLeft, width - MARGIN, chart.range());
    survey();
  }

  /** Returns {@code chart} drawn {@code width} pixels wide. */
  static String write(Chart chart, double width) {
    return new ChartSvg(chart, width).write();
  }

  private static long[] moments(Chart chart) {
    List<Long> all = new ArrayList<>();
    for (Section s : chart.sections()) {
      for (Row r : s.rows()) {
        for (Shape shape : r.shapes()) {
          if (shape instanceof Span span) {
            span.start().ifPresent(t -> add(all, t));
            span.end().ifPresent(t -> add(all, t));
          } else if (shape instanceof Point p) {
            add(all, p.time());
          } else if (shape instanceof Density d) {
            d.times().forEach(t -> add(all, t));
          }
        }
      }
    }
    chart.knownOn().ifPresent(t -> all.add(t.latestEpochSecond()));
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static void add(List<Long> all, FuzzyTime t) {
    all.add(t.earliestEpochSecond());
    all.add(t.latestEpochSecond());
  }

  private void survey() {
    for (Section s : chart.sections()) {
      for (Row r : s.rows()) {
        anyFlag |= r.flagged();
        for (Shape shape : r.shapes()) {
          looks.add(shape.look());
          if (shape instanceof Span span) {
            anyUnstated |= span.unstated();
            anyOpen |= span.end().isEmpty() && span.start().isPresent();
            anyUnknownStart |= span.start().isEmpty() && span.end().isPresent();
            anyUncertain |= span.start().isPresent() || span.end().isPresent();
          } else {
            anyUncertain = true;
          }
        }
      }
    }
  }

  private String write() {
    double textWidth = width - 2 * MARGIN;
    Header header = Header.of(chart.title(), chart.description(), chart.notes(), width);
    double y = header.bottom() + 10;
    double knownLabelY = chart.knownOn().isPresent() ? y + 4 : y - 12;
    double axisLabelY = knownLabelY + 20;
    double plotTop = axisLabelY + 10;
    double rowsBottom = plotTop + chart.sections().stream()
        .mapToDouble(s -> HEADING + ROW * s.rows().size()).sum() + 6;
    List<LegendEntry> legend = legend();
    double legendTop = rowsBottom + 18;
    double legendHeight = layoutLegend(legend, textWidth);
    double height = legendTop + 24 + legendHeight + MARGIN;

    svg = new SvgWriter(chart.prefix(), width, height, chart.title(), chart.description());
    defs();
    header.draw(svg);
    axis(axisLabelY, plotTop, rowsBottom);
    double rowY = plotTop;
    for (Section section : chart.sections()) {
      rowY = section(section, rowY);
    }
    chart.knownOn().ifPresent(k -> knownOn(k, knownLabelY, plotTop, rowsBottom));
    legend(legend, legendTop);
    return svg.finish();
  }

  // ------------------------------------------------------------------ defs

  private void defs() {
    svg.open("defs");
    for (Look look : looks) {
      gradient("in-" + look.css(), look, 0, 1);
      gradient("out-" + look.css(), look, 1, 0);
      svg.open("pattern", "id", id("hatch-" + look.css()), "width", "6", "height", "6",
          "patternUnits", "userSpaceOnUse", "patternTransform", "rotate(45)");
      svg.empty("rect", "width", "6", "height", "6", "fill", look.fill(), "fill-opacity", "0.45");
      svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", look.stroke(),
          "stroke-width", "1.5");
      svg.close("pattern");
    }
    svg.close("defs");
  }

  private void gradient(String name, Look look, double from, double to) {
    svg.open("linearGradient", "id", id(name), "x1", "0", "x2", "1", "y1", "0", "y2", "0");
    svg.empty("stop", "offset", "0", "stop-color", look.fill(), "stop-opacity", num(from));
    svg.empty("stop", "offset", "1", "stop-color", look.fill(), "stop-opacity", num(to));
    svg.close("linearGradient");
  }

  private String id(String name) {
    return chart.prefix() + "-" + name;
  }

  private String url(String name) {
    return "url(#" + id(name) + ")";
  }

  // ------------------------------------------------------------------ axis

  private void axis(double labelY, double top, double bottom) {
    svg.open("g", "class", "axis");
    svg.empty("line", "x1", num(axis.left()), "y1", num(top), "x2", num(axis.right()), "y2", num(top),
        "stroke", "#999999");
    if (axis.isEmpty()) {
      svg.text("text", "no dates stated", "x", num((axis.left() + axis.right()) / 2), "y", num(labelY),
          "text-anchor", "middle", "fill", "#666666", "font-size", num(SHAPE_SIZE));
    }
    for (TimeAxis.Tick tick : axis.ticks(SHAPE_SIZE)) {
      svg.empty("line", "class", "grid", "x1", num(tick.x()), "y1", num(top), "x2", num(tick.x()),
          "y2", num(bottom), "stroke", "#ececec");
      svg.empty("line", "x1", num(tick.x()), "y1", num(top - 4), "x2", num(tick.x()), "y2", num(top),
          "stroke", "#999999");
      svg.text("text", tick.label(), "class", "tick", "x", num(tick.x()), "y", num(labelY),
          "text-anchor", "middle", "fill", "#444444", "font-size", num(SHAPE_SIZE));
    }
    for (double x : axis.breaks()) {
      svg.empty("rect", "class", "break", "x", num(x - 4), "y", num(top - 3), "width", "8", "height", "6",
          "fill", "#ffffff");
      svg.empty("path", "d", "M" + num(x - 5) + " " + num(top + 4) + "l4 -8M" + num(x + 1) + " "
          + num(top + 4) + "l4 -8", "stroke", "#777777", "fill", "none");
    }
    svg.close("g");
  }

  private void knownOn(FuzzyTime date, double labelY, double top, double bottom) {
    double x = axis.x(date.latestEpochSecond());
    String label = "\u25BC as known on " + Dates.of(date);
    double w = TextWidth.of(label, SHAPE_SIZE, false);
    String anchor = x + w / 2 > width - MARGIN ? "end" : x - w / 2 < axis.left() ? "start" : "middle";
    double lx = anchor.equals("end") ? x + 6 : anchor.equals("start") ? x - 6 : x;
    svg.open("g", "class", "known-on");
    svg.empty("line", "x1", num(x), "y1", num(labelY + 4), "x2", num(x), "y2", num(bottom),
        "stroke", "#333333", "stroke-dasharray", "4 3");
    svg.text("text", label, "x", num(lx), "y", num(labelY), "text-anchor", anchor, "fill", "#333333",
        "font-size", num(SHAPE_SIZE));
    svg.close("g");
  }

  // ------------------------------------------------------------------ rows

  private double section(Section section, double top) {
    svg.open("g", "class", "section");
    svg.empty("rect", "x", num(MARGIN), "y", num(top + 2), "width", num(width - 2 * MARGIN),
        "height", num(HEADING - 4), "fill", "#f2f2f2");
    svg.text("text", section.heading(), "class", "heading", "x", num(MARGIN + 6), "y", num(top + 17),
        "font-size", "13", "font-weight", "bold", "fill", INK);
    double y = top + HEADING;
    for (Row row : section.rows()) {
      row(row, y + ROW / 2);
      y += ROW;
    }
    svg.close("g");
    return y;
  }

  private void row(Row row, double cy) {
    List<String> attributes = new ArrayList<>(List.of("class", "row"));
    row.entity().ifPresent(e -> attributes.addAll(List.of("data-entity", e.toString())));
    if (row.flagged()) {
      attributes.addAll(List.of("data-flagged", "true"));
    }
    svg.open("g", attributes.toArray(String[]::new));
    svg.tooltip(row.tooltip());
    double indent = 14 * row.indent();
    String label = (row.flagged() ? "\u2691 " : "") + row.label();
    svg.text("text", TextWidth.fit(label, labelWidth - indent, LABEL_SIZE, false), "class", "label",
        "x", num(MARGIN + 4 + indent), "y", num(cy + 4), "fill", row.flagged() ? FLAG : INK);
    // Shapes first, remembering where the marks are; then the labels, on top, where they are free.
    List<double[]> taken = new ArrayList<>();
    List<Runnable> labels = new ArrayList<>();
    for (Shape shape : row.shapes()) {
      svg.open("g", "class", "shape look-" + shape.look().css());
      svg.tooltip(shape.tooltip());
      if (shape instanceof Span span) {
        labels.add(span(span, cy, taken));
      } else if (shape instanceof Point point) {
        labels.add(point(point, cy, taken));
      } else if (shape instanceof Density density) {
        labels.add(density(density, cy, taken));
      }
      svg.close("g");
    }
    labels.forEach(Runnable::run);
    svg.close("g");
  }

  /** Draws {@code span}; returns the placing of its label, done once every shape of the row is drawn. */
  private Runnable span(Span span, double cy, List<double[]> taken) {
    Look look = span.look();
    double top = cy - BAR / 2;
    String dash = look.dash();
    if (span.unstated()) {
      svg.empty("rect", "class", "unstated", "x", num(axis.left()), "y", num(top),
          "width", num(axis.right() - axis.left()), "height", num(BAR), "fill", url("hatch-" + look.css()),
          "stroke", look.stroke(), "stroke-dasharray", "2 2");
      String said = span.label().isEmpty() ? "period not stated"
          : span.label().contains("not stated") ? span.label() : span.label() + " (period not stated)";
      return () -> label(said, axis.left() + 4, axis.right(), cy, taken);
    }
    double startFrom;
    double startTo;
    if (span.start().isPresent()) {
      startFrom = axis.x(span.start().get().earliestEpochSecond());
      startTo = axis.x(span.start().get().latestEpochSecond());
    } else {
      startFrom = axis.left();
      startTo = axis.left() + 18;
    }
    double endFrom;
    double endTo;
    if (span.end().isPresent()) {
      endFrom = axis.x(span.end().get().earliestEpochSecond());
      endTo = axis.x(span.end().get().latestEpochSecond());
    } else {
      endFrom = axis.right() - 10;
      endTo = axis.right();
    }
    double coreFrom = startTo;
    double coreTo = endFrom;
    if (coreTo < coreFrom) {
      // The uncertain start and end overlap: no moment is surely inside; shade the whole stretch.
      svg.empty("rect", "class", "fuzzy-whole", "x", num(startFrom), "y", num(top),
          "width", num(Math.max(2, endTo - startFrom)), "height", num(BAR), "fill", look.fill(),
          "fill-opacity", "0.5", "stroke", look.stroke(), "stroke-dasharray", "2 2");
    } else {
      List<String> core = new ArrayList<>(List.of("class", "core", "x", num(coreFrom), "y", num(top),
          "width", num(Math.max(1.5, coreTo - coreFrom)), "height", num(BAR), "fill", look.fill(),
          "stroke", look.stroke()));
      if (!dash.isEmpty()) {
        core.addAll(List.of("stroke-dasharray", dash));
      }
      svg.empty("rect", core.toArray(String[]::new));
    }
    if (span.start().isPresent()) {
      if (startTo - startFrom >= 1) {
        svg.empty("rect", "class", "fuzzy-start", "x", num(startFrom), "y", num(top),
            "width", num(startTo - startFrom), "height", num(BAR), "fill", url("in-" + look.css()));
        whisker(startFrom, startTo, cy, look.stroke());
      }
      if (axis.before(span.start().get().earliestEpochSecond())) {
        svg.empty("polygon", "class", "clipped", "points", triangle(axis.left(), cy, -1), "fill", look.stroke());
      }
    } else {
      svg.empty("rect", "class", "unknown-start", "x", num(startFrom), "y", num(top),
          "width", num(startTo - startFrom), "height", num(BAR), "fill", url("in-" + look.css()));
      svg.text("text", "?", "x", num(startFrom + 2), "y", num(cy + 4), "fill", look.stroke(),
          "font-weight", "bold", "font-size", num(SHAPE_SIZE));
    }
    if (span.end().isPresent()) {
      if (endTo - endFrom >= 1) {
        svg.empty("rect", "class", "fuzzy-end", "x", num(endFrom), "y", num(top),
            "width", num(endTo - endFrom), "height", num(BAR), "fill", url("out-" + look.css()));
        whisker(endFrom, endTo, cy, look.stroke());
      }
      if (axis.after(span.end().get().latestEpochSecond())) {
        svg.empty("polygon", "class", "clipped", "points", triangle(axis.right(), cy, 1), "fill", look.stroke());
      }
    } else {
      svg.empty("polygon", "class", "open-end", "points",
          num(endFrom) + "," + num(top - 2) + " " + num(endTo) + "," + num(cy) + " " + num(endFrom) + ","
              + num(top + BAR + 2),
          "fill", look.fill(), "stroke", look.stroke());
    }
    double shapeFrom = span.start().isPresent() ? startFrom : axis.left();
    double shapeTo = endTo;
    double coreWidth = coreTo - coreFrom;
    double labelWidth = TextWidth.of(span.label(), SHAPE_SIZE, false);
    return () -> {
      if (!span.label().isEmpty() && coreWidth >= labelWidth + 10
          && free(taken, coreFrom + 4, coreFrom + 4 + labelWidth)) {
        text(span.label(), coreFrom + 5, cy, "start", taken);
      } else {
        outside(span.label(), shapeFrom, shapeTo, cy, taken);
      }
    };
  }

  /** Draws {@code point} and marks its place taken; returns the placing of its label. */
  private Runnable point(Point point, double cy, List<double[]> taken) {
    Look look = point.look();
    double from = axis.x(point.time().earliestEpochSecond());
    double to = axis.x(point.time().latestEpochSecond());
    double mid = (from + to) / 2;
    if (to - from >= 9) {
      svg.empty("rect", "class", "whisker-band", "x", num(from), "y", num(cy - 4), "width", num(to - from),
          "height", "8", "rx", "4", "fill", look.fill(), "fill-opacity", "0.55", "stroke", look.stroke(),
          "stroke-width", "0.8");
      whisker(from, to, cy, look.stroke());
    }
    if (look == Look.VIOLATION) {
      svg.empty("path", "class", "violation", "d", "M" + num(mid - 5) + " " + num(cy - 5) + "l10 10M"
          + num(mid - 5) + " " + num(cy + 5) + "l10 -10", "stroke", look.stroke(), "stroke-width", "2.2");
    } else if (to - from < 9) {
      svg.empty("polygon", "class", "mark", "points", num(mid) + "," + num(cy - 6) + " " + num(mid + 6) + ","
          + num(cy) + " " + num(mid) + "," + num(cy + 6) + " " + num(mid - 6) + "," + num(cy),
          "fill", look.fill(), "stroke", look.stroke(), "stroke-width", "1.2");
    }
    double left = Math.min(from, mid - 6);
    double right = Math.max(to, mid + 6);
    taken.add(new double[] {left, right});
    return () -> outside(point.label(), left, right, cy, taken);
  }

  /** Draws {@code density}; returns the placing of its label. */
  private Runnable density(Density density, double cy, List<double[]> taken) {
    double binWidth = 3;
    int bins = (int) Math.ceil((axis.right() - axis.left()) / binWidth);
    int[] counts = new int[bins];
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    for (FuzzyTime t : density.times()) {
      double x = (axis.x(t.earliestEpochSecond()) + axis.x(t.latestEpochSecond())) / 2;
      int bin = (int) Math.min(bins - 1, Math.max(0, Math.floor((x - axis.left()) / binWidth)));
      counts[bin]++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    Look look = density.look();
    // Five shades, and neighbouring bins of one shade drawn as one rectangle.
    int b = 0;
    while (b < bins) {
      int shade = shade(counts[b], max);
      int end = b + 1;
      while (end < bins && shade(counts[end], max) == shade) {
        end++;
      }
      if (shade > 0) {
        svg.empty("rect", "class", "density", "x", num(axis.left() + b * binWidth), "y", num(cy - BAR / 2),
            "width", num((end - b) * binWidth), "height", num(BAR), "fill", look.stroke(),
            "fill-opacity", num(0.2 * shade));
      }
      b = end;
    }
    double from = minX;
    double to = maxX + binWidth;
    return minX <= maxX
        ? () -> outside(density.label(), from, to, cy, taken)
        : () -> label(density.label(), axis.left() + 4, axis.right(), cy, taken);
  }

  /** Returns 0 for an empty bin, else 1 to 5 by its share of the fullest. */
  private static int shade(int count, int max) {
    return count == 0 ? 0 : 1 + (int) Math.min(4, Math.floor(5.0 * (count - 1) / max));
  }

  private void whisker(double from, double to, double cy, String stroke) {
    svg.empty("path", "class", "whisker", "d", "M" + num(from) + " " + num(cy) + "H" + num(to)
        + "M" + num(from) + " " + num(cy - 5) + "v10M" + num(to) + " " + num(cy - 5) + "v10",
        "stroke", stroke, "stroke-width", "1", "fill", "none");
  }

  private static String triangle(double x, double cy, int direction) {
    return num(x) + "," + num(cy) + " " + num(x - 7 * direction) + "," + num(cy - 5) + " "
        + num(x - 7 * direction) + "," + num(cy + 5);
  }

  /** Places {@code label} right of {@code [from, to]}, else left of it, else leaves it out. */
  private void outside(String label, double from, double to, double cy, List<double[]> taken) {
    if (label.isEmpty()) {
      return;
    }
    double w = TextWidth.of(label, SHAPE_SIZE, false);
    if (to + 6 + w <= axis.right() && free(taken, to + 6, to + 6 + w)) {
      text(label, to + 6, cy, "start", taken);
    } else if (from - 6 - w >= axis.left() && free(taken, from - 6 - w, from - 6)) {
      text(label, from - 6, cy, "end", taken);
    } else if (axis.right() - (to + 6) >= 60 && free(taken, to + 6, axis.right())) {
      text(TextWidth.fit(label, axis.right() - to - 6, SHAPE_SIZE, false), to + 6, cy, "start", taken);
    } else if (from - 6 - axis.left() >= 60 && free(taken, axis.left(), from - 6)) {
      text(TextWidth.fit(label, from - 6 - axis.left(), SHAPE_SIZE, false), from - 6, cy, "end", taken);
    }
  }

  /** Places {@code label} from {@code from}, shortened to end before {@code to}, if free. */
  private void label(String label, double from, double to, double cy, List<double[]> taken) {
    String fitted = TextWidth.fit(label, to - from - 4, SHAPE_SIZE, false);
    if (!fitted.isEmpty() && free(taken, from, from + TextWidth.of(fitted, SHAPE_SIZE, false))) {
      text(fitted, from, cy, "start", taken);
    }
  }

  private void text(String label, double x, double cy, String anchor, List<double[]> taken) {
    double w = TextWidth.of(label, SHAPE_SIZE, false);
    double from = anchor.equals("end") ? x - w : x;
    taken.add(new double[] {from, from + w});
    svg.text("text", label, "class", "shape-label", "x", num(x), "y", num(cy + 4), "text-anchor", anchor,
        "fill", INK, "font-size", num(SHAPE_SIZE), "stroke", "#ffffff", "stroke-width", "3",
        "stroke-linejoin", "round", "paint-order", "stroke");
  }

  private static boolean free(List<double[]> taken, double from, double to) {
    return taken.stream().noneMatch(t -> from < t[1] + 3 && t[0] - 3 < to);
  }

  // ------------------------------------------------------------------ legend

  /** One legend entry: a sample and what it means. */
  private record LegendEntry(String kind, Optional<Look> look, String text, double[] at) {}

  private List<LegendEntry> legend() {
    List<LegendEntry> out = new ArrayList<>();
    for (Look look : looks) {
      out.add(new LegendEntry("look", Optional.of(look), look.legend(), new double[2]));
    }
    if (anyUncertain) {
      out.add(new LegendEntry("uncertain", Optional.empty(),
          "uncertain time: shaded from its earliest to its latest moment, with a whisker", new double[2]));
    }
    if (anyOpen) {
      out.add(new LegendEntry("open", Optional.empty(), "ongoing: open end", new double[2]));
    }
    if (anyUnknownStart) {
      out.add(new LegendEntry("unknown-start", Optional.empty(), "start not stated", new double[2]));
    }
    if (anyUnstated) {
      out.add(new LegendEntry("unstated", Optional.empty(), "period not stated: hatched across the axis",
          new double[2]));
    }
    if (anyFlag) {
      out.add(new LegendEntry("flag", Optional.empty(), "\u2691 contested, disputed or diverging", new double[2]));
    }
    out.add(new LegendEntry("axis", Optional.empty(), axis.legend(), new double[2]));
    return out;
  }

  private double layoutLegend(List<LegendEntry> entries, double textWidth) {
    double x = 0;
    double y = 0;
    for (LegendEntry e : entries) {
      double w = 40 + TextWidth.of(e.text(), SHAPE_SIZE, false) + 20;
      if (x > 0 && x + w > textWidth) {
        x = 0;
        y += 20;
      }
      e.at()[0] = x;
      e.at()[1] = y;
      x += w;
    }
    return y + 20;
  }

  private void legend(List<LegendEntry> entries, double top) {
    svg.open("g", "class", "legend");
    svg.text("text", "Legend", "x", num(MARGIN), "y", num(top + 12), "font-weight", "bold", "fill", INK);
    for (LegendEntry e : entries) {
      double x = MARGIN + e.at()[0];
      double cy = top + 30 + e.at()[1];
      svg.open("g", "class", "legend-entry legend-" + e.kind());
      sample(e, x, cy);
      svg.text("text", e.text(), "x", num(x + 40), "y", num(cy + 4), "fill", INK, "font-size", num(SHAPE_SIZE));
      svg.close("g");
    }
    svg.close("g");
  }

  private void sample(LegendEntry e, double x, double cy) {
    double top = cy - 5;
    switch (e.kind()) {
      case "look" -> {
        Look look = e.look().orElseThrow();
        if (look == Look.VIOLATION) {
          svg.empty("path", "d", "M" + num(x + 12) + " " + num(cy - 5) + "l10 10M" + num(x + 12) + " "
              + num(cy + 5) + "l10 -10", "stroke", look.stroke(), "stroke-width", "2.2");
        } else {
          List<String> a = new ArrayList<>(List.of("x", num(x), "y", num(top), "width", "32", "height", "10",
              "fill", look == Look.AGGREGATE ? look.stroke() : look.fill(), "stroke", look.stroke()));
          if (!look.dash().isEmpty()) {
            a.addAll(List.of("stroke-dasharray", look.dash()));
          }
          svg.empty("rect", a.toArray(String[]::new));
        }
      }
      case "uncertain" -> {
        svg.empty("rect", "x", num(x), "y", num(top), "width", "32", "height", "10", "fill", "#888888",
            "fill-opacity", "0.35");
        whisker(x, x + 32, cy, "#555555");
      }
      case "open" -> svg.empty("polygon", "points", num(x) + "," + num(top) + " " + num(x + 22) + ","
          + num(top) + " " + num(x + 32) + "," + num(cy) + " " + num(x + 22) + "," + num(top + 10) + " "
          + num(x) + "," + num(top + 10), "fill", "#dddddd", "stroke", "#555555");
      case "unknown-start" -> svg.text("text", "?", "x", num(x + 12), "y", num(cy + 4), "font-weight", "bold",
          "fill", "#555555");
      case "unstated" -> svg.empty("rect", "x", num(x), "y", num(top), "width", "32", "height", "10",
          "fill", "none", "stroke", "#555555", "stroke-dasharray", "2 2");
      case "flag" -> svg.text("text", "\u2691", "x", num(x + 12), "y", num(cy + 4), "fill", FLAG);
      default -> svg.empty("path", "d", "M" + num(x + 9) + " " + num(cy + 4) + "l4 -8M" + num(x + 15) + " "
          + num(cy + 4) + "l4 -8", "stroke", "#777777", "fill", "none");
    }
  }
}
