package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.query.PositionQuery.Position;
import dev.disputemodel.query.PositionQuery.TerritorialClaimant;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact answers of {@link PositionQuery} on a small hand-built model. The parties and dates are
 * test data (a fictional Ruritania and Freedonia disputing fictional islands), not facts about any
 * real dispute:
 *
 * <ul>
 *   <li>K1: Ruritania, in 1990, claims the whole archipelago, held since 1960;
 *   <li>K2: Freedonia, in 1995, claims the north island, a part of it;
 *   <li>K3: Ruritania's foreign minister withdraws K1 in March 2005 (known to the month, in a
 *       report published in 2006);
 *   <li>K4: Freedonia replaces K2 in 2008 by a claim published in June 2009.
 * </ul>
 */
class PositionQueryTest {
  static final PartyId RURITANIA = PartyId.of("RU");
  static final PartyId MINISTER = PartyId.of("RU-FM");
  static final PartyId FREEDONIA = PartyId.of("FR");
  static final TerritoryId ARCHIPELAGO = TerritoryId.of("ARC");
  static final TerritoryId NORTH = TerritoryId.of("ARC-N");
  static final SourceId S2000 = SourceId.of("s2000");
  static final SourceId S2006 = SourceId.of("s2006");
  static final SourceId S2009 = SourceId.of("s2009");
  static final PropositionKey NORTH_SOVEREIGNTY = new Sovereignty(NORTH, RURITANIA).key();
  static final PropositionKey WHOLE_SOVEREIGNTY = new Sovereignty(ARCHIPELAGO, RURITANIA).key();

  static final Claim K1 = Claim.builder().id(ClaimId.of("K1")).claimant(RURITANIA).source(S2000)
      .madeAt(year(1990)).addProposition(new Sovereignty(ARCHIPELAGO, RURITANIA))
      .heldDuring(FuzzyPeriod.since(year(1960))).build();
  static final Claim K2 = Claim.builder().id(ClaimId.of("K2")).claimant(FREEDONIA).source(S2000)
      .madeAt(year(1995)).addProposition(new Sovereignty(NORTH, FREEDONIA)).build();
  static final Claim K3 = Claim.builder().id(ClaimId.of("K3")).claimant(MINISTER).source(S2006)
      .madeAt(FuzzyTime.inMonth(YearMonth.of(2005, 3))).withdraws(K1.id()).build();
  static final Claim K4 = Claim.builder().id(ClaimId.of("K4")).claimant(FREEDONIA).source(S2009)
      .madeAt(year(2008)).addProposition(new Sovereignty(NORTH, FREEDONIA)).replaces(K2.id())
      .build();

  static final DisputeModel MODEL = DisputeModel.builder()
      .addParties(
          Party.builder().id(RURITANIA).name("Ruritania").kind(PartyKind.STATE).build(),
          Party.builder().id(MINISTER).name("Foreign Minister of Ruritania")
              .kind(PartyKind.PERSON).office("Foreign Minister").actsFor(RURITANIA).build(),
          Party.builder().id(FREEDONIA).name("Freedonia").kind(PartyKind.STATE).build())
      .addTerritories(
          Territory.builder().id(ARCHIPELAGO).name("The Archipelago").kind(TerritoryKind.REGION)
              .build(),
          Territory.builder().id(NORTH).name("North Island").kind(TerritoryKind.REGION)
              .parent(ARCHIPELAGO).build())
      .addSources(
          Source.builder().id(S2000).kind(SourceKind.NEWS_REPORT).title("2000 report")
              .published(year(2000)).build(),
          Source.builder().id(S2006).kind(SourceKind.NEWS_REPORT).title("2006 report")
              .published(year(2006)).build(),
          Source.builder().id(S2009).kind(SourceKind.NEWS_REPORT).title("2009 report")
              .published(FuzzyTime.inMonth(YearMonth.of(2009, 6))).build())
      .addClaims(K1, K2, K3, K4)
      .build();

  final PositionQuery positions = ModelQueries.over(MODEL).positions();

  static FuzzyTime year(int y) {
    return FuzzyTime.inYear(Year.of(y));
  }

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Position held(Claim claim, PartyId claimant, Certainty certainty) {
    return new Position(claim, claimant, certainty);
  }

