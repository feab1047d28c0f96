package dev.disputemodel;

/**
 * What an {@link Agreement} settles. The first three follow the UCDP Peace Agreement Dataset's
 * types of agreement (full, partial, peace process).
 */
public enum AgreementKind {
  /** The parties settle the whole incompatibility. */
  FULL,
  /** The parties settle part of the incompatibility. */
  PARTIAL,
  /**
   * The parties agree on a process to settle it (talks, a commission) without settling it: the
   * 1966 Geneva Agreement on the Guyana–Venezuela controversy.
   */
  PROCESS,
  /**
   * The forces withdraw or are separated, without the incompatibility being settled: the 1999
   * Kumanovo Military Technical Agreement, the 1974 Israeli–Syrian disengagement agreement.
   */
  MILITARY_TECHNICAL,
  /** Any other agreement, such as a treaty of guarantee. */
  OTHER;
}
