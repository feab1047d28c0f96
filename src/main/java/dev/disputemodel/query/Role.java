package dev.disputemodel.query;

/**
 * The role in which a party is involved in a conflict, as an {@link Involvement} records it. The
 * constants are in the order results list them for one party.
 */
public enum Role {
  /** A primary party of a side: it fights (Armenia and Azerbaijan in the 2022 clashes). */
  PRIMARY,
  /** A supporter of a side, with troops, arms, territory or otherwise. */
  SUPPORTER,
  /** A third-party role: broker, mediator, peacekeeper, ... (see {@link dev.disputemodel.Mediator}). */
  MEDIATOR,
  /** A declarer or signatory of one of the conflict's ceasefires. */
  SIGNATORY,
  /** Took part in one of the conflict's recorded events. */
  PARTICIPANT,
  /** Made a claim about the conflict, one of its ceasefires, or anything else named with it. */
  CLAIMANT;
}
