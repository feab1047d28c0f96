package dev.disputemodel.check;

/**
 * How serious a {@link Finding} is, from most to least serious. The order of the constants is
 * the order of a {@link Report}.
 */
public enum Severity {
  /** The model contradicts itself: something in it must be wrong. Reserved for certain findings. */
  ERROR,
  /** Likely a data problem, or a partiality worth knowing (a mediator allied to one side). */
  WARNING,
  /** A documented disagreement in the world (two governments blaming each other). */
  INFO;

  /** Returns true if this severity is {@code other} or more serious: {@code ERROR.isAtLeast(WARNING)}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
