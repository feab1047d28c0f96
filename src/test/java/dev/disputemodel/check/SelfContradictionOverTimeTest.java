package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code self-contradiction} on positions held over time: endings and held periods. */
class SelfContradictionOverTimeTest {
  static final TerritoryId T = TerritoryId.of("T");
  static final TerritoryId PART = TerritoryId.of("T1");

  static DisputeModel.Builder base() {
    return model().addParties(state("A"), state("B"), actingFor("FM", PartyKind.PERSON, "A"))
        .addTerritories(Territory.builder().id(T).name("Islands").kind(TerritoryKind.REGION).build(),
            Territory.builder().id(PART).name("Island").kind(TerritoryKind.REGION).parent(T).build());
  }

  static Claim says(String id, String by, int year, TerritoryId t, String sovereign) {
    return claim(id, by, day(year, 1, 1), new Sovereignty(t, p(sovereign)));
  }

  @Test
  void twoPositionsHeldTogetherContradict() {
    List<Finding> f = alone(new SelfContradictionRule(), base().addClaims(
        says("K1", "A", 2000, T, "A"), says("K2", "FM", 2005, T, "B")).build());
    assertEquals(1, f.size());
    assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
  }

  @Test
  void aPositionHeldUntilBeforeTheNextDoesNotContradictIt() {
    Claim earlier = says("K1", "A", 2000, T, "A").withHeldDuring(FuzzyPeriod.of(day(1990, 1, 1), day(2003, 1, 1)));
    assertEquals(List.of(), alone(new SelfContradictionRule(), base().addClaims(earlier, says("K2", "A", 2005, T, "B")).build()));
  }

  @Test
  void aReplacementIsNoContradictionThoughThePeriodsTouch() {
    // K1 is held until K2 replaces it: the two periods share K2's day, yet K2 ends K1
    Claim replacement = says("K2", "FM", 2005, T, "B").withEnds(List.of(dev.disputemodel.Ending.replaces(k("K1"))));
    assertEquals(List.of(), alone(new SelfContradictionRule(), base().addClaims(
        says("K1", "A", 2000, T, "A"), replacement).build()));
  }

  @Test
  void aClaimOnTheWholeContradictsTheSameClaimantsClaimOnAPart() {
    List<Finding> f = alone(new SelfContradictionRule(), base().addClaims(
        says("K1", "A", 2000, PART, "A"), says("K2", "A", 2005, T, "B")).build());
    assertEquals(1, f.size());
    assertEquals("Claim:K2", f.get(0).focus().orElseThrow().toString());
  }

  /** Runs one rule alone, whether or not it is a standard rule. */
  static List<Finding> alone(Rule rule, DisputeModel model) {
    return Checker.builder().addRule(rule).build().check(model).findings();
  }
}
