package dev.disputemodel.query;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import java.util.Objects;
import java.util.Optional;

/**
 * One casualty figure as one claim gives it: Pashinyan (for Armenia) says 49 of Armenia's soldiers
 * were killed in the 2022 clashes.
 *
 * @param claim the claim that gives it; not null
 * @param speaker the party its claimant ultimately acts for, or the source speaking in its own
 *     voice; not null
 * @param party whose losses are counted, or empty for all sides together; not null
 * @param kind what is counted; not null
 * @param count the figure, with its range; not null
 */
public record CasualtyFigure(
    Claim claim, EntityId speaker, Optional<PartyId> party, CasualtyKind kind, Estimate count) {
  /** Rejects nulls. */
  public CasualtyFigure {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(count, "count");
  }

  /** Returns true if the claim asserts the figure (a denied figure is listed but never combined). */
  public boolean isAsserted() {
    return claim.polarity() == dev.disputemodel.Polarity.ASSERTS;
  }
}
