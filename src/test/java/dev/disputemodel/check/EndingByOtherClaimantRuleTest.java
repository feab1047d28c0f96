package dev.disputemodel.check;

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

/**
 * {@code ending-by-other-claimant}, positive and negative cases; the fixtures are shared with
 * {@link EndingTimeOrderRuleTest}.
 */
class EndingByOtherClaimantRuleTest {
  static final TerritoryId T = TerritoryId.of("T");

  static DisputeModel.Builder base() {
    return model().addParties(state("A"), state("B"), actingFor("FM", PartyKind.PERSON, "A"))
        .addTerritories(Territory.builder().id(T).name("Islands").kind(TerritoryKind.REGION).build());
  }

  static Claim position(String id, String by, FuzzyTime at) {
    return claim(id, by, at, new Sovereignty(T, p(by.equals("FM") ? "A" : by)));
  }

  static Claim withdrawal(String id, String by, FuzzyTime at, String of) {
    return Claim.builder().id(k(id)).claimant(p(by)).source(SRC).madeAt(at).withdraws(k(of)).build();
  }

  @Nested
  class EndingByOtherClaimant {
    @Test
    void aClaimantEndingAnothersPositionIsAnError() {
      DisputeModel m = base().addClaims(position("K1", "A", day(1990, 1, 1)),
          withdrawal("K2", "B", day(2000, 1, 1), "K1")).build();
      List<Finding> f = alone(new EndingByOtherClaimantRule(), m);
      assertEquals(1, f.size());
      assertEquals(Optional.of(k("K2")), f.get(0).focus());
      assertEquals(Severity.ERROR, f.get(0).severity());
      assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
      assertEquals(List.of(k("K1"), p("B"), p("A")), f.get(0).related());
      assertEquals("ends[0].claim", f.get(0).path().orElseThrow());
    }

    @Test
    void anOfficialEndsThePositionOfThePartyItSpeaksFor() {
      DisputeModel m = base().addClaims(position("K1", "A", day(1990, 1, 1)),
          withdrawal("K2", "FM", day(2000, 1, 1), "K1")).build();
      assertEquals(List.of(), alone(new EndingByOtherClaimantRule(), m));
    }
  }

  /** Runs one rule alone, whether or not it is a standard rule. */
  static List<Finding> alone(Rule rule, DisputeModel model) {
    return Checker.builder().addRule(rule).build().check(model).findings();
  }
}
