package dev.disputemodel.query;

import dev.disputemodel.Claim;
import dev.disputemodel.PartyId;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.RulingId;
import dev.disputemodel.time.Certainty;
import java.util.Objects;

/**
 * One party's response to a ruling in force on a date
 * ({@link ModelQueries#responsesTo}): Venezuela {@code REJECTS} the 1899 award on 1 January 2000,
 * definitely, by its claim of February 1962.
 *
 * @param ruling the ruling; not null
 * @param party the party responding; not null
 * @param response how it responds; not null
 * @param claim the claim that states the response; not null
 * @param certainty whether the claim's position is surely ({@code DEFINITELY}) or only possibly
 *     ({@code POSSIBLY}) in force and known on the date; never {@code NOT}; not null
 */
public record RulingAnswer(
    RulingId ruling, PartyId party, ResponseKind response, Claim claim, Certainty certainty)
    implements ResponseAnswer {
  /** Rejects nulls. */
  public RulingAnswer {
    Objects.requireNonNull(ruling, "ruling");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(certainty, "certainty");
  }
}
