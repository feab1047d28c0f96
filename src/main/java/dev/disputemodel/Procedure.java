package dev.disputemodel;

/** The procedural questions a {@link ProceduralDecision} answers before the merits of a case. */
public enum Procedure {
  /** Whether the body has jurisdiction to decide the dispute. */
  JURISDICTION,
  /** Whether the claim or application is admissible. */
  ADMISSIBILITY;
}
