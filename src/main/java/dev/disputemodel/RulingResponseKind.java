package dev.disputemodel;

/** How a party responds to a {@link Ruling} in a {@link RulingResponse}. */
public enum RulingResponseKind {
  /** The party accepts the ruling as valid and binding on it (or, for an advisory one, as right). */
  ACCEPTS,
  /** The party rejects it: holds it null and void, or refuses to be bound by it. */
  REJECTS,
  /** The party neither accepts nor rejects it: it does not take part, does not answer, acts as if it had not been given. */
  IGNORES;
}
