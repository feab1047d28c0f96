package dev.disputemodel;

/** Identifies a claim in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class ClaimId extends EntityId {
  private ClaimId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }
}
