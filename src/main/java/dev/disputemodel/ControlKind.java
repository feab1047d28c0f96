package dev.disputemodel;

/** How a party holds a territory in a {@link ControlStatus}. */
public enum ControlKind {
  /** Exercises effective military control. */
  CONTROLS,
  /** Governs and administers. */
  ADMINISTERS,
  /** Holds by military occupation, against the recognized sovereign. */
  OCCUPIES;
}
