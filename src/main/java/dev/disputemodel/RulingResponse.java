package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code party} {@code kind} {@code ruling}": Venezuela's position since 1962 that the 1899
 * award is "null and void" is {@code RulingResponse(Venezuela, award1899, REJECTS)}; Thaçi calling
 * the 2010 advisory opinion a "historic victory" is an acceptance by Kosovo. A party's responses
 * are positions held over time: a later acceptance that {@linkplain Claim.Builder#replaces
 * replaces} an earlier rejection ends it. Different responses of one party to one ruling
 * contradict.
 *
 * @param party who accepts, rejects or ignores the ruling; not null
 * @param ruling the ruling; not null
 * @param kind the response; not null
 */
public record RulingResponse(PartyId party, RulingId ruling, RulingResponseKind kind)
    implements Proposition {
  /** Rejects nulls. */
  public RulingResponse {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(ruling, "ruling");
    Objects.requireNonNull(kind, "kind");
  }

  /** Returns the question "how does {@code party} respond to {@code ruling}". */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.RULING_RESPONSE, ruling, party);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof RulingResponse r
        && r.party.equals(party) && r.ruling.equals(ruling) && r.kind != kind;
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("party", party), new Reference("ruling", ruling));
  }
}
