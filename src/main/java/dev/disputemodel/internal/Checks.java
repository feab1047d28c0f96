package dev.disputemodel.internal;

import dev.disputemodel.InvalidValueException;
import java.util.Optional;

/** Invariant checks shared by the value types; each throws {@link InvalidValueException}. */
public final class Checks {
  private Checks() {}

  /** Throws unless {@code value} has a non-whitespace character and no surrounding blanks. */
  public static String text(String type, String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(type, field, value, "must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidValueException(
          type, field, value, "must not begin or end with white space");
    }
    return value;
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
