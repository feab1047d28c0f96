package dev.disputemodel;

/** What a casualty figure counts. */
public enum CasualtyKind {
  /** Dead. */
  KILLED,
  /** Wounded. */
  WOUNDED,
  /** Missing. */
  MISSING,
  /** Casualties without saying whether dead or wounded (the Azerbaijani ministry's "50 casualties"). */
  UNSPECIFIED;
}
