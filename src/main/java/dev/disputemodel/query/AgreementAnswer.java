package dev.disputemodel.query;

import dev.disputemodel.AgreementId;
import dev.disputemodel.Claim;
import dev.disputemodel.PartyId;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.time.Certainty;
import java.util.Objects;

/**
 * One party's response to an agreement in force on a date
 * ({@link ModelQueries#responsesTo(AgreementId, dev.disputemodel.time.FuzzyTime)}): the Greek
 * Cypriots {@code REJECTS} the Annan Plan on 25 April 2004, definitely, by the referendum's result.
 * The sibling of {@link RulingAnswer} for agreements.
 *
 * @param agreement the agreement; not null
 * @param party the party responding; not null
 * @param response how it responds; not null
 * @param claim the claim that states the response; not null
 * @param certainty whether the claim's position is surely ({@code DEFINITELY}) or only possibly
 *     ({@code POSSIBLY}) in force and known on the date; never {@code NOT}; not null
 */
public record AgreementAnswer(
    AgreementId agreement, PartyId party, ResponseKind response, Claim claim, Certainty certainty)
    implements ResponseAnswer {
  /** Rejects nulls. */
  public AgreementAnswer {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(certainty, "certainty");
  }
}
