package dev.disputemodel.render;

import static dev.disputemodel.render.SvgWriter.num;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of every SVG picture: its title, its description wrapped to the width, and its notes
 * (what was aggregated, collapsed or paged) in italics, so the picture itself says so.
 */
final class Header {
  static final double MARGIN = 16;
  private static final double LINE = 16;
  private static final double SIZE = 12;

  private final String title;
  private final List<String> description;
  private final List<String> notes;

  private Header(String title, List<String> description, List<String> notes) {
    this.title = title;
    this.description = description;
    this.notes = notes;
  }

  /** Returns the header of a picture {@code width} pixels wide. */
  static Header of(String title, String description, List<String> notes, double width) {
    double textWidth = width - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    notes.forEach(n -> lines.addAll(TextWidth.wrap("Note: " + n, textWidth, SIZE)));
    return new Header(title, TextWidth.wrap(description, textWidth, SIZE), lines);
  }

  /** Returns the y just below the header. */
  double bottom() {
    return 52 + LINE * (description.size() + notes.size()) - 10;
  }

  /** Draws the header. */
  void draw(SvgWriter svg) {
    svg.text("text", title, "class", "picture-title", "x", num(MARGIN), "y", "30", "font-size", "18",
        "font-weight", "bold", "fill", "#1a1a1a");
    double y = 52;
    for (String line : description) {
      svg.text("text", line, "class", "description", "x", num(MARGIN), "y", num(y), "fill", "#333333");
      y += LINE;
    }
    for (String line : notes) {
      svg.text("text", line, "class", "note", "x", num(MARGIN), "y", num(y), "fill", "#8a4b00",
          "font-style", "italic");
      y += LINE;
    }
  }
}
