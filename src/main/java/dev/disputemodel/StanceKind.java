package dev.disputemodel;

/** The kind of position a party takes in a {@link Stance}. */
public enum StanceKind {
  /** Condemns the hostilities. */
  CONDEMNATION,
  /** Says there can be no military solution. */
  NO_MILITARY_SOLUTION,
  /** Says the dispute must be resolved by diplomatic and political means. */
  DIPLOMATIC_RESOLUTION,
  /** Calls on the addressee to stop an action ("stop its provocations"). */
  CALL_TO_DESIST,
  /** Calls for negotiations. */
  CALL_FOR_NEGOTIATIONS,
  /** Declares support for the addressee. */
  SUPPORT,
  /** Another stance. */
  OTHER;
}
