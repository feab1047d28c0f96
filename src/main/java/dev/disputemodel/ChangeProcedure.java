package dev.disputemodel;

/**
 * How a territory changed hands in a {@link TerritorialChange}: the six procedures of the
 * Correlates of War territorial change data (Tir, Schafer, Diehl &amp; Goertz 1998; the coding
 * manual's "Process of Territorial Change", codes 1 to 6).
 */
public enum ChangeProcedure {
  /** Armed force was the primary agent of the change, even with little or no resistance (1). */
  CONQUEST,
  /**
   * One entity unilaterally extended its sovereignty over another, diplomacy being the primary
   * agent, possibly with an implied threat of force (2).
   */
  ANNEXATION,
  /**
   * Part of an entity was yielded to another by plebiscite, purchase, compensating agreement or as
   * a consequence of hostilities (3); the Alaska purchase of 1867.
   */
  CESSION,
  /** Parts of an entity left it to establish themselves as new independent entities (4). */
  SECESSION,
  /** A new entity was formed out of two or more pre-existing ones (5). */
  UNIFICATION,
  /**
   * The territory was placed under the control of another entity by the League of Nations or the
   * United Nations (6).
   */
  MANDATE;
}
