package dev.disputemodel;

/**
 * How a later claim ends the position an earlier claim of the same claimant took (see
 * {@link Ending}).
 */
public enum EndKind {
  /**
   * The claimant gives the position up and takes no other in its place: a state renouncing its
   * claim to the islands by treaty.
   */
  WITHDRAWS,
  /**
   * The claimant's later claim takes the earlier one's place: a corrected casualty figure, a
   * restated border. The later claim's own propositions are the claimant's position from then on.
   */
  REPLACES;
}
