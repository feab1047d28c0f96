package dev.disputemodel;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact answers of {@link DisputeModel#inForce} and {@link DisputeModel#knownOn} on small models.
 * The parties and dates are test data (a fictional Ruritania claiming fictional islands), not
 * facts about any real dispute.
 */
class InForceTest {
  static final PartyId RURITANIA = PartyId.of("RU");
  static final PartyId MINISTER = PartyId.of("RU-FM");
  static final PartyId FREEDONIA = PartyId.of("FR");
  static final TerritoryId ISLANDS = TerritoryId.of("ISL");
  static final SourceId OLD_REPORT = SourceId.of("s1990");
  static final SourceId MARCH_REPORT = SourceId.of("s2005");
  static final SourceId UNDATED = SourceId.of("undated");
  static final ClaimId CLAIM = ClaimId.of("K1");
  static final ClaimId WITHDRAWAL = ClaimId.of("K2");
  static final Sovereignty RURITANIAN = new Sovereignty(ISLANDS, RURITANIA);

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static FuzzyTime month(int y, int m) {
    return FuzzyTime.inMonth(YearMonth.of(y, m));
  }

  static DisputeModel.Builder base() {
    return DisputeModel.builder()
        .addParties(
            Party.builder().id(RURITANIA).name("Ruritania").kind(PartyKind.STATE).build(),
            Party.builder().id(MINISTER).name("Foreign Minister of Ruritania").kind(PartyKind.PERSON)
                .office("Foreign Minister").actsFor(RURITANIA).build(),
            Party.builder().id(FREEDONIA).name("Freedonia").kind(PartyKind.STATE).build())
        .addTerritories(Territory.builder().id(ISLANDS).name("The Islands").kind(TerritoryKind.REGION).build())
        .addSources(
            Source.builder().id(OLD_REPORT).kind(SourceKind.NEWS_REPORT).title("1990 report")
                .published(day(1990, 5, 2)).build(),
            Source.builder().id(MARCH_REPORT).kind(SourceKind.NEWS_REPORT).title("2005 report")
                .published(month(2005, 3)).build(),
            Source.builder().id(UNDATED).kind(SourceKind.NEWS_REPORT).title("undated report").build());
  }

  /** Ruritania's claim on the islands, made on 1 May 1990. */
  static Claim.Builder claim() {
    return Claim.builder().id(CLAIM).claimant(RURITANIA).source(OLD_REPORT).madeAt(day(1990, 5, 1))
        .addPropositions(RURITANIAN);
  }

  /** A withdrawal of K1 by {@code by}, made at some time in March 2005. */
  static Claim.Builder withdrawal(PartyId by) {
    return Claim.builder().id(WITHDRAWAL).claimant(by).source(MARCH_REPORT).madeAt(month(2005, 3))
        .withdraws(CLAIM);
  }

  static Claim k1(DisputeModel m) {
    return m.claim(CLAIM).orElseThrow();
  }

  @Test
  void aStatementIsHeldFromWhenItWasMade() {
    DisputeModel m = base().addClaims(claim().build()).build();
    assertEquals(NOT, m.inForce(k1(m), day(1990, 4, 30)));
    assertEquals(POSSIBLY, m.inForce(k1(m), month(1990, 5)));
    assertEquals(DEFINITELY, m.inForce(k1(m), day(1990, 5, 2)));
    assertEquals(DEFINITELY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(2040))));
  }

  @Test
  void aStatedHoldingPeriodReachesBackBeforeTheClaimWasMade() {
    FuzzyPeriod sinceIndependence = FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1946)));
    DisputeModel m = base().addClaims(claim().heldDuring(sinceIndependence).build()).build();
    assertEquals(NOT, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1945))));
    assertEquals(POSSIBLY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1946))));
    assertEquals(DEFINITELY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1950))));
    // as known in 1950 the claim, made in 1990, was not yet known
    assertEquals(NOT, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1950)), FuzzyTime.inYear(Year.of(1950))));
    assertEquals(DEFINITELY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1950)), day(1990, 5, 2)));
  }

  @Test
  void aHoldingPeriodWithAnEndEndsThePosition() {
    FuzzyPeriod until1994 = FuzzyPeriod.of(FuzzyTime.inYear(Year.of(1946)), FuzzyTime.inYear(Year.of(1994)));
    DisputeModel m = base().addClaims(claim().heldDuring(until1994).build()).build();
    assertEquals(DEFINITELY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1993))));
    assertEquals(POSSIBLY, m.inForce(k1(m), day(1994, 6, 1)));
    assertEquals(NOT, m.inForce(k1(m), FuzzyTime.inYear(Year.of(1995))));
  }

  @Test
  void aWithdrawalKnownOnlyToTheMonthEndsThePositionSomewhereInThatMonth() {
    DisputeModel m = base().addClaims(claim().build(), withdrawal(RURITANIA).build()).build();
    assertEquals(DEFINITELY, m.inForce(k1(m), day(2005, 2, 28)));
    assertEquals(POSSIBLY, m.inForce(k1(m), day(2005, 3, 1)));
    assertEquals(POSSIBLY, m.inForce(k1(m), day(2005, 3, 31)));
    assertEquals(POSSIBLY, m.inForce(k1(m), month(2005, 3)));
    assertEquals(NOT, m.inForce(k1(m), day(2005, 4, 1)));
    assertEquals(List.of(m.claim(WITHDRAWAL).orElseThrow()), m.endingsOf(CLAIM));
  }

  @Test
  void aWithdrawalNotYetKnownOnTheDateAskedEndsNothingYet() {
    DisputeModel m = base().addClaims(claim().build(), withdrawal(RURITANIA).build()).build();
    FuzzyTime april = day(2005, 4, 1);
    // as known on 28 February 2005 the withdrawal had not been made: the claim stands, even for April
    assertEquals(DEFINITELY, m.inForce(k1(m), april, day(2005, 2, 28)));
    // made and published some time in March: possibly known by mid-March
    assertEquals(POSSIBLY, m.inForce(k1(m), april, day(2005, 3, 15)));
    // and certainly by the end of March
    assertEquals(NOT, m.inForce(k1(m), april, day(2005, 3, 31)));
    assertEquals(NOT, m.inForce(k1(m), april, april));
  }

  @Test
  void aWithdrawalTakesEffectWhenItSays() {
    Claim treaty = withdrawal(RURITANIA).ends(List.of()).addEnds(
        Ending.withdraws(CLAIM).withEffective(day(2006, 1, 1))).build();
    DisputeModel m = base().addClaims(claim().build(), treaty).build();
    assertEquals(DEFINITELY, m.inForce(k1(m), day(2005, 12, 31)));
    assertEquals(POSSIBLY, m.inForce(k1(m), day(2006, 1, 1)));
    assertEquals(NOT, m.inForce(k1(m), day(2006, 1, 2)));
    // known from March 2005 although it takes effect later
    assertEquals(NOT, m.inForce(k1(m), day(2006, 1, 2), day(2005, 4, 1)));
  }

  @Test
  void aClaimantThatSpeaksThroughAnOfficialWithdrawsItsOwnPosition() {
    DisputeModel m = base().addClaims(claim().build(), withdrawal(MINISTER).build()).build();
    assertEquals(RURITANIA, m.principal(MINISTER));
    assertEquals(NOT, m.inForce(k1(m), day(2005, 4, 1)));
  }

  @Test
  void anotherClaimantCannotWithdrawThePosition() {
    DisputeModel m = base().addClaims(claim().build(), withdrawal(FREEDONIA).build()).build();
    assertEquals(DEFINITELY, m.inForce(k1(m), day(2005, 4, 1)));
  }

  @Test
  void aReplacementEndsTheEarlierPositionAndHoldsItsOwn() {
    Claim replacement = Claim.builder().id(ClaimId.of("K3")).claimant(MINISTER).source(MARCH_REPORT)
        .madeAt(month(2005, 3)).addPropositions(new Sovereignty(ISLANDS, FREEDONIA)).replaces(CLAIM).build();
    DisputeModel m = base().addClaims(claim().build(), replacement).build();
    assertEquals(NOT, m.inForce(k1(m), day(2005, 4, 1)));
    assertEquals(DEFINITELY, m.inForce(replacement, day(2005, 4, 1)));
    assertEquals(POSSIBLY, m.inForce(replacement, day(2005, 3, 15)));
  }

  @Test
  void theHeldPeriodEndsAtTheEarliestEndingOfTheSameClaimant() {
    Claim early = Claim.builder().id(ClaimId.of("K3")).claimant(MINISTER).source(MARCH_REPORT)
        .madeAt(FuzzyTime.inYear(Year.of(2006))).withdraws(CLAIM).build();
    Claim foreign = Claim.builder().id(ClaimId.of("K4")).claimant(FREEDONIA).source(MARCH_REPORT)
        .madeAt(FuzzyTime.inYear(Year.of(2000))).withdraws(CLAIM).build();
    DisputeModel m = base().addClaims(claim().build(), withdrawal(RURITANIA).build(), early, foreign).build();
    assertEquals(java.util.Optional.of(FuzzyPeriod.of(day(1990, 5, 1), month(2005, 3))), m.heldPeriod(k1(m)));
    DisputeModel alone = base().addClaims(claim().build()).build();
    assertEquals(java.util.Optional.of(FuzzyPeriod.since(day(1990, 5, 1))), alone.heldPeriod(k1(alone)));
  }

  @Test
  void anEndingThatTakesEffectBeforeTheHoldingBeginsMeansThePositionWasNeverHeld() {
    Claim retroactive = withdrawal(RURITANIA).ends(List.of())
        .addEnds(Ending.withdraws(CLAIM).withEffective(FuzzyTime.inYear(Year.of(1980)))).build();
    DisputeModel m = base().addClaims(claim().build(), retroactive).build();
    assertEquals(java.util.Optional.empty(), m.heldPeriod(k1(m)));
    // a component-wise reading would say POSSIBLY for a span reaching over both ends
    assertEquals(NOT, m.inForce(k1(m), FuzzyTime.inDecade(Year.of(1980))));
    assertEquals(NOT, m.inForce(k1(m), FuzzyTime.inDecade(Year.of(1990))));
    // before the withdrawal was known, the position stood
    assertEquals(DEFINITELY, m.inForce(k1(m), FuzzyTime.inYear(Year.of(2000)), day(2000, 1, 1)));
  }

  @Test
  void knownOnNeedsTheClaimMadeAndItsSourcePublished() {
    Claim undated = claim().source(UNDATED).build();
    DisputeModel m = base().addClaims(undated).build();
    assertEquals(NOT, m.knownOn(undated, day(1990, 4, 30)));
    assertEquals(POSSIBLY, m.knownOn(undated, day(1990, 5, 1)));
    assertEquals(POSSIBLY, m.knownOn(undated, day(2020, 1, 1)));   // never certainly published
    DisputeModel dated = base().addClaims(claim().build()).build();
    assertEquals(NOT, dated.knownOn(k1(dated), day(1990, 5, 1)));  // published only on 2 May
    assertEquals(DEFINITELY, dated.knownOn(k1(dated), day(1990, 5, 2)));
  }

  @Test
  void aClaimOutsideTheModelIsRejected() {
    DisputeModel m = base().build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> m.inForce(claim().build(), day(2000, 1, 1)));
    assertEquals("DisputeModel.claim = Claim:K1: no Claim with this id in the model", e.getMessage());
  }
}
