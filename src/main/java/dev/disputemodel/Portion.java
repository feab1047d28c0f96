package dev.disputemodel;

/** Whether a {@link TerritorialChange} transferred the whole of a territory or a part of it. */
public enum Portion {
  /** The entire territory changed hands. */
  WHOLE,
  /** Only a part of it changed hands. */
  PART;
}
