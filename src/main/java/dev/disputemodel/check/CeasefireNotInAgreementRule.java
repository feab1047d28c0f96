package dev.disputemodel.check;

import dev.disputemodel.Agreement;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ceasefire-not-in-agreement}: a claim on a ceasefire's state that names an agreement
 * ({@link CeasefireStatus#naming}) whose {@link Agreement#ceasefires()} do not contain that
 * ceasefire. Israel's 2024 statement that the 1974 disengagement agreement "collapsed" is said of
 * the 1974 ceasefire because the agreement contains it; naming an agreement that does not is
 * either a claim attached to the wrong ceasefire or an agreement whose ceasefires are incomplete.
 *
 * <p>A warning, not an error: the model is consistent as built (the named agreement exists), and
 * a claimant may name the wrong agreement in its own words, a fact worth keeping; but most often
 * the model is missing the link, which the finding asks to add. Always certain. Cost: linear in
 * the claims on ceasefire states.
 */
final class CeasefireNotInAgreementRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("ceasefire-not-in-agreement", Severity.WARNING,
          "A claim on a ceasefire's state names an agreement that does not contain the ceasefire");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Claim claim : index.claimsWith(PropositionType.CEASEFIRE_STATE)) {
      for (int i = 0; i < claim.propositions().size(); i++) {
        Proposition p = claim.propositions().get(i);
        if (!(p instanceof CeasefireStatus s) || s.agreement().isEmpty()) {
          continue;
        }
        Optional<Agreement> named = index.model().agreement(s.agreement().get());
        if (named.isPresent() && !named.get().ceasefires().contains(s.ceasefire())) {
          out.add(DESCRIPTOR.finding(claim.id())
              .path("propositions[" + i + "].agreement")
              .value(named.get().id())
              .related(s.ceasefire(), named.get().id())
              .message(claim.id() + " says " + s.ceasefire() + " is " + s.state() + " naming "
                  + named.get().id() + ", which does not contain " + s.ceasefire() + ". Add the"
                  + " ceasefire to the agreement's ceasefires, or attach the claim to a ceasefire"
                  + " the agreement contains")
              .build());
        }
      }
    }
    return out;
  }
}
