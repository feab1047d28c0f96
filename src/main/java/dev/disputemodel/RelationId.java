package dev.disputemodel;

/** Identifies a relation between two parties in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class RelationId extends EntityId {
  private RelationId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static RelationId of(String value) {
    return new RelationId(value);
  }
}
