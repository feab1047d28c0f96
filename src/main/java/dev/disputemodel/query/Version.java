package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One answer to a {@link Question}, with everyone who gives it and everyone who backs it:
 * "Armenia struck first" is given by Azerbaijan (K6) and by Turkey's foreign minister (K11), and
 * backed by Turkey through the article's claim R3 that it backs K6.
 *
 * @param polarity whether the proposition is asserted or denied; not null
 * @param proposition the answer; not null
 * @param claims the claims that give this answer, in model order; not empty
 * @param speakers who gives it: for each claim the party its claimant ultimately acts for, or the
 *     source when the source speaks in its own voice; distinct, in the order of the claims
 * @param backings the asserted claims with a {@link dev.disputemodel.BacksAccount} proposition
 *     about one of {@code claims}, each once: those backing the first claim first, each group in
 *     model order
 * @param backers the backing parties those propositions name, distinct, in the order of the
 *     backings
 */
public record Version(
    Polarity polarity,
    Proposition proposition,
    List<Claim> claims,
    Set<EntityId> speakers,
    List<Claim> backings,
    Set<PartyId> backers) {
  /** Copies the collections, keeping their order; rejects nulls. */
  public Version {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(proposition, "proposition");
    claims = ImmutableList.copyOf(claims);
    speakers = ImmutableSet.copyOf(speakers);
    backings = ImmutableList.copyOf(backings);
    backers = ImmutableSet.copyOf(backers);
  }

  /**
   * Returns true if this answer and {@code other} cannot both be right: both asserted and
   * contradicting, or one asserting what the other denies.
   */
  public boolean contradicts(Version other) {
    return Claim.answersContradict(polarity, proposition, other.polarity, other.proposition);
  }

  /** Returns the parties (and sources) that give or back this answer, speakers first. */
  public ImmutableSet<EntityId> supporters() {
    return ImmutableSet.<EntityId>builder().addAll(speakers).addAll(backers).build();
  }
}
