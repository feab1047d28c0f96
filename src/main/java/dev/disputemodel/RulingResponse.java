package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code party} {@code response}s {@code ruling}": Venezuela's position since February 1962 that
 * the 1899 arbitral award is null and void is {@code RulingResponse(Venezuela, award-1899,
 * REJECTS)}; Kosovo's welcome of the 2010 advisory opinion as a "historic victory" is
 * {@code RulingResponse(Kosovo, icj-2010, ACCEPTS)}. Said in a claim, the response is a position
 * held over time: a later acceptance that {@linkplain Claim.Builder#replaces replaces} an earlier
 * rejection ends it. Who accepts a ruling on a date, as known then, is
 * {@link dev.disputemodel.query.ModelQueries#responsesTo}.
 *
 * <p>The sibling for agreements is {@link AgreementResponse}; both are {@link Response}s. A party
 * gives one response to a ruling at a time, so two claims giving different responses of
 * the same party to the same ruling contradict (Guyana's "Venezuela accepted the award until 1962"
 * against Venezuela's "Venezuela always protested it").
 *
 * @param party the party whose response it is; not null
 * @param ruling the ruling responded to; not null
 * @param response the response; not null
 */
public record RulingResponse(PartyId party, RulingId ruling, ResponseKind response)
    implements Response {
  /** Rejects nulls. */
  public RulingResponse {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(ruling, "ruling");
    Objects.requireNonNull(response, "response");
  }

  /** Returns the ruling. */
  @Override
  public RulingId subject() {
    return ruling;
  }

  /** Returns the question "how does the party respond to the ruling": ruling, then party. */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.RULING_RESPONSE, ruling, party);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("party", party), new Reference("ruling", ruling));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(party) && test.test(ruling);
  }
}
