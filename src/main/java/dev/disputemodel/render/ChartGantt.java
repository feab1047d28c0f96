package dev.disputemodel.render;

import dev.disputemodel.render.Chart.Density;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.FuzzyTime;

/**
 * Writes a {@link Chart} as a Mermaid gantt chart: one section per section, one task per shape,
 * named by its row and label. Mermaid's axis is linear and its tasks have exact ends, so
 * uncertainty is kept in words: a task runs from the earliest to the latest moment its times
 * allow, and its name says the dates as the sources give them ("1980s \u2013 ongoing"). Marks of a
 * day or less are milestones; contested rows are {@code crit}; ongoing spans are {@code active}
 * and run to the end of the axis. The notes become a section of their own.
 */
final class ChartGantt {
  private static final long DAY = 24 * 3600;

  private final Chart chart;
  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final long axisFrom;
  private final long axisUntil;

  private ChartGantt(Chart chart) {
    this.chart = chart;
    long from = Long.MAX_VALUE;
    long until = Long.MIN_VALUE;
    for (Section s : chart.sections()) {
      for (Row r : s.rows()) {
        for (Shape shape : r.shapes()) {
          for (FuzzyTime t : times(shape)) {
            from = Math.min(from, t.earliestEpochSecond());
            until = Math.max(until, t.latestEpochSecond());
          }
        }
      }
    }
    if (chart.range().isPresent()) {
      from = chart.range().get().from() == Long.MIN_VALUE ? from : chart.range().get().from();
      until = chart.range().get().until() == Long.MAX_VALUE ? until : chart.range().get().until();
    }
    if (from > until) {
      from = 0;
      until = DAY;
    }
    this.axisFrom = from;
    this.axisUntil = Math.max(until, from + DAY);
  }

  /** Returns {@code chart} as Mermaid gantt text. */
  static String write(Chart chart) {
    return new ChartGantt(chart).write();
  }

  private static java.util.List<FuzzyTime> times(Shape shape) {
    if (shape instanceof Span s) {
      java.util.List<FuzzyTime> out = new java.util.ArrayList<>();
      s.start().ifPresent(out::add);
      s.end().ifPresent(out::add);
      return out;
    } else if (shape instanceof Point p) {
      return java.util.List.of(p.time());
    }
    return ((Density) shape).times();
  }

  private String write() {
    line("gantt");
    line("  title " + Escaping.mermaidLine(chart.title()));
    line("  accTitle: " + Escaping.mermaidLine(chart.title()));
    line("  accDescr: " + Escaping.mermaidLine(chart.description()));
    line("  dateFormat YYYY-MM-DD HH:mm");
    long span = axisUntil - axisFrom;
    line("  axisFormat " + (span > 3 * 365 * DAY ? "%Y" : span > 60 * DAY ? "%Y-%m" : "%Y-%m-%d"));
    line("  todayMarker off");
    if (!chart.notes().isEmpty()) {
      line("  section Notes");
      for (String note : chart.notes()) {
        task("Note" + '\u2236' + " " + note, "", axisFrom, axisUntil);
      }
    }
    for (Section section : chart.sections()) {
      line("  section " + Escaping.mermaidLine(section.heading()));
      for (Row row : section.rows()) {
        for (Shape shape : row.shapes()) {
          shape(row, shape);
        }
      }
    }
    return out.toString();
  }

  private void shape(Row row, Shape shape) {
    String name = row.label() + (shape.label().isEmpty() || shape.label().equals(row.label()) ? "" : " \u2013 " + shape.label());
    String tags = row.flagged() ? "crit" : "";
    if (shape instanceof Span s) {
      long from = s.start().map(FuzzyTime::earliestEpochSecond).orElse(axisFrom);
      long until = s.end().map(FuzzyTime::latestEpochSecond).orElse(axisUntil);
      if (s.unstated()) {
        name += " (period not stated)";
      } else if (s.end().isEmpty()) {
        tags = join(tags, "active");
      }
      task(name, tags, from, until);
    } else if (shape instanceof Point p) {
      long from = p.time().earliestEpochSecond();
      long until = p.time().latestEpochSecond();
      if (until - from <= DAY) {
        line("    " + Escaping.mermaidLine(name) + " :" + join(tags, "milestone") + ", "
            + Dates.gantt(clamp(from)) + ", 0d");
      } else {
        task(name, tags, from, until);
      }
    } else {
      Density d = (Density) shape;
      long from = d.times().stream().mapToLong(FuzzyTime::earliestEpochSecond).min().orElse(axisFrom);
      long until = d.times().stream().mapToLong(FuzzyTime::latestEpochSecond).max().orElse(axisUntil);
      task(name, tags, from, until);
    }
  }

  private void task(String name, String tags, long from, long until) {
    long f = clamp(from);
    long u = Math.max(clamp(until), f + 60);
    line("    " + Escaping.mermaidLine(name) + " :" + (tags.isEmpty() ? "" : tags + ", ")
        + Dates.gantt(f) + ", " + Dates.gantt(u));
  }

  private long clamp(long t) {
    return Math.max(axisFrom, Math.min(axisUntil, t));
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + ", " + b;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
