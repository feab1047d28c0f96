package dev.disputemodel.internal;

import dev.disputemodel.InvalidValueException;
import java.util.Optional;

/** Invariant checks shared by the value types; each throws {@link InvalidValueException}. */
public final class Checks {
  private Checks() {}

  /**
   * Throws unless {@code value} has a non-whitespace character, no surrounding blanks, no lone
   * surrogate (which no encoding can write) and no control character other than tab, line feed
   * and carriage return (which quotes and citations may hold).
   */
  public static String text(String type, String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(type, field, value, "must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidValueException(
          type, field, value, "must not begin or end with white space");
    }
    characters(type, field, value, false);
    return value;
  }

  /**
   * Throws if {@code value} holds a lone surrogate, or a control character (U+0000 to U+001F,
   * U+007F to U+009F) other than tab, line feed and carriage return; with {@code noControls}, any
   * control character at all.
   */
  public static void characters(String type, String field, String value, boolean noControls) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || (c >= 0x7F && c <= 0x9F)) {
        if (noControls || !(c == '\t' || c == '\n' || c == '\r')) {
          throw new InvalidValueException(type, field, value, String.format(
              "must not contain the control character U+%04X (at index %d)", (int) c, i));
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw new InvalidValueException(type, field, value, String.format(
              "must not contain a lone surrogate U+%04X (at index %d)", (int) c, i));
        }
      }
    }
  }

  /** Applies {@link #text} to an optional value when present. */
  public static void text(String type, String field, Optional<String> value) {
    value.ifPresent(v -> text(type, field, v));
  }

  /** Throws with {@code reason} unless {@code condition} holds. */
  public static void check(
      boolean condition, String type, String field, Object value, String reason) {
    if (!condition) {
      throw new InvalidValueException(type, field, value, reason);
    }
  }
}
