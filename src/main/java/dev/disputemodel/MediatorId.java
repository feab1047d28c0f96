package dev.disputemodel;

/** Identifies a party in a third-party role (broker, mediator, peacekeeper…) in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class MediatorId extends EntityId {
  private MediatorId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static MediatorId of(String value) {
    return new MediatorId(value);
  }
}
