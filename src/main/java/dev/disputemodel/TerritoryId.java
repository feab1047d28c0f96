package dev.disputemodel;

/** Identifies a territory in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class TerritoryId extends EntityId {
  private TerritoryId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static TerritoryId of(String value) {
    return new TerritoryId(value);
  }
}
