package dev.disputemodel;

/**
 * How far an {@link Agreement} got: proposed, signed, in force, ended, or never in force. The
 * furthest stage the model records is {@link Agreement#stage()}; a claim that an agreement reached
 * a stage (or never did) is an {@link AgreementStatus}. The Annan Plan for Cyprus was
 * {@link #PROPOSED} by the UN Secretary-General and, rejected in the Greek Cypriot referendum of
 * 24 April 2004, {@link #NEVER_IN_FORCE}; the Port of Spain Protocol was {@link #ENDED} in 1982 by
 * its UN registration and {@link #NEVER_IN_FORCE} by another account.
 */
public enum AgreementStage {
  /** Put forward by a proposer (a party or a mediator), not signed. */
  PROPOSED,
  /**
   * Signed, with no entry into force recorded. The in-force queries take a signed agreement to be
   * in force from its signature ({@link Accord#takesEffect()}) unless it is {@link #NEVER_IN_FORCE}.
   */
  SIGNED,
  /** Entered into force. */
  IN_FORCE,
  /** Was in force and ended. */
  ENDED,
  /** Will never enter into force: rejected, abandoned, or lapsed unratified. */
  NEVER_IN_FORCE;

  /**
   * Returns true if an agreement cannot have reached both stages: {@link #NEVER_IN_FORCE} excludes
   * {@link #IN_FORCE} and {@link #ENDED} (an agreement that ended was in force). Proposed and signed
   * exclude nothing, since an agreement passes through them. Symmetric.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public boolean excludes(AgreementStage other) {
    return switch (other) {
      case NEVER_IN_FORCE -> this == IN_FORCE || this == ENDED;
      case IN_FORCE, ENDED -> this == NEVER_IN_FORCE;
      case PROPOSED, SIGNED -> false;
    };
  }

  /** Returns true for {@link #IN_FORCE} and {@link #ENDED}: the agreement was in force at some time. */
  public boolean wasInForce() {
    return this == IN_FORCE || this == ENDED;
  }
}
