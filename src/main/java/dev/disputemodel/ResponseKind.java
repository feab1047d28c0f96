package dev.disputemodel;

/** How a party responds to a {@link Ruling}, in a {@link RulingResponse}. */
public enum ResponseKind {
  /** Accepts the ruling as valid and (if it binds) binding on it. */
  ACCEPTS,
  /** Rejects it: holds it null and void, or not binding, or given without jurisdiction. */
  REJECTS,
  /** Neither accepts nor rejects it in words, but acts as if it had not been given. */
  IGNORES;
}
