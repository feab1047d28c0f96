package dev.disputemodel;

/** Identifies a ruling in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class RulingId extends EntityId {
  private RulingId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static RulingId of(String value) {
    return new RulingId(value);
  }
}
