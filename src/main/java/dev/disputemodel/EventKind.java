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
  /** Forces landed from the sea or the air on a place held by, or claimed by, another party. */
  LANDING,
  /** Forces entered another party's territory in force. */
  INVASION,
  /** A party took and held a place by force, or began to administer it as an occupier. */
  OCCUPATION,
  /** A party or its forces surrendered. */
  SURRENDER,
  /** An agreement was concluded. */
  AGREEMENT,
  /** Any other event. */
  OTHER;

  /**
   * Returns true for the kinds that are hostilities, the events that belong to the fighting (a
   * clash, an attack, a shelling, a bombing, a landing, an invasion): those that break a ceasefire
   * in effect, and that must lie within the period of their conflict. Every other kind (an
   * occupation, a surrender, a withdrawal, a deployment, an agreement) may follow the end of the
   * fighting.
   */
  public boolean isHostilities() {
    return this == CLASH || this == ATTACK || this == SHELLING || this == BOMBING
        || this == LANDING || this == INVASION;
  }

  /**
   * Returns true for the kinds that may precede the fighting of their conflict, so that the
   * checker does not report them before the conflict's start: an agreement (the 1960 Treaty of
   * Guarantee of Cyprus, fourteen years before the 1974 war) and a deployment (troops massed on
   * a border before an invasion). Every other kind (the hostilities, and what answers them: a
   * withdrawal, an occupation, a surrender; an unclassified event) must not precede the start.
   */
  public boolean mayPrecedeFighting() {
    return this == AGREEMENT || this == DEPLOYMENT;
  }
}
