package dev.disputemodel;

/** Identifies a conflict or one of its episodes in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class ConflictId extends EntityId {
  private ConflictId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static ConflictId of(String value) {
    return new ConflictId(value);
  }
}
