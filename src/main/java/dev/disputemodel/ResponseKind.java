package dev.disputemodel;

/**
 * How a party responds to a {@link Ruling} or an {@link Agreement}, in a {@link Response}.
 */
public enum ResponseKind {
  /** Accepts the ruling as valid and (if it binds) binding on it, or approves the agreement. */
  ACCEPTS,
  /**
   * Rejects it: holds a ruling null and void, not binding, or given without jurisdiction; votes
   * against or refuses an agreement.
   */
  REJECTS,
  /** Neither accepts nor rejects it in words, but acts as if it had not been given. */
  IGNORES;
}
