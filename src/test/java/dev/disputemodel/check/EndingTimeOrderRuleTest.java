package dev.disputemodel.check;

import static dev.disputemodel.check.EndingByOtherClaimantRuleTest.*;
import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code ending-time-order}, positive and negative cases (fixtures of {@link EndingByOtherClaimantRuleTest}). */
class EndingTimeOrderRuleTest {
  @Test
  void anEndingMadeBeforeTheClaimItEndsIsAnError() {
    DisputeModel m = base().addClaims(position("K1", "A", day(2000, 1, 1)),
        withdrawal("K2", "A", day(1990, 1, 1), "K1")).build();
    List<Finding> f = alone(new EndingTimeOrderRule(), m);
    assertEquals(1, f.size());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("Claim:K2 withdraws Claim:K1, but Claim:K2 is made (1990-01-01) before Claim:K1 (2000-01-01). Check the times of"
        + " both claims and of the ending", f.get(0).message());
  }

  @Test
  void anEndingTakingEffectBeforeThePositionIsHeldIsAnError() {
    Claim k2 = Claim.builder().id(k("K2")).claimant(p("A")).source(SRC).madeAt(day(2001, 1, 1))
        .addEnds(Ending.withdraws(k("K1")).withEffective(day(1995, 1, 1))).build();
    DisputeModel m = base().addClaims(position("K1", "A", day(2000, 1, 1)), k2).build();
    List<Finding> f = alone(new EndingTimeOrderRule(), m);
    assertEquals(1, f.size());
    assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
    assertEquals("Claim:K2 withdraws Claim:K1, but it takes effect (1995-01-01) before Claim:K1 is held (from 2000-01-01)."
        + " Check the times of both claims and of the ending", f.get(0).message());
  }

  @Test
  void aPossibleDisorderIsAWarning() {
    DisputeModel m = base().addClaims(position("K1", "A", day(2000, 6, 1)),
        withdrawal("K2", "A", FuzzyTime.inYear(Year.of(2000)), "K1")).build();
    List<Finding> f = alone(new EndingTimeOrderRule(), m);
    assertEquals(1, f.size());
    assertEquals(Certainty.POSSIBLY, f.get(0).certainty());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void anEndingInOrderIsFineEvenOnTheSameDayAndAfterAHoldingBeforeTheStatement() {
    Claim held = claim("K1", "A", day(2000, 1, 1), new Sovereignty(EndingByOtherClaimantRuleTest.T, p("A"))).withHeldDuring(
        FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1946))));
    Claim k2 = Claim.builder().id(k("K2")).claimant(p("A")).source(SRC).madeAt(day(2000, 1, 1))
        .addEnds(Ending.withdraws(k("K1")).withEffective(FuzzyTime.inYear(Year.of(1990)))).build();
    assertEquals(List.of(), alone(new EndingTimeOrderRule(), base().addClaims(held, k2).build()));
  }
}
