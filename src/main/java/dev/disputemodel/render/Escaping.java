package dev.disputemodel.render;

/**
 * Escaping of model text for each output format: names and descriptions come from users and
 * sources and may hold any character.
 */
final class Escaping {
  private Escaping() {}

  /**
   * Returns {@code text} for XML character data or a double- or single-quoted attribute: the five
   * markup characters as entities, and characters XML 1.0 forbids (most control characters,
   * unpaired surrogates, U+FFFE and U+FFFF) replaced by U+FFFD.
   */
  static String xml(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowedInXml(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
  }

  /**
   * Returns {@code text} as a double-quoted DOT string: backslash and quote escaped, line breaks
   * as DOT's {@code \n}, other control characters dropped.
   */
  static String dot(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c >= 0x20 || c == '\t') {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Returns {@code text} for the inside of a quoted Mermaid label ({@code ["..."]},
   * {@code |"..."|}): the characters Mermaid reads as syntax or markup written as its entity codes
   * ({@code #quot;}, {@code #35;}, ...), line breaks as {@code <br/>}, other control characters
   * dropped.
   */
  static String mermaidLabel(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '`' -> out.append("#96;");
        case '|' -> out.append("#124;");
        case '\n' -> out.append("<br/>");
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code text} for one line of Mermaid that its grammar ends at {@code :}, {@code ;} or
   * {@code #} (a gantt task or section name, a title): those become look-alikes (U+2236 RATIO for
   * the colon, a comma, U+266F for the hash), line breaks become spaces, other control characters
   * are dropped, and the result is trimmed. Never blank: empty text becomes "(unnamed)".
   */
  static String mermaidLine(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ':' -> out.append('\u2236');
        case ';' -> out.append(',');
        case '#' -> out.append('\u266F');
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
    String line = out.toString().trim();
    return line.isEmpty() ? "(unnamed)" : line;
  }

  /**
   * Returns {@code text} as a YAML double-quoted scalar on one line (for Mermaid's front matter):
   * backslash and quote escaped, line breaks as spaces, other control characters dropped.
   */
  static String yamlQuoted(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c >= 0x20) {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
