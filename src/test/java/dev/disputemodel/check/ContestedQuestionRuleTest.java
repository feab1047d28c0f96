package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Initiated;
import dev.disputemodel.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code contested-question}: different claimants giving contradicting answers. */
class ContestedQuestionRuleTest {
  private static final String RULE = "contested-question";

  @Test
  void contestedQuestionListsEveryAnswerWithItsClaimantsAndBackers() {
    DisputeModel m = claimants()
        .addClaims(
            claim("K5", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
            claim("K6", "B", day(2022, 9, 13), new Initiated(c("C"), p("A"))),
            claim("K7", "PM", day(2022, 9, 14), new Initiated(c("C"), p("B"))),
            claim("R3", null, day(2022, 9, 13), new BacksAccount(p("R"), k("K6"))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("INFO contested-question Conflict:C.question = INITIATOR[Conflict:C]: Contested:"
            + " INITIATOR[Conflict:C]: initiator Party:B according to Party:A (Claim:K5, Claim:K7);"
            + " initiator Party:A according to Party:B (Claim:K6); Party:R backs Claim:K6"
            + " (Claim:R3). A disagreement in the world: keep every account, and check that each"
            + " claim is attributed to the right claimant [related: Claim:K5, Claim:K7, Claim:K6,"
            + " Claim:R3]"),
        lines(f));
    assertEquals(List.of("INFO DEFINITELY Conflict:C.question = INITIATOR[Conflict:C]"
        + " [Claim:K5, Claim:K7, Claim:K6, Claim:R3]"), summaries(f));
  }

  @Test
  void agreementOrOneClaimantAloneIsNotContested() {
    DisputeModel agree = claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
        claim("K2", "R", day(2022, 9, 13), new Initiated(c("C"), p("B")))).build();
    assertEquals(List.of(), run(RULE, agree));
    // PM speaks for A: one claimant contradicting itself is self-contradiction, not this rule
    DisputeModel self = claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
        claim("K2", "PM", day(2022, 9, 14), new Initiated(c("C"), p("A")))).build();
    assertEquals(List.of(), run(RULE, self));
  }

  @Test
  void aDenialContradictsTheSameAssertion() {
    Claim denial = Claim.builder().id(k("K2")).claimant(p("B")).source(SRC).madeAt(day(2022, 9, 13))
        .polarity(Polarity.DENIES).addProposition(new Initiated(c("C"), p("B"))).build();
    DisputeModel m = claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))), denial).build();
    List<Finding> f = run(RULE, m);
    assertEquals(1, f.size());
    assertEquals(List.of("INFO DEFINITELY Conflict:C.question = INITIATOR[Conflict:C]"
        + " [Claim:K1, Claim:K2]"), summaries(f));
  }

  /** A says 49 of A's soldiers were killed; B gives {@code count}. */
  private static DisputeModel killedOfA(Estimate count) {
    return claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13),
            Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, Estimate.exact(49))),
        claim("K2", "B", day(2022, 9, 13),
            Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, count)))
        .build();
  }

  @Test
  void compatibleFiguresFromTwoClaimantsAreNotContested() {
    assertEquals(List.of(), run(RULE, killedOfA(Estimate.atLeast(40))));
    assertEquals(List.of("INFO DEFINITELY Conflict:C.question = CASUALTIES[Conflict:C, Party:A]"
        + " [Claim:K1, Claim:K2]"), summaries(run(RULE, killedOfA(Estimate.atLeast(50)))));
  }

  /**
   * Answers are listed by the least id of their claims, whatever order the claims were added in;
   * without backers the message has no backers' part.
   */
  @Test
  void answersAreOrderedByTheirLeastClaimIdAndNoBackersNoBackersPart() {
    DisputeModel m = claimants()
        .addClaims(
            claim("K3", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
            claim("K2", "B", day(2022, 9, 13), new Initiated(c("C"), p("A"))),
            claim("K1", "R", day(2022, 9, 13), new Initiated(c("C"), p("B"))))
        .build();
    assertEquals(
        List.of("INFO contested-question Conflict:C.question = INITIATOR[Conflict:C]: Contested:"
            + " INITIATOR[Conflict:C]: initiator Party:B according to Party:A, Party:R (Claim:K1,"
            + " Claim:K3); initiator Party:A according to Party:B (Claim:K2). A disagreement in the"
            + " world: keep every account, and check that each claim is attributed to the right"
            + " claimant [related: Claim:K1, Claim:K3, Claim:K2]"),
        lines(run(RULE, m)));
  }
}
