package dev.disputemodel.render;

/**
 * Estimates how wide a line of text is drawn, for layout without a font engine: the advance
 * widths of DejaVu Sans (the first font pictures ask for; Verdana, the next, is as wide), in
 * thousandths of the font size, with a generous width for characters outside ASCII. Bold text is
 * 14% wider. Labels that do not fit are shortened with an ellipsis, their full text kept in a
 * tooltip.
 */
final class TextWidth {
  private TextWidth() {}

  private static final short[] ASCII = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 600
  };

  /** Returns the width in pixels of {@code text} at {@code size} pixels, plain or bold. */
  static double of(String text, double size, boolean bold) {
    long thousandths = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 32 && c < 127) {
        thousandths += ASCII[c - 32];
      } else if (Character.isLetter(c)) {
        thousandths += 700;
      } else if (!Character.isLowSurrogate(c)) {
        thousandths += 1000;
      }
    }
    return thousandths * size / 1000.0 * (bold ? 1.14 : 1.0);
  }

  /**
   * Returns {@code text}, or its longest prefix followed by an ellipsis that fits within
   * {@code width} pixels; empty when not even the ellipsis fits.
   */
  static String fit(String text, double width, double size, boolean bold) {
    if (of(text, size, bold) <= width) {
      return text;
    }
    String ellipsis = "\u2026";
    int end = text.length();
    while (end > 0) {
      end--;
      if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
      String candidate = text.substring(0, end).stripTrailing() + ellipsis;
      if (of(candidate, size, bold) <= width) {
        return candidate;
      }
    }
    return of(ellipsis, size, bold) <= width ? ellipsis : "";
  }

  /**
   * Returns {@code text} broken into lines at spaces, each at most {@code width} pixels at
   * {@code size} where a word allows (a longer word is shortened with an ellipsis).
   */
  static java.util.List<String> wrap(String text, double width, double size) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String fitted = of(word, size, false) > width ? fit(word, width, size, false) : word;
      if (line.length() == 0) {
        line.append(fitted);
      } else if (of(line + " " + word, size, false) <= width) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(fitted);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
