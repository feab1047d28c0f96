package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.ARTICLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link RulingResponse}: a party accepts, rejects or ignores a ruling, in a claim that holds
 * over time. The shapes follow the Guyana–Venezuela case (examples/facts/essequibo-facts.md, J1,
 * K1, K2); ids here are test data.
 */
class RulingResponseTest {
  static final PartyId NEIGHBOUR = PartyId.of("neighbour");
  static final PartyId COLONY = PartyId.of("colony");
  static final RulingId AWARD = RulingId.of("award");

  @Test
  void aResponseAnswersHowOnePartyRespondsToOneRuling() {
    RulingResponse rejects = new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.REJECTS);
    assertEquals(PropositionKey.of(PropositionType.RULING_RESPONSE, AWARD, NEIGHBOUR), rejects.key());
    assertEquals(List.of(new Reference("party", NEIGHBOUR), new Reference("ruling", AWARD)),
        rejects.references());
  }

  @Test
  void differentResponsesOfOnePartyToOneRulingContradictAndNothingElseDoes() {
    RulingResponse rejects = new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.REJECTS);
    RulingResponse accepts = new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.ACCEPTS);
    RulingResponse ignores = new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.IGNORES);
    assertTrue(rejects.contradicts(accepts));
    assertTrue(accepts.contradicts(rejects));
    assertTrue(ignores.contradicts(accepts));
    assertFalse(rejects.contradicts(rejects));
    assertFalse(rejects.contradicts(new RulingResponse(COLONY, AWARD, ResponseKind.ACCEPTS)),
        "another party's acceptance is another question");
    assertFalse(rejects.contradicts(new RulingResponse(NEIGHBOUR, RulingId.of("other"), ResponseKind.ACCEPTS)));
    assertFalse(rejects.contradicts(new Sovereignty(TerritoryId.of("region"), NEIGHBOUR)));
  }

  @Test
  void twoClaimsOnWhetherAPartyAcceptedARulingContradict() {
    Claim acceptedSays = Claim.builder().id(ClaimId.of("k1")).claimant(COLONY).source(ARTICLE)
        .madeAt(FuzzyTime.onDay(LocalDate.of(2023, 10, 3)))
        .addPropositions(new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.ACCEPTS)).build();
    Claim alwaysProtested = Claim.builder().id(ClaimId.of("k2")).claimant(NEIGHBOUR).source(ARTICLE)
        .madeAt(FuzzyTime.inMonth(YearMonth.of(2020, 12)))
        .addPropositions(new RulingResponse(NEIGHBOUR, AWARD, ResponseKind.REJECTS)).build();
    assertTrue(acceptedSays.contradicts(alwaysProtested));
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> new RulingResponse(null, AWARD, ResponseKind.ACCEPTS));
    assertThrows(NullPointerException.class, () -> new RulingResponse(NEIGHBOUR, null, ResponseKind.ACCEPTS));
    assertThrows(NullPointerException.class, () -> new RulingResponse(NEIGHBOUR, AWARD, null));
  }
}
