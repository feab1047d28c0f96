package dev.disputemodel;

/**
 * The state of a ceasefire as a claimant reports it; a ceasefire's state is never a stored field.
 *
 * <p>Two states of one ceasefire contradict unless one of them is {@link #IN_FORCE} and the other
 * says the ceasefire is in effect ({@link #HOLDING} or {@link #VIOLATED}): a ceasefire can be
 * violated and remain in force, as the UN says of the 1974 Golan ceasefire (UNDOF reports
 * violations; the Security Council asks both parties to comply with it). Respected
 * ({@code HOLDING}) and broken ({@code VIOLATED}) still contradict: Russia's "a swift ceasefire"
 * against Armenia's "attacks continue" is the reference story's contested question.
 */
public enum CeasefireState {
  /** In effect and respected: the fighting stopped. */
  HOLDING,
  /** In effect on paper but broken: hostilities go on. */
  VIOLATED,
  /**
   * In effect (binding on its parties), whether respected or broken: "the parties must fully
   * comply with the agreement". Compatible with {@link #HOLDING} and {@link #VIOLATED}.
   */
  IN_FORCE,
  /** No longer in effect. */
  ENDED,
  /** Never took effect. */
  NEVER_IN_EFFECT;

  /** Returns true if this state says the ceasefire is in effect: holding, violated or in force. */
  public boolean isInEffect() {
    return this == HOLDING || this == VIOLATED || this == IN_FORCE;
  }

  /**
   * Returns true if a ceasefire cannot be in this state and in {@code other} at once: different
   * states exclude each other, except {@link #IN_FORCE} with a state that says the ceasefire is in
   * effect. Symmetric.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public boolean excludes(CeasefireState other) {
    if (this == other) {
      return false;
    }
    return !((this == IN_FORCE && other.isInEffect()) || (other == IN_FORCE && isInEffect()));
  }
}
