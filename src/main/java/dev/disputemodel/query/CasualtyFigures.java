package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every casualty figure the model's claims give for one conflict or episode (not its episodes:
 * a conflict's figures and its episodes' overlap), by party and by claimant.
 *
 * @param conflict the conflict or episode; not null
 * @param figures every figure, ordered by party (model order, all-sides figures last), then kind,
 *     then the claim's position in the model
 */
public record CasualtyFigures(ConflictId conflict, List<CasualtyFigure> figures) {
  /** Copies the list; rejects nulls. */
  public CasualtyFigures {
    Objects.requireNonNull(conflict, "conflict");
    figures = ImmutableList.copyOf(Objects.requireNonNull(figures, "figures"));
  }

  /** Returns the figures for {@code party}'s losses, in {@link #figures()} order. */
  public ImmutableList<CasualtyFigure> forParty(PartyId party) {
    Objects.requireNonNull(party, "party");
    return figures.stream().filter(f -> f.party().equals(Optional.of(party)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the figures given by {@code speaker} (a party or a source), in {@link #figures()} order. */
  public ImmutableList<CasualtyFigure> bySpeaker(EntityId speaker) {
    Objects.requireNonNull(speaker, "speaker");
    return figures.stream().filter(f -> f.speaker().equals(speaker))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the combined estimate of {@code kind}; see {@link CasualtyEstimate} for the rules. */
  public CasualtyEstimate estimate(CasualtyKind kind) {
    Objects.requireNonNull(kind, "kind");
    Map<PartyId, Estimate> byParty = new LinkedHashMap<>();
    Estimate allSides = null;
    for (CasualtyFigure f : figures) {
      if (f.kind() != kind || !f.isAsserted() || f.count().form() == Estimate.Form.UNKNOWN) {
        continue;
      }
      if (f.party().isPresent()) {
        byParty.merge(f.party().get(), f.count(), Estimate::hull);
      } else {
        allSides = allSides == null ? f.count() : allSides.hull(f.count());
      }
    }
    return new CasualtyEstimate(kind, byParty, Optional.ofNullable(allSides));
  }
}
