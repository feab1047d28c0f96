package dev.disputemodel.check;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ending-by-other-claimant}: a claim that withdraws or replaces ({@link Claim#ends()}) a
 * claim of another claimant. Only a claimant ends its own positions (a person's claim speaks for
 * the party it acts for), so such an ending ends nothing; the model is likely wrong about one of
 * the two claimants.
 *
 * <p>Cost: one pass over the claims, one lookup per ending: linear.
 */
final class EndingByOtherClaimantRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("ending-by-other-claimant", Severity.ERROR,
          "A claim withdraws or replaces a claim of another claimant");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Endings.Located e : Endings.of(index)) {
      Claim later = e.later();
      EntityId by = index.speaker(later);
      EntityId of = index.speaker(e.ended());
      if (!by.equals(of)) {
        out.add(DESCRIPTOR.finding(later.id())
            .path(e.path() + ".claim")
            .value(e.ended().id())
            .related(e.ended().id(), by, of)
            .message(later.id() + " (for " + by + ") " + e.verb()
                + " " + e.ended().id() + ", a claim for " + of + ": a claimant ends only its own"
                + " positions, so this ends nothing. Correct the claimant of one of them, or"
                + " state " + later.id() + " as a position of its own")
            .build());
      }
    }
    return out;
  }
}
