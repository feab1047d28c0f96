package dev.disputemodel.index;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Attack;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Proposition;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/**
 * Whether a claim of an {@link Attack} is evidence that a ceasefire was violated: the one
 * definition shared by the {@code ceasefire-violated} rule and the ceasefire query.
 */
public final class AttackEvidence {
  private AttackEvidence() {}

  /**
   * Whether {@code claim} reports an attack in {@code conflict} that may have happened while a
   * ceasefire was in effect, from {@code from} until {@code until} (open if empty). An attack with
   * its own time counts when that time possibly lies after {@code from} and before {@code until}
   * (equal bounds are one moment, neither after the other), whenever it was reported; an attack
   * without a time counts when the claim was made definitely after {@code from}. The claim's
   * polarity is not read here.
   *
   * @param claim the claim; not null
   * @param conflict the ceasefire's conflict; not null
   * @param from when the ceasefire took effect; not null
   * @param until when it ended, if it did; not null
   * @return true if the claim is evidence of a violation
   */
  public static boolean duringCeasefire(
      Claim claim, ConflictId conflict, FuzzyTime from, Optional<FuzzyTime> until) {
    for (Proposition p : claim.propositions()) {
      if (!(p instanceof Attack a) || !a.conflict().equals(conflict)) {
        continue;
      }
      if (a.time().isEmpty()) {
        if (SAME_MOMENT.isAfter(claim.madeAt(), from).isDefinite()) {
          return true;
        }
        continue;
      }
      Certainty inside = SAME_MOMENT.isAfter(a.time().get(), from);
      if (until.isPresent()) {
        inside = inside.and(SAME_MOMENT.isBefore(a.time().get(), until.get()));
      }
      if (inside.isPossible()) {
        return true;
      }
    }
    return false;
  }
}
