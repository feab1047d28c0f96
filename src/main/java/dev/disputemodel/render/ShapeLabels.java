package dev.disputemodel.render;

import static dev.disputemodel.render.SvgWriter.num;

import java.util.List;

/**
 * Places the labels of a chart row's shapes where they cover neither a mark nor another label:
 * beside the shape, else shortened, else not at all (the shape's tooltip still carries it). The
 * places taken are kept by the caller, one list per row.
 */
final class ShapeLabels {
  private final SvgWriter svg;
  private final TimeAxis axis;

  ShapeLabels(SvgWriter svg, TimeAxis axis) {
    this.svg = svg;
    this.axis = axis;
  }

  /** Places {@code label} right of {@code [from, to]}, else left of it, else leaves it out. */
  void outside(String label, double from, double to, double cy, List<double[]> taken) {
    if (label.isEmpty()) {
      return;
    }
    double w = TextWidth.of(label, ChartSvg.SHAPE_SIZE, false);
    if (to + 6 + w <= axis.right() && free(taken, to + 6, to + 6 + w)) {
      text(label, to + 6, cy, "start", taken);
    } else if (from - 6 - w >= axis.left() && free(taken, from - 6 - w, from - 6)) {
      text(label, from - 6, cy, "end", taken);
    } else if (axis.right() - (to + 6) >= 60 && free(taken, to + 6, axis.right())) {
      text(TextWidth.fit(label, axis.right() - to - 6, ChartSvg.SHAPE_SIZE, false), to + 6, cy, "start", taken);
    } else if (from - 6 - axis.left() >= 60 && free(taken, axis.left(), from - 6)) {
      text(TextWidth.fit(label, from - 6 - axis.left(), ChartSvg.SHAPE_SIZE, false), from - 6, cy, "end", taken);
    }
  }

  /** Places {@code label} from {@code from}, shortened to end before {@code to}, if free. */
  void within(String label, double from, double to, double cy, List<double[]> taken) {
    String fitted = TextWidth.fit(label, to - from - 4, ChartSvg.SHAPE_SIZE, false);
    if (!fitted.isEmpty() && free(taken, from, from + TextWidth.of(fitted, ChartSvg.SHAPE_SIZE, false))) {
      text(fitted, from, cy, "start", taken);
    }
  }

  /** Writes {@code label} at {@code x}, anchored by {@code anchor}, and marks its place taken. */
  void text(String label, double x, double cy, String anchor, List<double[]> taken) {
    double w = TextWidth.of(label, ChartSvg.SHAPE_SIZE, false);
    double from = anchor.equals("end") ? x - w : x;
    taken.add(new double[] {from, from + w});
    svg.text("text", label, "class", "shape-label", "x", num(x), "y", num(cy + 4), "text-anchor", anchor,
        "fill", ChartSvg.INK, "font-size", num(ChartSvg.SHAPE_SIZE), "stroke", "#ffffff", "stroke-width", "3",
        "stroke-linejoin", "round", "paint-order", "stroke");
  }

  /** Returns true if nothing taken lies within 3 pixels of {@code [from, to]}. */
  static boolean free(List<double[]> taken, double from, double to) {
    return taken.stream().noneMatch(t -> from < t[1] + 3 && t[0] - 3 < to);
  }
}
