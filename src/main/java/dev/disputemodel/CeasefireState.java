package dev.disputemodel;

/** The state of a ceasefire as a claimant reports it; a ceasefire's state is never a stored field. */
public enum CeasefireState {
  /** In effect and respected. */
  HOLDING,
  /** In effect on paper but broken: hostilities go on. */
  VIOLATED,
  /** No longer in effect. */
  ENDED,
  /** Never took effect. */
  NEVER_IN_EFFECT;
}
