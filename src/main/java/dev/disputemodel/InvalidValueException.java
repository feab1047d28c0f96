package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks invariants of its type, for example an estimate whose low exceeds
 * its best, or a blank name. Every broken invariant of the object is reported together
 * ({@link #violations()}), not only the first; nothing is built when it is thrown.
 *
 * <p>With one violation the message has the form {@code Type.field = value: reason}, for example
 * {@code Estimate.low = 60: must not exceed best (50)}; with several it is {@code N problems:}
 * followed by one such line per violation. {@link #type()}, {@link #field()} and {@link #value()}
 * describe the first violation.
 */
public final class InvalidValueException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  /** Every violation, in the order the invariants were checked; never empty. */
  private final transient ImmutableList<Violation> violations;

  /**
   * One broken invariant: which type, which attribute, which value, and why.
   *
   * @param type simple name of the type being built; not null
   * @param field name of the offending attribute; not null
   * @param value the offending value as text (strings quoted); not null
   * @param reason what is wrong, as a phrase ("must not be blank"); not null
   */
  public record Violation(String type, String field, String value, String reason) {
    /** Rejects nulls. */
    public Violation {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the violation of {@code type.field} by {@code value}.
     *
     * @param value the offending value (its {@code toString} is kept, strings quoted); may be null
     */
    public static Violation of(String type, String field, Object value, String reason) {
      return new Violation(type, field, render(value), reason);
    }

    /** Returns {@code Type.field = value: reason}. */
    @Override
    public String toString() {
      return type + "." + field + " = " + value + ": " + reason;
    }
  }

  /**
   * Creates an exception for {@code type.field} holding {@code value}.
   *
   * @param type simple name of the type being built, not null
   * @param field name of the offending attribute, not null
   * @param value the offending value (its {@code toString} is kept), may be null
   * @param reason what is wrong, as a phrase ("must not be blank"), not null
   */
  public InvalidValueException(String type, String field, Object value, String reason) {
    this(List.of(Violation.of(type, field, value, reason)));
  }

  /**
   * Creates an exception reporting every violation given.
   *
   * @param violations every broken invariant of one object, in the order checked; not null, not
   *     empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /** Returns every broken invariant of the object, in the order checked; never empty. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** Returns the simple name of the type whose invariant failed (the first violation's). */
  public String type() {
    return violations.get(0).type();
  }

  /** Returns the name of the attribute that holds the offending value (the first violation's). */
  public String field() {
    return violations.get(0).field();
  }

  /** Returns the offending value as text, strings quoted (the first violation's). */
  public String value() {
    return violations.get(0).value();
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs a violation");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.size() + " problems:\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }

  private static String render(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
