package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.DisputeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ceasefire-not-in-agreement}: a ceasefire-state claim naming an agreement that does not
 * contain the ceasefire. The shape follows the Golan example (Israel, 8 December 2024: the 1974
 * disengagement agreement "collapsed"); ids are test data.
 */
class CeasefireNotInAgreementRuleTest {
  private static final String RULE = "ceasefire-not-in-agreement";
  private static final AgreementId DISENGAGEMENT = AgreementId.of("AG1");
  private static final AgreementId OTHER = AgreementId.of("AG2");

  /** Ceasefires S1 and S2 of conflict C; AG1 contains S1 only, AG2 none. */
  private static DisputeModel.Builder withAgreements() {
    return claimants()
        .addCeasefires(ceasefire("S1", "C").build(), ceasefire("S2", "C").build())
        .addAgreements(
            Agreement.builder().id(DISENGAGEMENT).name("Disengagement").kind(AgreementKind.MILITARY_TECHNICAL)
                .conflict(c("C")).addCeasefires(cf("S1")).source(SRC).build(),
            Agreement.builder().id(OTHER).name("Other").kind(AgreementKind.OTHER).conflict(c("C"))
                .source(SRC).build());
  }

  private static CeasefireStatus ended(String ceasefire, AgreementId named) {
    return new CeasefireStatus(cf(ceasefire), CeasefireState.ENDED).naming(named);
  }

  @Test
  void aClaimNamingAnAgreementThatDoesNotContainTheCeasefireIsAWarning() {
    DisputeModel m = withAgreements()
        .addClaims(
            claim("K1", "A", day(2024, 12, 8), ended("S2", DISENGAGEMENT)),
            claim("K2", "B", day(2024, 12, 9),
                new CeasefireStatus(cf("S1"), CeasefireState.HOLDING), ended("S1", OTHER)))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of(
        "WARNING DEFINITELY Claim:K1.propositions[0].agreement = Agreement:AG1 [Ceasefire:S2, Agreement:AG1]",
        "WARNING DEFINITELY Claim:K2.propositions[1].agreement = Agreement:AG2 [Ceasefire:S1, Agreement:AG2]"),
        summaries(f));
    assertTrue(f.get(0).message().contains("does not contain Ceasefire:S2"), f.get(0).message());
  }

  @Test
  void aClaimNamingTheAgreementThatContainsTheCeasefireOrNoneIsNotReported() {
    DisputeModel m = withAgreements()
        .addClaims(
            claim("K1", "A", day(2024, 12, 8), ended("S1", DISENGAGEMENT)),
            claim("K2", "B", day(2024, 12, 9), new CeasefireStatus(cf("S2"), CeasefireState.ENDED)))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
