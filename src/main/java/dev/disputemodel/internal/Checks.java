package dev.disputemodel.internal;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.InvalidValueException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Invariant checks shared by the value types. The static methods throw
 * {@link InvalidValueException} at the first violation; an instance ({@link #of}) collects every
 * violation of one object and throws them together from {@link #done()}, so that a caller learns
 * everything wrong with the object at once.
 *
 * <p>Instances are mutable and used by one thread, inside one check method.
 */
public final class Checks {
  private final String type;
  /** Made at the first violation: most objects checked have none. */
  private @Nullable List<Violation> violations;

  private Checks(String type) {
    this.type = type;
  }

  /** Returns a collector of the violations of one object of {@code type}. */
  public static Checks of(String type) {
    return new Checks(type);
  }

  /**
   * Throws unless {@code value} has a non-whitespace character, no surrounding blanks, no lone
   * surrogate (which no encoding can write) and no control character other than tab, line feed
   * and carriage return (which quotes and citations may hold).
   */
  public static String text(String type, String field, String value) {
    trimmed(type, field, value);
    characters(type, field, value, false);
    return value;
  }

  /**
   * Throws unless {@code value} has a non-whitespace character and no surrounding blanks; any
   * character is allowed. For text the library writes itself, such as a finding's message, which
   * may quote anything and is escaped wherever it is written.
   */
  public static String trimmed(String type, String field, String value) {
    String reason = textProblem(value);
    if (reason != null) {
      throw new InvalidValueException(type, field, value, reason);
    }
    return value;
  }

  /**
   * Throws if {@code value} holds a lone surrogate, or a control character (U+0000 to U+001F,
   * U+007F to U+009F) other than tab, line feed and carriage return; with {@code noControls}, any
   * control character at all.
   */
  public static void characters(String type, String field, String value, boolean noControls) {
    String reason = characterProblem(value, noControls);
    if (reason != null) {
      throw new InvalidValueException(type, field, value, reason);
    }
  }

  private static @Nullable String characterProblem(String value, boolean noControls) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || (c >= 0x7F && c <= 0x9F)) {
        if (noControls || !(c == '\t' || c == '\n' || c == '\r')) {
          return String.format(
              "must not contain the control character U+%04X (at index %d)", (int) c, i);
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return String.format("must not contain a lone surrogate U+%04X (at index %d)", (int) c, i);
        }
      }
    }
    return null;
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

  /** Records a violation unless {@code value} is text as {@link #text(String, String, String)} asks. */
  public Checks text(String field, String value) {
    String reason = textProblem(value);
    if (reason == null) {
      reason = characterProblem(value, false);
    }
    if (reason != null) {
      violations().add(Violation.of(type, field, value, reason));
    }
    return this;
  }

  /** Applies {@link #text(String, String)} to an optional value when present. */
  public Checks text(String field, Optional<String> value) {
    return value.isPresent() ? text(field, value.get()) : this; // no lambda: runs for every object
  }

  /** Applies {@link #text(String, String)} to each value. */
  public Checks texts(String field, Iterable<String> values) {
    values.forEach(v -> text(field, v));
    return this;
  }

  /** Records a violation with {@code reason} unless {@code condition} holds. */
  public Checks check(boolean condition, String field, Object value, String reason) {
    if (!condition) {
      violations().add(Violation.of(type, field, value, reason));
    }
    return this;
  }

  private List<Violation> violations() {
    if (violations == null) {
      violations = new ArrayList<>(2);
    }
    return violations;
  }

  /** Runs a check that throws, recording the violations it throws instead of stopping. */
  public Checks all(Runnable check) {
    try {
      check.run();
    } catch (InvalidValueException e) {
      violations().addAll(e.violations());
    }
    return this;
  }

  /** Throws every violation recorded, if any, in one {@link InvalidValueException}. */
  public void done() {
    if (violations != null) {
      throw new InvalidValueException(violations);
    }
  }

  private static @Nullable String textProblem(String value) {
    if (value.isBlank()) {
      return "must not be blank";
    }
    if (!value.strip().equals(value)) {
      return "must not begin or end with white space";
    }
    return characterProblem(value, false);
  }
}
