package dev.disputemodel.internal;

import java.util.Objects;

/**
 * A minimal JSON writer for the core, which must not depend on Jackson: compact output (no
 * white space between tokens), strings escaped as RFC 8259 requires. Callers are responsible
 * for well-formed nesting; the writer only inserts commas. Not thread-safe; one per document.
 */
public final class Json {
  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

  /** Starts an object: {@code {}. */
  public Json beginObject() {
    comma();
    out.append('{');
    needsComma = false;
    return this;
  }

  /** Ends an object: {@code }}. */
  public Json endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  /** Starts an array: {@code [}. */
  public Json beginArray() {
    comma();
    out.append('[');
    needsComma = false;
    return this;
  }

  /** Ends an array: {@code ]}. */
  public Json endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  /** Writes a member name inside an object; the next call writes its value. */
  public Json name(String name) {
    comma();
    quote(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  /** Writes a string value. */
  public Json value(String value) {
    comma();
    quote(value);
    needsComma = true;
    return this;
  }

  /** Writes a number value. */
  public Json value(long value) {
    comma();
    out.append(value);
    needsComma = true;
    return this;
  }

  /** Writes {@code null}. */
  public Json nullValue() {
    comma();
    out.append("null");
    needsComma = true;
    return this;
  }

  /** Returns the text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Returns {@code text} as a JSON string literal, quotes included: {@code "}, {@code \} and
   * control characters below U+0020 are escaped ({@code \n}, {@code \t} etc. by name, others as
   * {@code \}{@code u00XX}); U+2028 and U+2029 are escaped too, so the output is also valid
   * JavaScript. Every other character, including non-ASCII, is written as is.
   */
  public static String quoted(String text) {
    return new Json().value(text).toString();
  }

  private void comma() {
    if (needsComma) {
      out.append(',');
    }
  }

  private void quote(String s) {
    Objects.requireNonNull(s, "s");
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\u2028':
        case '\u2029':
          out.append(String.format("\\u%04x", (int) c));
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
