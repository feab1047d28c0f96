package dev.disputemodel.query;

import dev.disputemodel.Claim;
import dev.disputemodel.PartyId;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.time.Certainty;

/**
 * One party's response to a ruling or an agreement, in force on a date: what
 * {@link RulingAnswer} and {@link AgreementAnswer} share, so that code listing who accepts or
 * rejects either reads them alike. Every accessor is non-null.
 */
public sealed interface ResponseAnswer permits RulingAnswer, AgreementAnswer {
  /** Returns the party responding. */
  PartyId party();

  /** Returns how it responds. */
  ResponseKind response();

  /** Returns the claim that states the response. */
  Claim claim();

  /**
   * Returns whether the claim's position is surely ({@code DEFINITELY}) or only possibly
   * ({@code POSSIBLY}) in force and known on the date; never {@code NOT}.
   */
  Certainty certainty();
}
