package dev.disputemodel.render;

import java.util.Objects;

/**
 * Writes SVG markup: elements with attributes given as name-value pairs, every value and text
 * XML-escaped, numbers to a tenth of a pixel without locale or trailing zeros. The document
 * opens with the accessible title and description every picture carries.
 */
final class SvgWriter {
  static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private int depth;

  /**
   * Starts a document {@code width} by {@code height} pixels whose {@code <title>} and
   * {@code <desc>} (ids {@code prefix-title}, {@code prefix-desc}) label it for assistive
   * technology; a white background fills it.
   */
  SvgWriter(String prefix, double width, double height, String title, String description) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1",
        "width", num(width), "height", num(height), "viewBox", "0 0 " + num(width) + " " + num(height),
        "role", "img", "aria-labelledby", prefix + "-title " + prefix + "-desc",
        "font-family", FONT, "font-size", "12");
    text("title", title, "id", prefix + "-title");
    text("desc", description, "id", prefix + "-desc");
    empty("rect", "width", num(width), "height", num(height), "fill", "#ffffff");
  }

  /** Opens {@code name} with attributes {@code attributes} (name, value, name, value, ...). */
  SvgWriter open(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  /** Closes the element {@code name} opened last. */
  SvgWriter close(String name) {
    depth--;
    indent().append("</").append(name).append(">\n");
    return this;
  }

  /** Writes an empty element. */
  SvgWriter empty(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** Writes an element holding only {@code text}. */
  SvgWriter text(String name, String text, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append('>').append(Escaping.xml(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Writes a {@code <title>} (a tooltip and the accessible name of its parent element). */
  SvgWriter tooltip(String text) {
    return text("title", text);
  }

  /** Closes the document and returns it. */
  String finish() {
    close("svg");
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name-value pairs: " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"")
          .append(Escaping.xml(Objects.requireNonNull(attributes[i + 1], attributes[i]))).append('"');
    }
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      out.append(' ');
    }
    return out;
  }

  /** Returns {@code value} rounded to a tenth, without a trailing ".0" and never "-0". */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths == 0) {
      return "0";
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }
}
