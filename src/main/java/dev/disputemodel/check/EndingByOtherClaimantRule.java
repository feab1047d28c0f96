package dev.disputemodel.check;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Ending;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    for (Claim later : index.model().claims()) {
      for (int i = 0; i < later.ends().size(); i++) {
        Ending e = later.ends().get(i);
        Optional<Claim> earlier = index.model().claim(e.claim());
        if (earlier.isEmpty()) {
          continue;
        }
        EntityId by = index.speaker(later);
        EntityId of = index.speaker(earlier.get());
        if (!by.equals(of)) {
          out.add(DESCRIPTOR.finding(later.id())
              .path("ends[" + i + "].claim")
              .value(e.claim())
              .related(e.claim(), by, of)
              .message(later.id() + " (for " + by + ") " + e.kind().name().toLowerCase(Locale.ROOT)
                  + " " + e.claim() + ", a claim for " + of + ": a claimant ends only its own"
                  + " positions, so this ends nothing. Correct the claimant of one of them, or"
                  + " state " + later.id() + " as a position of its own")
              .build());
        }
      }
    }
    return out;
  }
}
