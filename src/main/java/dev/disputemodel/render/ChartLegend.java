package dev.disputemodel.render;

import static dev.disputemodel.render.SvgWriter.num;

import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legend of a chart: a sample and its meaning for every look drawn and for each way of drawing
 * uncertain, open, unstated and flagged items that the chart uses, and the axis' scale.
 */
final class ChartLegend {
  private final Set<Look> looks = EnumSet.noneOf(Look.class);
  private boolean anyUncertain;
  private boolean anyOpen;
  private boolean anyUnknownStart;
  private boolean anyUnstated;
  private boolean anyFlag;
  private final String axisLegend;
  private final List<Entry> entries;

  /** Surveys {@code chart} for what its legend must explain; {@code axisLegend} says the scale. */
  ChartLegend(Chart chart, String axisLegend) {
    this.axisLegend = axisLegend;
    survey(chart);
    this.entries = entries();
  }

  /** Returns the looks the chart uses, in their order. */
  Set<Look> looks() {
    return looks;
  }

  private void survey(Chart chart) {
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

  /** One legend entry: a sample and what it means. */
  private record Entry(String kind, Optional<Look> look, String text, double[] at) {}

  private List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Look look : looks) {
      out.add(new Entry("look", Optional.of(look), look.legend(), new double[2]));
    }
    if (anyUncertain) {
      out.add(new Entry("uncertain", Optional.empty(),
          "uncertain time: shaded from its earliest to its latest moment, with a whisker", new double[2]));
    }
    if (anyOpen) {
      out.add(new Entry("open", Optional.empty(), "ongoing: open end", new double[2]));
    }
    if (anyUnknownStart) {
      out.add(new Entry("unknown-start", Optional.empty(), "start not stated", new double[2]));
    }
    if (anyUnstated) {
      out.add(new Entry("unstated", Optional.empty(), "period not stated: hatched across the axis",
          new double[2]));
    }
    if (anyFlag) {
      out.add(new Entry("flag", Optional.empty(), "\u2691 contested, disputed or diverging", new double[2]));
    }
    out.add(new Entry("axis", Optional.empty(), axisLegend, new double[2]));
    return out;
  }

  /** Lays the entries out in lines {@code textWidth} wide; returns the height they take. */
  double layout(double textWidth) {
    double x = 0;
    double y = 0;
    for (Entry e : entries) {
      double w = 40 + TextWidth.of(e.text(), ChartSvg.SHAPE_SIZE, false) + 20;
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

  /** Draws the legend with {@code svg}, its heading at {@code top}; {@link #layout} first. */
  void draw(SvgWriter svg, double top) {
    svg.open("g", "class", "legend");
    svg.text("text", "Legend", "x", num(ChartSvg.MARGIN), "y", num(top + 12), "font-weight", "bold", "fill", ChartSvg.INK);
    for (Entry e : entries) {
      double x = ChartSvg.MARGIN + e.at()[0];
      double cy = top + 30 + e.at()[1];
      svg.open("g", "class", "legend-entry legend-" + e.kind());
      sample(svg, e, x, cy);
      svg.text("text", e.text(), "x", num(x + 40), "y", num(cy + 4), "fill", ChartSvg.INK, "font-size", num(ChartSvg.SHAPE_SIZE));
      svg.close("g");
    }
    svg.close("g");
  }

  private static void sample(SvgWriter svg, Entry e, double x, double cy) {
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
        ChartSvg.whisker(svg, x, x + 32, cy, "#555555");
      }
      case "open" -> svg.empty("polygon", "points", num(x) + "," + num(top) + " " + num(x + 22) + ","
          + num(top) + " " + num(x + 32) + "," + num(cy) + " " + num(x + 22) + "," + num(top + 10) + " "
          + num(x) + "," + num(top + 10), "fill", "#dddddd", "stroke", "#555555");
      case "unknown-start" -> svg.text("text", "?", "x", num(x + 12), "y", num(cy + 4), "font-weight", "bold",
          "fill", "#555555");
      case "unstated" -> svg.empty("rect", "x", num(x), "y", num(top), "width", "32", "height", "10",
          "fill", "none", "stroke", "#555555", "stroke-dasharray", "2 2");
      case "flag" -> svg.text("text", "\u2691", "x", num(x + 12), "y", num(cy + 4), "fill", ChartSvg.FLAG);
      default -> svg.empty("path", "d", "M" + num(x + 9) + " " + num(cy + 4) + "l4 -8M" + num(x + 15) + " "
          + num(cy + 4) + "l4 -8", "stroke", "#777777", "fill", "none");
    }
  }
}
