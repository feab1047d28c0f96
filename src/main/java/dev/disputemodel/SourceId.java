package dev.disputemodel;

/** Identifies a source (report, statement, dataset release) in a {@link DisputeModel}. Immutable; see {@link EntityId}. */
public final class SourceId extends EntityId {
  private SourceId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if {@code value} is blank, has surrounding white space, or
   *     holds a control character or a lone surrogate ({@link EntityId})
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }
}
