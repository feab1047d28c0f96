package dev.disputemodel;

/** How one party stands to another in a {@link PartyRelation}; relations are directed (from, to). */
public enum RelationKind {
  /** An ally: Russia is an ally of Armenia. */
  ALLY_OF,
  /** Close ties short of an alliance: Turkey has ties to Azerbaijan. */
  HAS_TIES_TO,
  /** Supports politically, diplomatically or materially. */
  BACKS,
  /** A member of an organization or alliance. */
  MEMBER_OF,
  /** In a hostile relationship with. */
  HOSTILE_TO,
  /** A constituent part of (a body of a state, a unit of a force). */
  PART_OF;
}
