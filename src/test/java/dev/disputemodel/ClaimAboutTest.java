package dev.disputemodel;

import static dev.disputemodel.InForceTest.FREEDONIA;
import static dev.disputemodel.InForceTest.ISLANDS;
import static dev.disputemodel.InForceTest.OLD_REPORT;
import static dev.disputemodel.InForceTest.RURITANIA;
import static dev.disputemodel.InForceTest.base;
import static dev.disputemodel.InForceTest.day;
import static dev.disputemodel.InForceTest.month;
import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.PositionQuery.Position;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exact answers for claims about a past period ({@link Claim#about()}), on the shape of Guyana's
 * 2023 "for over six decades, Venezuela recognized and adhered to the 1899 Award" (held from 2023,
 * about 1899 to February 1962). The parties, islands and dates are test data (fictional Ruritania
 * and Freedonia), not facts about any real dispute.
 */
class ClaimAboutTest {
  static final FuzzyPeriod SIX_DECADES = FuzzyPeriod.of(day(1899, 10, 3), month(1962, 2));
  static final FuzzyTime IN_1950 = day(1950, 1, 1);
  static final Sovereignty RURITANIAN = new Sovereignty(ISLANDS, RURITANIA);
  static final Sovereignty FREEDONIAN = new Sovereignty(ISLANDS, FREEDONIA);

  /** Ruritania said on 3 October 2023 that the islands were Ruritanian from 1899 to 1962. */
  static final Claim PAST = claim("K1", RURITANIA, day(2023, 10, 3), RURITANIAN).about(SIX_DECADES).build();
  /** Freedonia has held since February 1962 that they are Freedonian (a position about its own time). */
  static final Claim SINCE_1962 = claim("K2", FREEDONIA, month(1962, 2), FREEDONIAN).build();
  /** Freedonia said in 2020 that they were Freedonian from 1899 to 1962 too. */
  static final Claim PAST_RIVAL = claim("K3", FREEDONIA, day(2020, 12, 9), FREEDONIAN).about(SIX_DECADES).build();
  /** Ruritania said in 2024 that they were Freedonian from 1970 to 1980: another period. */
  static final Claim LATER_PERIOD = claim("K4", RURITANIA, day(2024, 3, 1), FREEDONIAN)
      .about(FuzzyPeriod.of(FuzzyTime.inYear(java.time.Year.of(1970)), FuzzyTime.inYear(java.time.Year.of(1980))))
      .build();

  static Claim.Builder claim(String id, PartyId claimant, FuzzyTime madeAt, Proposition p) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(OLD_REPORT).madeAt(madeAt)
        .addPropositions(p);
  }

  static DisputeModel model(Claim... claims) {
    return base().addClaims(claims).build();
  }

  @Test
  void aClaimAboutThePastIsInForceOnThatPeriodsDatesFromWhenItIsKnown() {
    DisputeModel m = model(PAST);
    assertEquals(Optional.of(FuzzyPeriod.since(day(2023, 10, 3))), m.heldPeriod(PAST),
        "held from when it was made");
    assertEquals(Optional.of(SIX_DECADES), m.inForcePeriod(PAST));
    assertEquals(DEFINITELY, m.inForce(PAST, IN_1950));
    assertEquals(POSSIBLY, m.inForce(PAST, month(1962, 2)), "the period may end in February 1962");
    assertEquals(NOT, m.inForce(PAST, day(1970, 1, 1)));
    assertEquals(NOT, m.inForce(PAST, day(2024, 1, 1)), "it says nothing about 2024");
    assertEquals(NOT, m.inForce(PAST, IN_1950, day(2021, 1, 1)), "not yet said in 2021");
    assertEquals(DEFINITELY, m.inForce(PAST, IN_1950, day(2024, 1, 1)));
  }

  @Test
  void aWithdrawnClaimAboutThePastNoLongerAnswersForIt() {
    Claim withdrawal = Claim.builder().id(ClaimId.of("K9")).claimant(RURITANIA).source(OLD_REPORT)
        .madeAt(day(2025, 5, 1)).withdraws(PAST.id()).build();
    DisputeModel m = model(PAST, withdrawal);
    assertEquals(Optional.empty(), m.inForcePeriod(PAST));
    assertEquals(NOT, m.inForce(PAST, IN_1950));
    assertEquals(DEFINITELY, m.inForce(PAST, IN_1950, day(2024, 6, 1)), "as known before the withdrawal");
    assertEquals(NOT, m.inForce(PAST, IN_1950, day(2025, 6, 1)));
  }

  @Test
  void claimsAboutPeriodsThatCannotOverlapDoNotContradict() {
    assertTrue(PAST.contradicts(PAST_RIVAL), "the same period, different sovereigns");
    assertTrue(PAST.contradicts(SINCE_1962), "February 1962 may lie in both");
    assertFalse(PAST.contradicts(LATER_PERIOD), "1899–1962 and 1970–1980");
    assertFalse(LATER_PERIOD.contradicts(SINCE_1962.withMadeAt(day(1990, 1, 1))
        .withHeldDuring(FuzzyPeriod.of(day(1985, 1, 1), day(1990, 1, 1)))), "1970–1980 and 1985–1990");
    DisputeModel m = model(PAST, SINCE_1962, PAST_RIVAL, LATER_PERIOD);
    assertEquals(DEFINITELY, m.heldTogether(PAST, PAST_RIVAL));
    assertEquals(POSSIBLY, m.heldTogether(PAST, SINCE_1962));
    assertEquals(NOT, m.heldTogether(PAST, LATER_PERIOD));
  }

  @Test
  void aClaimantSpeakingOfTwoDisjointPeriodsDoesNotContradictItself() {
    List<String> findings = Checker.standard().check(model(PAST, SINCE_1962, PAST_RIVAL, LATER_PERIOD)).findings()
        .stream().map(f -> f.rule() + " " + f.certainty() + " " + f.focus() + " " + f.related())
        .collect(Collectors.toList());
    assertEquals(List.of("contested-question DEFINITELY Optional[Territory:ISL] [Claim:K1, Claim:K2, Claim:K3, Claim:K4]"),
        findings, "no self-contradiction of Ruritania (K1, K4): 1899–1962 and 1970–1980");
  }

  @Test
  void theQuestionIsContestedOnADateByTheClaimsThatAnswerForIt() {
    DisputeModel m = model(PAST, SINCE_1962, PAST_RIVAL);
    Question q = ModelIndex.of(m).question(PropositionKey.of(PropositionType.SOVEREIGNTY, ISLANDS));
    assertEquals(DEFINITELY, q.contestedOn(IN_1950), "K1 against K3, both about 1950");
    assertEquals(NOT, q.contestedOn(IN_1950, day(2021, 1, 1)), "as known in 2021 only K3 speaks of 1950");
    assertEquals(NOT, q.contestedOn(day(2000, 1, 1)), "only K2 answers for 2000");
    List<String> in1950 = ModelQueries.over(m).positions()
        .inForce(PropositionKey.of(PropositionType.SOVEREIGNTY, ISLANDS), IN_1950).stream()
        .map(p -> p.claim().id().value() + " " + p.certainty()).collect(Collectors.toList());
    assertEquals(List.of("K1 DEFINITELY", "K3 DEFINITELY"), in1950);
  }

  @Test
  void aClaimAboutAPeriodIsHeldFromWhenItIsMade() {
    CoreFixtures.assertInvalid(() -> claim("K5", RURITANIA, day(2023, 10, 3), RURITANIAN).about(SIX_DECADES)
            .heldDuring(FuzzyPeriod.since(day(2023, 10, 3))).build(), "Claim", "heldDuring", "2023-10-03..",
        "Claim.heldDuring = 2023-10-03..: a claim about a period (1899-10-03..1962-02) is held from when it is made");
    CoreFixtures.assertInvalid(() -> Claim.builder().id(ClaimId.of("K6")).claimant(RURITANIA).source(OLD_REPORT)
            .madeAt(day(2024, 1, 1)).withdraws(PAST.id()).about(SIX_DECADES).build(), "Claim", "about",
        "1899-10-03..1962-02", "Claim.about = 1899-10-03..1962-02: a claim that only ends earlier ones is about no period");
  }
}
