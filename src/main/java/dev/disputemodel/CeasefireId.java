package dev.disputemodel;

/** Identifies a ceasefire in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class CeasefireId extends AccordId {
  private CeasefireId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static CeasefireId of(String value) {
    return new CeasefireId(value);
  }
}
