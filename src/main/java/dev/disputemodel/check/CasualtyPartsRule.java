package dev.disputemodel.check;

import dev.disputemodel.Casualties;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code casualty-parts-exceed-total}: one claimant's casualty figures for a conflict whose parts
 * cannot fit in its total: the per-party figures of one kind (killed, wounded...), at their
 * minimums, add up to more than the most the same claimant's all-sides total of that kind
 * allows. When the claimant gives several figures for one party, the smallest minimum counts,
 * and of several totals the largest maximum: only a certain excess is reported. A total with no
 * upper bound ("dozens") is never exceeded. (Two figures for one question that cannot both be
 * true are {@code self-contradiction} for one claimant, {@code contested-question} for two.)
 *
 * <p>Cost: one pass over the claims, grouped by claimant, conflict and kind: linear.
 */
final class CasualtyPartsRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("casualty-parts-exceed-total", Severity.WARNING,
          "One claimant's per-party casualty figures add up to more than its total");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<List<Object>, Figures> groups = new LinkedHashMap<>();
    for (Claim claim : index.claimsWith(PropositionType.CASUALTIES)) {
      if (claim.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (Proposition p : claim.propositions()) {
        if (p instanceof Casualties c) {
          groups.computeIfAbsent(List.of(index.speaker(claim), c.conflict(), c.kind()), k -> new Figures())
              .add(claim.id(), c);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    groups.forEach((key, figures) -> figures.check(key, out));
    return out;
  }

  private static final class Figures {
    private final Map<PartyId, Long> partMinimum = new TreeMap<>();
    private final Set<ClaimId> partClaims = new TreeSet<>();
    private long totalMaximum = -1;
    private ClaimId totalClaim;
    private boolean unboundedTotal;

    void add(ClaimId claim, Casualties c) {
      if (c.party().isPresent()) {
        partMinimum.merge(c.party().get(), c.count().minimum(), Math::min);
        partClaims.add(claim);
        return;
      }
      OptionalLong max = c.count().maximum();
      if (max.isEmpty()) {
        unboundedTotal = true;
      } else if (max.getAsLong() > totalMaximum
          || (max.getAsLong() == totalMaximum && claim.compareTo(totalClaim) < 0)) {
        totalMaximum = max.getAsLong();
        totalClaim = claim;
      }
    }

    void check(List<Object> key, List<Finding> out) {
      if (unboundedTotal || totalClaim == null || partMinimum.isEmpty()) {
        return;
      }
      long sum = partMinimum.values().stream().mapToLong(Long::longValue).sum();
      if (sum > totalMaximum) {
        out.add(DESCRIPTOR.finding(totalClaim)
            .path("propositions.count")
            .value("<=" + totalMaximum)
            .related(partClaims)
            .related((EntityId) key.get(1))
            .message(key.get(0) + "'s " + key.get(2) + " figures for " + key.get(1)
                + " by party add up to at least " + sum + " " + partMinimum + " but its total"
                + " is at most " + totalMaximum + ". Correct a figure, or mark the later claim"
                + " as revising the earlier")
            .build());
      }
    }
  }
}
