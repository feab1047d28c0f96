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
import java.util.List;

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
  static final double MARGIN = 16;
  private static final double ROW = 22;
  private static final double HEADING = 24;
  private static final double BAR = 12;
  private static final double LABEL_SIZE = 12;
  static final double SHAPE_SIZE = 11;
  static final String INK = "#1a1a1a";
  static final String FLAG = "#b71c1c";

  private final Chart chart;
  private final double width;
  private final double labelWidth;
  private final TimeAxis axis;
  private final ChartLegend legend;
  private SvgWriter svg;
  private ShapeLabels labels;

  private ChartSvg(Chart chart, double width) {
    this.chart = chart;
    this.width = width;
    this.labelWidth = Math.max(200, Math.min(420, Math.round(width * 0.28)));
    double plotLeft = MARGIN + labelWidth + 16;
    this.axis = TimeAxis.of(chart.moments(), plotLeft, width - MARGIN, chart.range());
    this.legend = new ChartLegend(chart, axis.legend());
  }

  /** Returns {@code chart} drawn {@code width} pixels wide. */
  static String write(Chart chart, double width) {
    return new ChartSvg(chart, width).write();
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
    double legendTop = rowsBottom + 18;
    double legendHeight = legend.layout(textWidth);
    double height = legendTop + 24 + legendHeight + MARGIN;

    svg = new SvgWriter(chart.prefix(), width, height, chart.title(), chart.description());
    labels = new ShapeLabels(svg, axis);
    defs();
    header.draw(svg);
    axis(axisLabelY, plotTop, rowsBottom);
    double rowY = plotTop;
    for (Section section : chart.sections()) {
      rowY = section(section, rowY);
    }
    chart.knownOn().ifPresent(k -> knownOn(k, knownLabelY, plotTop, rowsBottom));
    legend.draw(svg, legendTop);
    return svg.finish();
  }

  // ------------------------------------------------------------------ defs

  private void defs() {
    svg.open("defs");
    for (Look look : legend.looks()) {
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
      return () -> labels.within(said, axis.left() + 4, axis.right(), cy, taken);
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
        whisker(svg, startFrom, startTo, cy, look.stroke());
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
        whisker(svg, endFrom, endTo, cy, look.stroke());
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
          && ShapeLabels.free(taken, coreFrom + 4, coreFrom + 4 + labelWidth)) {
        labels.text(span.label(), coreFrom + 5, cy, "start", taken);
      } else {
        labels.outside(span.label(), shapeFrom, shapeTo, cy, taken);
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
      whisker(svg, from, to, cy, look.stroke());
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
    return () -> labels.outside(point.label(), left, right, cy, taken);
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
        ? () -> labels.outside(density.label(), from, to, cy, taken)
        : () -> labels.within(density.label(), axis.left() + 4, axis.right(), cy, taken);
  }

  /** Returns 0 for an empty bin, else 1 to 5 by its share of the fullest. */
  private static int shade(int count, int max) {
    return count == 0 ? 0 : 1 + (int) Math.min(4, Math.floor(5.0 * (count - 1) / max));
  }

  /** Draws a whisker from {@code from} to {@code to}: the stretch an uncertain time may fall in. */
  static void whisker(SvgWriter svg, double from, double to, double cy, String stroke) {
    svg.empty("path", "class", "whisker", "d", "M" + num(from) + " " + num(cy) + "H" + num(to)
        + "M" + num(from) + " " + num(cy - 5) + "v10M" + num(to) + " " + num(cy - 5) + "v10",
        "stroke", stroke, "stroke-width", "1", "fill", "none");
  }

  private static String triangle(double x, double cy, int direction) {
    return num(x) + "," + num(cy) + " " + num(x - 7 * direction) + "," + num(cy - 5) + " "
        + num(x - 7 * direction) + "," + num(cy + 5);
  }
}

