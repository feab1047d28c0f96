package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code party} {@code response}s {@code agreement}": the Turkish Cypriot community's approval of
 * the Annan Plan in its referendum of 24 April 2004 is {@code AgreementResponse(Turkish Cypriots,
 * annan-plan, ACCEPTS)}, the Greek Cypriot community's rejection the same day
 * {@code AgreementResponse(Greek Cypriots, annan-plan, REJECTS)}. The sibling of
 * {@link RulingResponse} for agreements (see {@link Response}): a position held over time, which a
 * later response may replace, and two different responses of one party to one agreement
 * contradict. Who accepts an agreement on a date, as known then, is
 * {@link dev.disputemodel.query.ModelQueries#responsesTo(AgreementId, dev.disputemodel.time.FuzzyTime)}.
 *
 * @param party the party whose response it is; not null
 * @param agreement the agreement responded to; not null
 * @param response the response; not null
 */
public record AgreementResponse(PartyId party, AgreementId agreement, ResponseKind response)
    implements Response {
  /** Rejects nulls. */
  public AgreementResponse {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(response, "response");
  }

  /** Returns the agreement. */
  @Override
  public AgreementId subject() {
    return agreement;
  }

  /** Returns the question "how does the party respond to the agreement": agreement, then party. */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.AGREEMENT_RESPONSE, agreement, party);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("party", party), new Reference("agreement", agreement));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(party) && test.test(agreement);
  }
}
