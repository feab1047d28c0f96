package dev.disputemodel;

/** The UCDP type of conflict, by who fights whom. */
public enum ConflictType {
  /** A state against a non-state group outside its territory (colonial conflicts). */
  EXTRASYSTEMIC,
  /** States on both sides. */
  INTERSTATE,
  /** A government against internal opposition, with no foreign state sending troops. */
  INTRASTATE,
  /** An intrastate conflict in which another state supports a side with troops. */
  INTERNATIONALIZED_INTRASTATE;
}
