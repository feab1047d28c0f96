package dev.disputemodel.testing;

/**
 * A kind of fault the {@link FaultInjector} can put into a valid model: at least one per standard
 * rule of the consistency checker ({@code dev.disputemodel.check}) that can fire on a model the
 * builders accept, and one more for each way a rule finds a fault that another kind would not
 * exercise ({@code contested-question} through containment). Each constant names the id of the rule expected to report it ({@link #ruleId()}); the
 * rule ids are those of {@code docs/rules.md}.
 *
 * <p>What each kind injects is described on the constant and in {@code docs/testing.md}.
 */
public enum FaultKind {
  /**
   * Two times of one entity, the later a day and the earlier the month around it, so the later
   * may be before the earlier: a possible inversion, since builders reject definite ones. Drawn
   * from every pair {@code time-order} compares (a relation's, conflict's, supporter's, mediator
   * role's or territory status's period; a party's existence; a ceasefire's times).
   */
  TIME_ORDER("time-order"),
  /** An event of a conflict dated definitely before the conflict's start. */
  OUTSIDE_CONFLICT_PERIOD("outside-conflict-period"),
  /** A cycle of two or three territories whose parent links lead back to the first. */
  HIERARCHY_CYCLE("hierarchy-cycle"),
  /**
   * A cycle of two or three parties whose actsFor links lead back to the first (parties nothing
   * refers to, or added government bodies).
   */
  ACTS_FOR_CYCLE("acts-for-cycle"),
  /**
   * A ceasefire and a new, undated one of its conflict that renews it, while the first recommits
   * to the new one: a cycle of predecessors.
   */
  CHAIN_CYCLE("chain-cycle"),
  /**
   * A cycle of two or three parties (with no proclaimed time, or new states) whose successions
   * lead back to the first.
   */
  SUCCESSION_CYCLE("succession-cycle"),
  /** A primary party of one side added to another side, as a primary party or an arms supporter. */
  PARTY_ON_BOTH_SIDES("party-on-both-sides"),
  /** A primary party of a side added to the same side as a supporter (not with troops). */
  PRIMARY_AND_SUPPORTER("primary-and-supporter"),
  /** A ceasefire signatory who is on no side of the ceasefire's conflict and does not mediate it. */
  SIGNATORY_NOT_PARTY("signatory-not-party"),
  /**
   * An impartial mediator role (not a guarantor or peacekeeper) held by a party that also fights
   * in the conflict as a primary party.
   */
  MEDIATOR_BELLIGERENT("mediator-belligerent"),
  /** A guarantor or peacekeeper role held by a party that also fights in the conflict (INFO). */
  GUARANTOR_OR_PEACEKEEPER_FIGHTS("guarantor-or-peacekeeper-fights"),
  /** An alliance, with no period, between a mediating party and a belligerent of its conflict. */
  MEDIATOR_ALLIED("mediator-allied"),
  /**
   * A conflict type that does not fit the sides: INTRASTATE with state troops supporting a side,
   * else INTERNATIONALIZED_INTRASTATE without them.
   */
  CONFLICT_TYPE("conflict-type"),
  /** A second internationally recognized sovereign, with no period, over a territory. */
  RECOGNIZED_SOVEREIGNS_OVERLAP("recognized-sovereigns-overlap"),
  /** A new claimant (a source in its own voice) denying what an existing claim asserts. */
  CONTESTED_QUESTION("contested-question"),
  /**
   * A new state claiming a new part of a territory whose sovereign a standing position asserts,
   * over the same holding period: contested only because the whole contains the part.
   */
  CONTESTED_THROUGH_CONTAINMENT("contested-question"),
  /** A claimant denying, later and without revising, what its own latest claim on a question said. */
  SELF_CONTRADICTION("self-contradiction"),
  /** A new state withdrawing or replacing a position of another claimant. */
  ENDING_BY_OTHER_CLAIMANT("ending-by-other-claimant"),
  /**
   * A claimant withdrawing one of its positions before it stated it, or with effect before the
   * position is held.
   */
  ENDING_TIME_ORDER("ending-time-order"),
  /** A claim, made after a party's statement on a question, that the party said nothing on it. */
  NO_STATEMENT_CONTRADICTED("no-statement-contradicted"),
  /**
   * A claim that another party is sovereign over a territory, made while the model records a
   * different internationally recognized sovereign; or a claim dating an event, a ruling's issue
   * or a conflict's start definitely before the recorded time; or a claim that a recognizer a
   * status names recognizes another party.
   */
  CLAIM_CONTRADICTS_FACT("claim-contradicts-fact"),
  /**
   * A clash in a ceasefire's conflict, definitely after the ceasefire took effect and before it
   * ended (or, where no time fits, a claim that the ceasefire is violated).
   */
  CEASEFIRE_VIOLATED("ceasefire-violated"),
  /**
   * A source's claim that a ceasefire is in force, naming an agreement that does not contain the
   * ceasefire.
   */
  CEASEFIRE_NOT_IN_AGREEMENT("ceasefire-not-in-agreement"),
  /** One claimant's figure for a party's killed exceeding its own total for the conflict. */
  CASUALTY_PARTS_EXCEED_TOTAL("casualty-parts-exceed-total"),
  /** A new ceasefire recommitting to a dated accord from a day before that accord took effect. */
  SUCCESSOR_BEFORE_PREDECESSOR("successor-before-predecessor"),
  /** A claimant (else a new ruling's court) proclaimed just after the claim was made (the ruling given). */
  ROLE_OUTSIDE_EXISTENCE("role-outside-existence");

  private final String ruleId;

  FaultKind(String ruleId) {
    this.ruleId = ruleId;
  }

  /** Returns the id of the checker rule expected to report this fault, such as "time-order". */
  public String ruleId() {
    return ruleId;
  }
}
