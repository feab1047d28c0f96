package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingResponseKind;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Objects;

/**
 * Who accepts, rejects or ignores a ruling on a date: the {@link dev.disputemodel.RulingResponse}
 * claims about it whose positions are possibly in force then
 * ({@link dev.disputemodel.DisputeModel#inForce}), as known now or on a given date. A rejection
 * that a later acceptance by the same speaker {@linkplain Claim.Builder#replaces replaces} is in
 * force until the acceptance takes effect, and not after.
 *
 * @param ruling the ruling; not null
 * @param responses the responses in force, in model order of their claims
 */
public record RulingResponses(Ruling ruling, List<Response> responses) {
  /** Copies the list; rejects nulls. */
  public RulingResponses {
    Objects.requireNonNull(ruling, "ruling");
    responses = ImmutableList.copyOf(responses);
  }

  /**
   * One party's response to the ruling as one claim states it.
   *
   * @param party the party that responds; not null
   * @param kind accepts, rejects or ignores; not null
   * @param polarity ASSERTS, or DENIES when the claim denies the party responds so; not null
   * @param claim the claim; not null
   * @param speaker who speaks in the claim (the party itself, or another that reports it); not null
   * @param inForce DEFINITELY or POSSIBLY: how surely the claim's position is in force on the date
   */
  public record Response(PartyId party, RulingResponseKind kind, Polarity polarity, Claim claim,
      EntityId speaker, Certainty inForce) {
    /** Rejects nulls. */
    public Response {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(polarity, "polarity");
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(inForce, "inForce");
    }
  }

  /**
   * Returns the parties that, by an asserted response in force with at least {@code required}
   * certainty (DEFINITELY, or POSSIBLY for any in force), respond with {@code kind}, in response
   * order. "Who accepts the award on 1 January 1970" is {@code parties(ACCEPTS, DEFINITELY)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableSet<PartyId> parties(RulingResponseKind kind, Certainty required) {
    Objects.requireNonNull(kind, "kind");
    When.checkRequired(required);
    return responses.stream()
        .filter(r -> r.kind() == kind && r.polarity() == Polarity.ASSERTS
            && When.meets(r.inForce(), required))
        .map(Response::party).collect(ImmutableSet.toImmutableSet());
  }
}
