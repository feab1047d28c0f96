package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code no-statement-contradicted}: a claim that a party has made no statement on a question
 * ({@link NoStatement}) while the model holds a claim on that very question by the party, or by
 * one acting for it (its ministry, its prime minister), made no later than the claim of silence.
 * In the reference story the article says Azerbaijan has released no casualty figures (K8) and
 * reports its Ministry of Defense's figure of 50 casualties (K2). A statement made definitely
 * later is no contradiction (the party was silent, then spoke); one whose time only possibly
 * precedes gives a possible finding.
 *
 * <p>Cost: each claim of silence looks up the claims on its question in the key index:
 * linear in the claims plus the claims on questions someone says are unanswered.
 */
final class NoStatementContradictedRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("no-statement-contradicted", Severity.WARNING,
          "A claim that a party said nothing on a question, while the model holds its statement");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Claim silence : index.claimsWith(PropositionType.NO_STATEMENT)) {
      if (silence.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (int i = 0; i < silence.propositions().size(); i++) {
        Proposition p = silence.propositions().get(i);
        if (!(p instanceof NoStatement ns)) {
          continue;
        }
        Certainty certainty = Certainty.NOT;
        Set<ClaimId> statements = new TreeSet<>();
        for (Claim said : index.claimsOn(ns.about())) {
          if (said.equals(silence) || said.claimant().isEmpty()
              || !index.actsForChain(said.claimant().get()).contains(ns.party())) {
            continue;
          }
          Certainty before = SAME_MOMENT.isAfter(said.madeAt(), silence.madeAt()).negate();
          if (before.isPossible()) {
            certainty = certainty.or(before);
            statements.add(said.id());
          }
        }
        if (certainty.isPossible()) {
          out.add(DESCRIPTOR.finding(silence.id())
              .certainty(certainty)
              .path("propositions[" + i + "]")
              .value(ns.about())
              .related(statements)
              .related(ns.party())
              .message(silence.id() + " says " + ns.party() + " made no statement on "
                  + ns.about() + ", but the model holds its statement " + statements
                  + (certainty.isDefinite() ? ", made no later" : ", possibly made earlier")
                  + ". If the source contradicts itself, keep both and note it; otherwise"
                  + " correct the claim of silence or the statement's claimant")
              .build());
        }
      }
    }
    return out;
  }
}
