package dev.disputemodel;

/** Identifies an agreement in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class AgreementId extends AccordId {
  private AgreementId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }
}
