package dev.disputemodel;

/** The third-party role a {@link Mediator} plays. */
public enum MediatorRole {
  /** Brokered an agreement or ceasefire. */
  BROKER,
  /** Mediated between the parties. */
  MEDIATOR,
  /** Facilitated talks without mediating their substance. */
  FACILITATOR,
  /** Guarantees an agreement. */
  GUARANTOR,
  /** Witnessed the signing of an agreement or ceasefire, without being bound by it. */
  WITNESS,
  /** Keeps the peace with a deployed force. */
  PEACEKEEPER,
  /** Observes or monitors. */
  OBSERVER,
  /** Decides the dispute as an arbiter. */
  ARBITRATOR;
}
