package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Claim;
import dev.disputemodel.Ending;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ending-time-order}: an ending ({@link Claim#ends()}) out of order with the claim it
 * ends: the ending claim is made before the claim it ends was made (a position cannot be given
 * up before it was stated), or the ending takes effect before the ended position's holding
 * period begins (it was never held). Certain when the times are definitely in that order.
 *
 * <p>Cost: one pass over the claims, one lookup per ending: linear.
 */
final class EndingTimeOrderRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("ending-time-order", Severity.ERROR,
          "A claim ends a position before that position was stated or held");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Endings.Located located : Endings.of(index)) {
      Claim later = located.later();
      Ending e = located.ending();
      Claim ended = located.ended();
      Certainty madeBefore = SAME_MOMENT.isBefore(later.madeAt(), ended.madeAt());
      FuzzyTime effective = e.effectiveIn(later);
      Optional<FuzzyTime> heldFrom = ended.holdingPeriod().start();
      Certainty endsBeforeHeld =
          heldFrom.map(s -> SAME_MOMENT.isBefore(effective, s)).orElse(Certainty.NOT);
      Certainty c = madeBefore.or(endsBeforeHeld);
      if (!c.isPossible()) {
        continue;
      }
      String why = madeBefore.isPossible()
          ? later.id() + " is made (" + later.madeAt() + ") " + (madeBefore.isDefinite() ? "" : "possibly ")
              + "before " + ended.id() + " (" + ended.madeAt() + ")"
          : "it takes effect (" + effective + ") " + (endsBeforeHeld.isDefinite() ? "" : "possibly ")
              + "before " + ended.id() + " is held (from " + heldFrom.orElseThrow() + ")";
      out.add(DESCRIPTOR.finding(later.id())
          .certainty(c)
          .path(located.path())
          .value(e.claim())
          .related(e.claim())
          .message(later.id() + " " + located.verb() + " "
              + ended.id() + ", but " + why + ". Check the times of both claims and of the"
              + " ending")
          .build());
    }
    return out;
  }
}
