package dev.disputemodel;

import java.util.Objects;

/**
 * Thrown when one value breaks an invariant of its type, for example an estimate whose low
 * exceeds its best, or a blank name. Nothing is built when it is thrown.
 *
 * <p>The message has the form {@code Type.field = value: reason}, for example
 * {@code Estimate.low = 60: must not exceed best (50)}.
 */
public final class InvalidValueException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type being built. */
  private final String type;
  /** The name of the offending attribute. */
  private final String field;
  /** The offending value, as text. */
  private final String value;

  /**
   * Creates an exception for {@code type.field} holding {@code value}.
   *
   * @param type simple name of the type being built, not null
   * @param field name of the offending attribute, not null
   * @param value the offending value (its {@code toString} is kept), may be null
   * @param reason what is wrong, as a phrase ("must not be blank"), not null
   */
  public InvalidValueException(String type, String field, Object value, String reason) {
    super(type + "." + field + " = " + render(value) + ": " + reason);
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
    this.value = render(value);
  }

  /** Returns the simple name of the type whose invariant failed. */
  public String type() {
    return type;
  }

  /** Returns the name of the attribute that holds the offending value. */
  public String field() {
    return field;
  }

  /** Returns the offending value as text (strings quoted). */
  public String value() {
    return value;
  }

  private static String render(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
