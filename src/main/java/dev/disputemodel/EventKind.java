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
  /**
   * A government was overthrown or seized by force or the threat of it: the coup against
   * President Makarios in Cyprus on 15 July 1974. Its participants are who carried it out and
   * who was overthrown.
   */
  COUP,
  /**
   * A party proclaimed something: a state its independence (Kosovo on 17 February 2008, the
   * Turkish Republic of Northern Cyprus on 15 November 1983), a government its authority. The
   * proclaiming party is a participant; the new party's own {@link Party#proclaimed()} time says
   * when it came into being.
   */
  PROCLAMATION,
  /**
   * A referendum was held: the Annan Plan referendums in both Cypriot communities on 24 April
   * 2004. Its results are {@link Event#results()}.
   */
  REFERENDUM,
  /** An election was held; its results, where sources give them, are {@link Event#results()}. */
  ELECTION,
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
   * Guarantee of Cyprus, fourteen years before the 1974 war), a deployment (troops massed on a
   * border before an invasion), and the political events a conflict grows from: a coup (Cyprus,
   * 15 July 1974, five days before the landing), a proclamation, a referendum, an election. Every
   * other kind (the hostilities, and what answers them: a withdrawal, an occupation, a surrender;
   * an unclassified event) must not precede the start.
   */
  public boolean mayPrecedeFighting() {
    return this == AGREEMENT || this == DEPLOYMENT || this == COUP || this == PROCLAMATION
        || this == REFERENDUM || this == ELECTION;
  }

  /** Returns true for the kinds that have vote results ({@link Event#results()}): a referendum or an election. */
  public boolean isVote() {
    return this == REFERENDUM || this == ELECTION;
  }
}
