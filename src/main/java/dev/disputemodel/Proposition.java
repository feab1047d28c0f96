package dev.disputemodel;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a {@link Claim} says, as typed data rather than text: a territorial claim, a casualty
 * report, who struck first, that an attack happened, the state of a ceasefire, a stance, backing
 * of another's account, that a party has said nothing on a question, how a party responds to a
 * ruling or an agreement, how far an agreement went, a time or figure of another entity (when a
 * conflict started, how a ruling was voted), a recognition of a sovereign and a count of
 * recognitions, or what an event or a ruling is (an invasion or a peace operation).
 *
 * <p>Every proposition answers the question named by its {@link #key()}; two propositions with
 * equal keys are about the same thing, and {@link #contradicts} decides from their types alone
 * whether both can be true. Implementations are immutable records.
 */
public sealed interface Proposition
    permits Sovereignty,
        Control,
        Casualties,
        Initiated,
        Attack,
        CeasefireStatus,
        Stance,
        BacksAccount,
        NoStatement,
        Response,
        AgreementStatus,
        FactTime,
        FactFigure,
        Recognizes,
        RecognitionCount,
        Characterization {

  /** Returns the question this proposition answers. */
  PropositionKey key();

  /**
   * Returns true if this proposition and {@code other}, both asserted, cannot both be true.
   * Propositions with different keys never contradict. The relation is symmetric.
   */
  default boolean contradicts(Proposition other) {
    return false;
  }

  /** Returns the ids this proposition refers to, with the component that holds each. */
  List<Reference> references();

  /**
   * Returns true if every id this proposition refers to passes {@code test}: the targets of
   * {@link #references()}, tested in that order and only until one fails, without naming them (as
   * {@link Entity#allTargetsMatch} does for an entity; {@code Claim}'s asks its propositions).
   *
   * @throws NullPointerException if {@code test} is null
   */
  boolean allTargetsMatch(Predicate<? super EntityId> test);
}
