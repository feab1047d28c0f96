package dev.disputemodel;

/** Whether a {@link Claim} asserts its propositions or denies them. */
public enum Polarity {
  /** The claimant says the propositions are true. */
  ASSERTS,
  /** The claimant says each proposition is false. */
  DENIES;
}
