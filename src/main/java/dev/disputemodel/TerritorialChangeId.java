package dev.disputemodel;

/** Identifies a territorial change in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class TerritorialChangeId extends EntityId {
  private TerritorialChangeId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank or has surrounding white space
   */
  public static TerritorialChangeId of(String value) {
    return new TerritorialChangeId(value);
  }
}
