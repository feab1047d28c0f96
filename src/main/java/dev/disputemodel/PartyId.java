package dev.disputemodel;

/** Identifies a party (state, group, body, person…) in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class PartyId extends EntityId {
  private PartyId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static PartyId of(String value) {
    return new PartyId(value);
  }
}
