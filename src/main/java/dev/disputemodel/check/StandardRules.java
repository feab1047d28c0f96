package dev.disputemodel.check;

import com.google.common.collect.ImmutableList;

/** The standard rules of {@link Checker#standard()}, each documented in {@code docs/rules.md}. */
final class StandardRules {
  private StandardRules() {}

  /** Returns new instances of every standard rule, in the order of {@code docs/rules.md}. */
  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new TimeOrderRule(),
        new OutsideConflictPeriodRule(),
        new HierarchyCycleRule(),
        new ActsForCycleRule(),
        new ChainCycleRule(),
        new SuccessionCycleRule(),
        new PartyOnBothSidesRule(),
        new PrimaryAndSupporterRule(),
        new SignatoryNotPartyRule(),
        new MediatorBelligerentRule(),
        new GuarantorOrPeacekeeperFightsRule(),
        new MediatorAlliedRule(),
        new ConflictTypeRule(),
        new RecognizedSovereignsOverlapRule(),
        new ContestedQuestionRule(),
        new SelfContradictionRule(),
        new EndingByOtherClaimantRule(),
        new EndingTimeOrderRule(),
        new NoStatementContradictedRule(),
        new ClaimContradictsFactRule(),
        new CeasefireViolatedRule(),
        new CeasefireNotInAgreementRule(),
        new CasualtyPartsRule(),
        new SuccessorBeforePredecessorRule(),
        new RoleOutsideExistenceRule());
  }
}
