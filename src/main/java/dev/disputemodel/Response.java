package dev.disputemodel;

/**
 * "{@code party} {@code response}s {@code subject}", where the subject is a {@link Ruling}
 * ({@link RulingResponse}) or an {@link Agreement} ({@link AgreementResponse}): Venezuela rejects
 * the 1899 award; the Turkish Cypriots accepted the Annan Plan in their referendum of 24 April 2004
 * and the Greek Cypriots rejected it. Said in a claim, a response is a position held over time, and
 * a later response that {@linkplain Claim.Builder#replaces replaces} an earlier one ends it. A party
 * gives one response to a subject at a time: two claims giving different responses of one party to
 * one subject contradict.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface Response extends Proposition permits RulingResponse, AgreementResponse {
  /** Returns the party whose response it is. */
  PartyId party();

  /** Returns the ruling or agreement responded to. */
  EntityId subject();

  /** Returns the response. */
  ResponseKind response();

  /** Returns true if {@code other} is another response of the same party to the same subject. */
  @Override
  default boolean contradicts(Proposition other) {
    return other instanceof Response r
        && r.party().equals(party())
        && r.subject().equals(subject())
        && r.response() != response();
  }
}
