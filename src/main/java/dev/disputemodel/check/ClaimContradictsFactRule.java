package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;
import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.index.Answer;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code claim-contradicts-fact}: a claim that contradicts what the model records as fact about a
 * territory at the time the claim was made. Two facts are compared, nothing else:
 *
 * <ul>
 *   <li>a {@link Sovereignty} claim against the territory's <em>internationally recognized</em>
 *       {@link SovereigntyStatus} in force when the claim was made (partial recognitions are
 *       positions, not facts, and are not compared);
 *   <li>a {@link Control} claim against the territory's {@link ControlStatus} records in force
 *       when the claim was made: asserting a controller that no record names while another is
 *       recorded, or denying the control a record states.
 * </ul>
 *
 * <p>A status with no stated period holds at every time. Certain when the status definitely
 * held when the claim was made. Cost: linear in claims times the statuses of their territory.
 */
final class ClaimContradictsFactRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("claim-contradicts-fact", Severity.WARNING,
          "A sovereignty or control claim contradicts the territory's recorded status");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Claim claim : index.model().claims()) {
      boolean asserts = claim.polarity() == Polarity.ASSERTS;
      for (int i = 0; i < claim.propositions().size(); i++) {
        Proposition p = claim.propositions().get(i);
        if (p instanceof Sovereignty s) {
          Optional<Territory> t = index.model().territory(s.territory());
          if (t.isEmpty()) {
            continue;
          }
          Certainty c = Certainty.NOT;
          List<String> facts = new ArrayList<>();
          for (int j = 0; j < t.get().sovereignty().size(); j++) {
            SovereigntyStatus st = t.get().sovereignty().get(j);
            if (!st.internationallyRecognized() || st.sovereign().equals(s.sovereign()) == asserts) {
              continue;
            }
            Certainty active = HOLDS_THROUGHOUT.covers(st.period(), claim.madeAt(), SAME_MOMENT);
            if (active.isPossible()) {
              c = c.or(active);
              facts.add("sovereignty[" + j + "]: " + st.sovereign() + " internationally recognized");
            }
          }
          report(out, claim, i, p, s.territory(), c, facts);
        } else if (p instanceof Control ctl) {
          Optional<Territory> t = index.model().territory(ctl.territory());
          if (t.isEmpty()) {
            continue;
          }
          Certainty same = Certainty.NOT;
          Certainty other = Certainty.NOT;
          List<String> facts = new ArrayList<>();
          for (int j = 0; j < t.get().control().size(); j++) {
            ControlStatus st = t.get().control().get(j);
            Certainty active = HOLDS_THROUGHOUT.covers(st.period(), claim.madeAt(), SAME_MOMENT);
            if (!active.isPossible()) {
              continue;
            }
            if (st.controller().equals(ctl.controller())) {
              same = same.or(active);
              if (!asserts) {
                facts.add("control[" + j + "]: " + st.kind() + " by " + st.controller());
              }
            } else {
              other = other.or(active);
              if (asserts) {
                facts.add("control[" + j + "]: " + st.kind() + " by " + st.controller());
              }
            }
          }
          Certainty c = asserts ? other.and(same.negate()) : same;
          report(out, claim, i, p, ctl.territory(), c, facts);
        }
      }
    }
    return out;
  }

  private static void report(
      List<Finding> out, Claim claim, int i, Proposition p, dev.disputemodel.TerritoryId territory,
      Certainty c, List<String> facts) {
    if (!c.isPossible()) {
      return;
    }
    Answer answer = new Answer(claim.polarity(), p);
    out.add(DESCRIPTOR.finding(claim.id())
        .certainty(c)
        .path("propositions[" + i + "]")
        .value(answer)
        .related(territory)
        .message(claim.id() + " says " + answer + " of " + territory + " (" + claim.madeAt()
            + "), but the model records " + String.join("; ", facts) + " at that time. If the"
            + " record is wrong, correct it; if the claim is a position, keep both")
        .build());
  }
}
