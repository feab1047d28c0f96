package dev.disputemodel.render;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.EntityId;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a row picture (a timeline, the status of territories): sections of labelled rows,
 * each holding spans, marks and density strips placed on one time axis, with the notes that say
 * what was aggregated or paged. Written as SVG by {@link ChartSvg} and as a Mermaid gantt chart by
 * {@link ChartGantt}.
 *
 * @param prefix the prefix of ids inside the SVG ("tl"), so pictures can share a page
 * @param title the title
 * @param description what the picture shows, in plain text
 * @param sections the sections, in order
 * @param notes what was aggregated or paged, each a sentence
 * @param knownOn the "as known on" date drawn as a line, if any
 * @param range the first and last moment of the axis when the options limit it
 */
record Chart(
    String prefix,
    String title,
    String description,
    List<Section> sections,
    List<String> notes,
    Optional<FuzzyTime> knownOn,
    Optional<Range> range) {
  Chart {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    sections = ImmutableList.copyOf(sections);
    notes = ImmutableList.copyOf(notes);
    Objects.requireNonNull(knownOn, "knownOn");
    Objects.requireNonNull(range, "range");
  }

  /**
   * Returns the moments the time axis must show, in epoch seconds of local time: the earliest and
   * latest moment of every time a shape is placed at, and the latest of the known-on date.
   */
  long[] moments() {
    List<Long> all = new ArrayList<>();
    for (Section s : sections) {
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
    knownOn.ifPresent(t -> all.add(t.latestEpochSecond()));
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static void add(List<Long> all, FuzzyTime t) {
    all.add(t.earliestEpochSecond());
    all.add(t.latestEpochSecond());
  }

  /** An exact span of time, in epoch seconds of local time: {@code [from, until)}. */
  record Range(long from, long until) {}

  /** A headed group of rows. */
  record Section(String heading, List<Row> rows) {
    Section {
      Objects.requireNonNull(heading, "heading");
      rows = ImmutableList.copyOf(rows);
    }
  }

  /**
   * One row: a label in the left column and shapes on the time axis.
   *
   * @param label the row's label (names, never ids)
   * @param tooltip the full text behind the row, its accessible name
   * @param indent 0 for a row, 1 for a row that details the one above it
   * @param flagged true for a contested or diverging row, drawn with a flag
   * @param entity the entity the row shows, if one
   * @param shapes what the row draws
   */
  record Row(
      String label, String tooltip, int indent, boolean flagged, Optional<EntityId> entity,
      List<Shape> shapes) {
    Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(tooltip, "tooltip");
      Objects.requireNonNull(entity, "entity");
      shapes = ImmutableList.copyOf(shapes);
    }
  }

  /** Something drawn on a row. */
  sealed interface Shape permits Span, Point, Density {
    /** Returns how it is drawn. */
    Look look();

    /** Returns the short text drawn beside it, may be empty. */
    String label();

    /** Returns the full text behind it. */
    String tooltip();
  }

  /**
   * A span of time: from {@code start} (empty: not stated) to {@code end} (empty: ongoing); both
   * empty is a period that no source states, drawn across the whole axis.
   */
  record Span(
      Optional<FuzzyTime> start, Optional<FuzzyTime> end, Look look, String label, String tooltip)
      implements Shape {
    Span {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(look, "look");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(tooltip, "tooltip");
    }

    /** Returns true if no source states the period at all. */
    boolean unstated() {
      return start.isEmpty() && end.isEmpty();
    }
  }

  /** A moment known within bounds: a mark, or a whisker from its earliest to its latest. */
  record Point(FuzzyTime time, Look look, String label, String tooltip) implements Shape {
    Point {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(look, "look");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(tooltip, "tooltip");
    }
  }

  /** Many moments in summary: a strip, darker where more of them fall. */
  record Density(List<FuzzyTime> times, Look look, String label, String tooltip) implements Shape {
    Density {
      times = ImmutableList.copyOf(times);
      Objects.requireNonNull(look, "look");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(tooltip, "tooltip");
    }
  }
}
