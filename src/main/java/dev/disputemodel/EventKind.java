package dev.disputemodel;

/** What happened in an {@link Event}. */
public enum EventKind {
  /** Fighting between forces. */
  CLASH,
  /** An attack by one party on another. */
  ATTACK,
  /** Artillery or rocket fire. */
  SHELLING,
  /** Bombing from the air or by artillery on places. */
  BOMBING,
  /** A party withdrew its forces from a place. */
  WITHDRAWAL,
  /** A party or force deployed to a place. */
  DEPLOYMENT,
  /** An agreement was concluded. */
  AGREEMENT,
  /** Any other event. */
  OTHER;

  /**
   * Returns true for the kinds that are hostilities (a clash, an attack, a shelling, a bombing):
   * the events that break a ceasefire in effect.
   */
  public boolean isHostilities() {
    return this == CLASH || this == ATTACK || this == SHELLING || this == BOMBING;
  }
}
