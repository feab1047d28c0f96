package dev.disputemodel.query;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The casualty figures of one kind for one conflict, combined without counting anyone twice.
 *
 * <p>Figures for the same party count the same dead: several claimants' figures for one party are
 * merged with {@link Estimate#hull} (the range every claimant allows), never added. Parties' losses
 * are disjoint: the per-party figures are added with {@link Estimate#plus}. A figure for all sides
 * together counts the same dead as the per-party ones, so it is never added to them; all-sides
 * figures are merged among themselves and kept apart in {@link #allSides()}. Only asserted figures
 * with a number take part (a figure of {@link Estimate.Form#UNKNOWN} says nothing about the count).
 *
 * @param kind what is counted; not null
 * @param byParty the merged figure for each party, in model order of the parties
 * @param allSides the merged all-sides figures, if any
 */
public record CasualtyEstimate(
    CasualtyKind kind, Map<PartyId, Estimate> byParty, Optional<Estimate> allSides) {
  /** Copies the map, keeping its order; rejects nulls. */
  public CasualtyEstimate {
    Objects.requireNonNull(kind, "kind");
    byParty = ImmutableMap.copyOf(Objects.requireNonNull(byParty, "byParty"));
    Objects.requireNonNull(allSides, "allSides");
  }

  /** Returns the sum of the per-party figures, or empty when no party has one. */
  public Optional<Estimate> partySum() {
    return byParty.values().stream().reduce(Estimate::plus);
  }
}