  @Test
  void aClaimOnTheWholeIsAPositionOnEachPartFromTheStartOfItsHoldingPeriod() {
    assertEquals(List.of(held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(1970, 1, 1)));
    assertEquals(List.of(), positions.inForce(NORTH_SOVEREIGNTY, day(1950, 1, 1)));
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY),
        held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2000, 1, 1)));
    // a claim on a part is no answer about the whole
    assertEquals(List.of(held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(WHOLE_SOVEREIGNTY, day(2000, 1, 1)));
  }

  @Test
  void aWithdrawalKnownOnlyToTheMonthEndsThePositionPossiblyWithinThatMonth() {
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY),
        held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2005, 2, 28)));
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY),
        held(K1, RURITANIA, Certainty.POSSIBLY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2005, 3, 15)));
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2005, 4, 1)));
  }

  @Test
  void aWithdrawalNotYetKnownOnTheDateAskedEndsNothing() {
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY),
        held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2005, 4, 1), day(2005, 2, 1)));
    assertEquals(List.of(held(K2, FREEDONIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, day(2005, 4, 1), day(2007, 1, 1)));
    // before the 2000 report nothing of it is known
    assertEquals(List.of(), positions.inForce(NORTH_SOVEREIGNTY, day(1999, 4, 1), day(1999, 4, 1)));
  }

  @Test
  void aClaimantThatSpeaksThroughAnOfficialIsOneClaimant() {
    assertEquals(List.of(held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, MINISTER, day(1970, 1, 1)));
    assertEquals(List.of(held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.inForce(NORTH_SOVEREIGNTY, RURITANIA, day(1970, 1, 1)));
    assertEquals(List.of(), positions.inForce(NORTH_SOVEREIGNTY, FREEDONIA, day(1970, 1, 1)));
    assertEquals(List.of(K1, K3), positions.history(NORTH_SOVEREIGNTY, MINISTER));
  }

  @Test
  void theLatestPositionIsTheLastInForceAsKnownOnTheDate() {
    // K4 replaces K2 only once it is known (June 2009)
    assertEquals(Optional.of(held(K2, FREEDONIA, Certainty.DEFINITELY)),
        positions.latest(NORTH_SOVEREIGNTY, FREEDONIA, day(2009, 1, 1)));
    assertEquals(Optional.of(held(K4, FREEDONIA, Certainty.DEFINITELY)),
        positions.latest(NORTH_SOVEREIGNTY, FREEDONIA, day(2010, 1, 1)));
    assertEquals(Optional.of(held(K4, FREEDONIA, Certainty.POSSIBLY)),
        positions.latest(NORTH_SOVEREIGNTY, FREEDONIA, day(2009, 6, 15)));
    // Ruritania withdrew its only position: none as known in 2007; before that, K1
    assertEquals(Optional.empty(), positions.latest(NORTH_SOVEREIGNTY, RURITANIA, day(2007, 1, 1)));
    assertEquals(Optional.of(held(K1, RURITANIA, Certainty.DEFINITELY)),
        positions.latest(WHOLE_SOVEREIGNTY, MINISTER, day(2001, 1, 1)));
  }

  @Test
  void theHistoryListsAClaimantsClaimsOnTheQuestionInTheOrderMade() {
    assertEquals(List.of(K2, K4), positions.history(NORTH_SOVEREIGNTY, FREEDONIA));
    assertEquals(List.of(K1, K3), positions.history(WHOLE_SOVEREIGNTY, RURITANIA));
    assertEquals(List.of(), positions.history(WHOLE_SOVEREIGNTY, FREEDONIA));
  }

  @Test
  void theClaimantsOfATerritoryComeFromItsWholeAndItsParts() {
    assertEquals(List.of(new TerritorialClaimant(RURITANIA, RURITANIA, ARCHIPELAGO,
            Containment.WHOLE, Certainty.DEFINITELY)),
        positions.claimantsOf(NORTH, day(1970, 1, 1)));
    assertEquals(List.of(
            new TerritorialClaimant(RURITANIA, RURITANIA, ARCHIPELAGO, Containment.SAME,
                Certainty.DEFINITELY),
            new TerritorialClaimant(FREEDONIA, FREEDONIA, NORTH, Containment.PART,
                Certainty.DEFINITELY)),
        positions.claimantsOf(ARCHIPELAGO, day(2000, 1, 1)));
    assertEquals(List.of(new TerritorialClaimant(FREEDONIA, FREEDONIA, NORTH, Containment.PART,
            Certainty.DEFINITELY)),
        positions.claimantsOf(ARCHIPELAGO, day(2010, 1, 1)));
  }

  @Test
  void claimantsComeInTheOrderOfTheirFirstPositionInForceNotOfTheirFirstClaim() {
    TerritoryId isle = TerritoryId.of("ISLE");
    Claim first = Claim.builder().id(ClaimId.of("R1")).claimant(RURITANIA).source(S2000)
        .madeAt(year(1990)).addProposition(new Sovereignty(isle, RURITANIA)).build();
    Claim withdrawal = Claim.builder().id(ClaimId.of("R2")).claimant(RURITANIA).source(S2000)
        .madeAt(year(1995)).withdraws(first.id()).build();
    Claim freedonia = Claim.builder().id(ClaimId.of("F1")).claimant(FREEDONIA).source(S2000)
        .madeAt(year(1992)).addProposition(new Sovereignty(isle, FREEDONIA)).build();
    Claim again = Claim.builder().id(ClaimId.of("R3")).claimant(MINISTER).source(S2006)
        .madeAt(year(2003)).addProposition(new Sovereignty(isle, RURITANIA)).build();
    DisputeModel model = DisputeModel.builder().from(MODEL)
        .addTerritories(Territory.builder().id(isle).name("Isle").kind(TerritoryKind.ISLAND).build())
        .addClaims(first, withdrawal, freedonia, again).build();
    PositionQuery q = ModelQueries.over(model).positions();
    assertEquals(List.of(
            new TerritorialClaimant(FREEDONIA, FREEDONIA, isle, Containment.SAME,
                Certainty.DEFINITELY),
            new TerritorialClaimant(RURITANIA, RURITANIA, isle, Containment.SAME,
                Certainty.DEFINITELY)),
        q.claimantsOf(isle, day(2005, 1, 1)));
    assertEquals(List.of(
            new TerritorialClaimant(RURITANIA, RURITANIA, isle, Containment.SAME,
                Certainty.DEFINITELY),
            new TerritorialClaimant(FREEDONIA, FREEDONIA, isle, Containment.SAME,
                Certainty.POSSIBLY)),
        q.claimantsOf(isle, year(1992)));
  }

  @Test
  void inACycleOfParentLinksNoTerritoryClaimsAnother() {
    TerritoryId east = TerritoryId.of("E");
    TerritoryId west = TerritoryId.of("W");
    DisputeModel model = DisputeModel.builder().from(MODEL)
        .addTerritories(
            Territory.builder().id(east).name("East").kind(TerritoryKind.REGION).parent(west).build(),
            Territory.builder().id(west).name("West").kind(TerritoryKind.REGION).parent(east).build())
        .addClaims(
            Claim.builder().id(ClaimId.of("E1")).claimant(RURITANIA).source(S2000)
                .madeAt(year(1990)).addProposition(new Sovereignty(east, RURITANIA)).build(),
            Claim.builder().id(ClaimId.of("W1")).claimant(FREEDONIA).source(S2000)
                .madeAt(year(1990)).addProposition(new Sovereignty(west, FREEDONIA)).build())
        .build();
    assertEquals(List.of(new TerritorialClaimant(RURITANIA, RURITANIA, east, Containment.SAME,
            Certainty.DEFINITELY)),
        ModelQueries.over(model).positions().claimantsOf(east, day(2000, 1, 1)));
  }

  @Test
  void unknownIdsAreRejectedWithTheFieldNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> positions.history(NORTH_SOVEREIGNTY, PartyId.of("nobody")));
    assertEquals("claimant", e.field());
    assertThrows(InvalidValueException.class,
        () -> positions.claimantsOf(TerritoryId.of("nowhere"), day(2000, 1, 1)));
  }
}
