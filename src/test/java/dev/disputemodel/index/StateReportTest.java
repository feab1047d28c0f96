package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What one report says about whether a ceasefire is in effect, and the time a question asks about. */
class StateReportTest {
  static final CeasefireId S = CeasefireId.of("S");
  static final PartyId P = PartyId.of("P");
  static final Claim CLAIM = Claim.builder().id(ClaimId.of("K")).claimant(P).source(SourceId.of("src"))
      .madeAt(FuzzyTime.onDay(LocalDate.of(2024, 12, 8)))
      .addPropositions(new CeasefireStatus(S, CeasefireState.ENDED)).build();

  static Certainty says(Polarity polarity, CeasefireState state) {
    return new StateReport(CLAIM, P, polarity, state).saysInEffect();
  }

  @Test
  void holdingOrViolatedIsInEffectEndedOrNeverIsNotDenialsSayLess() {
    assertEquals(Certainty.DEFINITELY, says(Polarity.ASSERTS, CeasefireState.HOLDING));
    assertEquals(Certainty.DEFINITELY, says(Polarity.ASSERTS, CeasefireState.VIOLATED), "in effect, broken");
    assertEquals(Certainty.NOT, says(Polarity.ASSERTS, CeasefireState.ENDED), "declared over");
    assertEquals(Certainty.NOT, says(Polarity.ASSERTS, CeasefireState.NEVER_IN_EFFECT));
    assertEquals(Certainty.DEFINITELY, says(Polarity.DENIES, CeasefireState.ENDED), "it has not ended");
    assertEquals(Certainty.POSSIBLY, says(Polarity.DENIES, CeasefireState.HOLDING), "violated or ended");
    assertEquals(Certainty.POSSIBLY, says(Polarity.DENIES, CeasefireState.VIOLATED));
    assertEquals(Certainty.POSSIBLY, says(Polarity.DENIES, CeasefireState.NEVER_IN_EFFECT));
    assertEquals(Certainty.DEFINITELY, says(Polarity.ASSERTS, CeasefireState.IN_FORCE), "respected or not");
    assertEquals(Certainty.NOT, says(Polarity.DENIES, CeasefireState.IN_FORCE), "not in force");
  }

  @Test
  void inForceAssertedDoesNotDisputeHoldingDeniedItDoes() {
    assertEquals(false, new StateReport(CLAIM, P, Polarity.ASSERTS, CeasefireState.IN_FORCE).disputesHolding());
    assertEquals(false, new StateReport(CLAIM, P, Polarity.ASSERTS, CeasefireState.IN_FORCE).saysHolding());
    assertEquals(true, new StateReport(CLAIM, P, Polarity.DENIES, CeasefireState.IN_FORCE).disputesHolding());
    assertEquals(true, new StateReport(CLAIM, P, Polarity.ASSERTS, CeasefireState.VIOLATED).disputesHolding());
    assertEquals(true, new StateReport(CLAIM, P, Polarity.ASSERTS, CeasefireState.ENDED).disputesHolding());
    assertEquals(true, new StateReport(CLAIM, P, Polarity.DENIES, CeasefireState.HOLDING).disputesHolding());
    assertEquals(false, new StateReport(CLAIM, P, Polarity.DENIES, CeasefireState.VIOLATED).disputesHolding());
  }

  @Test
  void anUncertainMomentReadsPeriodsAsCoversDoes() {
    AskedTime dec8 = AskedTime.on(FuzzyTime.onDay(LocalDate.of(2024, 12, 8)));
    FuzzyPeriod sinceDec8 = FuzzyPeriod.since(FuzzyTime.onDay(LocalDate.of(2024, 12, 8)));
    FuzzyPeriod since1974 = FuzzyPeriod.since(FuzzyTime.onDay(LocalDate.of(1974, 5, 31)));
    assertEquals(Certainty.POSSIBLY, dec8.certaintyOf(Optional.of(sinceDec8)), "some time that day");
    assertEquals(Certainty.DEFINITELY, dec8.certaintyOf(Optional.of(since1974)));
    assertEquals(Certainty.POSSIBLY, dec8.certaintyOf(Optional.empty()), "a period no source states");
  }
}
