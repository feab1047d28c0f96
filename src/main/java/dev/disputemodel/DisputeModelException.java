package dev.disputemodel;

/**
 * The root of the exceptions this library throws for bad input: an invalid value
 * ({@link InvalidValueException}), a builder missing required attributes
 * ({@link MissingAttributeException}), or a model whose parts do not fit together
 * ({@link InvalidModelException}). Every message names the field and the offending value.
 *
 * <p>Null arguments are rejected with {@link NullPointerException} instead, as in the JDK; its
 * message names the parameter.
 */
public abstract class DisputeModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message, which must name field and value. */
  protected DisputeModelException(String message) {
    super(message);
  }
}
