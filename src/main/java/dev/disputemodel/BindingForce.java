package dev.disputemodel;

/**
 * Whether a {@link Ruling} binds the parties, as the model records it. A source may state it (an
 * award binds by the treaty that set up the arbitration; an advisory opinion does not), or no
 * source reached may: Security Council resolution 186 (1964) is recorded {@link #UNSTATED}. Claims
 * that contest a ruling's binding force are {@link Characterization}s of aspect
 * {@link CharacterAspect#LEGAL_FORCE}.
 */
public enum BindingForce {
  /** A source states that it binds the parties. */
  BINDING,
  /** A source states that it does not bind: advisory, a recommendation. */
  NOT_BINDING,
  /** No source reached states whether it binds. */
  UNSTATED;
}
