package dev.disputemodel.check;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.index.ModelIndex;
import java.util.List;
import java.util.Optional;

/**
 * {@code conflict-type}: a conflict whose UCDP type does not fit its sides, by the UCDP
 * codebook's definitions:
 *
 * <ul>
 *   <li>INTRASTATE with a state supporting a side with troops should be
 *       INTERNATIONALIZED_INTRASTATE;
 *   <li>INTERNATIONALIZED_INTRASTATE needs a state supporting a side with troops;
 *   <li>INTERSTATE needs a state among the primary parties of at least two sides.
 * </ul>
 *
 * <p>A party counts as a state if it, or a party it acts for, is a {@code STATE}. Conflicts
 * with no type or no recorded sides are not checked. Cost: linear in the parties on sides.
 */
final class ConflictTypeRule extends PerItemRule.PerConflict {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("conflict-type", Severity.WARNING,
          "A conflict's UCDP type does not fit its sides (state troops, states on both sides)");

  ConflictTypeRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(Conflict c, ModelIndex index, List<Finding> out) {
    if (c.type().isEmpty() || c.sides().isEmpty()) {
      return;
    }
    ConflictType type = c.type().get();
    Optional<Supporter> troops = c.sides().stream()
        .flatMap(s -> s.supporters().stream())
        .filter(s -> s.type() == SupportType.TROOPS && index.isState(s.party()))
        .findFirst();
    long stateSides = c.sides().stream()
        .filter((Side s) -> s.primaries().stream().anyMatch(index::isState))
        .count();
    String problem = null;
    if (type == ConflictType.INTRASTATE && troops.isPresent()) {
      problem = "is INTRASTATE but " + troops.get().party() + " supports a side with troops:"
          + " by the UCDP codebook it is INTERNATIONALIZED_INTRASTATE";
    } else if (type == ConflictType.INTERNATIONALIZED_INTRASTATE && troops.isEmpty()) {
      problem = "is INTERNATIONALIZED_INTRASTATE but no state supports a side with troops";
    } else if (type == ConflictType.INTERSTATE && stateSides < 2) {
      problem = "is INTERSTATE but only " + stateSides + " side(s) have a state as a primary party";
    }
    if (problem != null) {
      out.add(DESCRIPTOR.finding(c.id())
          .path("type")
          .value(type)
          .related(troops.map(s -> List.of(s.party())).orElse(List.of()))
          .message(c.id() + " " + problem + ". Correct the type or the sides")
          .build());
    }
  }
}
