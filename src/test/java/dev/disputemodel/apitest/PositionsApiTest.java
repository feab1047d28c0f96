package dev.disputemodel.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.Estimate;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Observer;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Recognition;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.PositionQuery;
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
 * Positions over time, recognition per observer, containment and external ids, used through the
 * public API only. Facts from {@code examples/facts/essequibo-facts.md} (source ids as there);
 * the withdrawal and the island are test data.
 */
class PositionsApiTest {
  static final PartyId VENEZUELA = PartyId.of("P1");
  static final PartyId GUYANA = PartyId.of("P4");
  static final TerritoryId ESSEQUIBO = TerritoryId.of("T1");
  static final TerritoryId ISLAND = TerritoryId.of("T1-island");
  static final SourceId SRC33 = SourceId.of("SRC33");
  static final SourceId SRC42 = SourceId.of("SRC42");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim venezuela() {   // K2: the 1899 Award is null and void, since February 1962 [SRC33]
    return Claim.builder().id(ClaimId.of("K2")).claimant(VENEZUELA).source(SRC33)
        .madeAt(FuzzyTime.inMonth(YearMonth.of(1962, 2)))
        .heldDuring(FuzzyPeriod.since(FuzzyTime.inMonth(YearMonth.of(1962, 2))))
        .addPropositions(new Sovereignty(ESSEQUIBO, VENEZUELA)).build();
  }

  static Claim guyana() {      // K10: the Award is valid and binding, since independence [SRC42]
    return Claim.builder().id(ClaimId.of("K10")).claimant(GUYANA).source(SRC42)
        .madeAt(FuzzyTime.inYear(Year.of(2018)))
        .heldDuring(FuzzyPeriod.since(day(1966, 5, 26)))
        .addPropositions(new Sovereignty(ESSEQUIBO, GUYANA)).build();
  }

  static DisputeModel model(Claim... more) {
    return DisputeModel.builder()
        .addParties(
            Party.builder().id(VENEZUELA).name("Venezuela").kind(PartyKind.STATE).build(),
            Party.builder().id(GUYANA).name("Guyana").kind(PartyKind.STATE)
                .putExternalId(IdScheme.of("example-registry"), "GY-1").build())
        .addTerritories(
            Territory.builder().id(ESSEQUIBO).name("Essequibo").kind(TerritoryKind.REGION).build(),
            Territory.builder().id(ISLAND).name("An island (test data)").kind(TerritoryKind.REGION)
                .parent(ESSEQUIBO).build())
        .addSources(
            Source.builder().id(SRC33).kind(SourceKind.NEWS_REPORT).title("The Venezuelan border controversy").build(),
            Source.builder().id(SRC42).kind(SourceKind.OFFICIAL_STATEMENT).title("Guyana's position").build())
        .addClaims(venezuela(), guyana())
        .addClaims(more)
        .build();
  }

  @Test
  void positionsHeldSinceADateAreInForceBeforeTheyWereSaid() {
    DisputeModel m = model();
    assertEquals(Certainty.DEFINITELY, m.inForce(guyana(), FuzzyTime.inYear(Year.of(1970))));
    assertEquals(Certainty.NOT, m.inForce(guyana(), FuzzyTime.inYear(Year.of(1965))));
    assertEquals(Certainty.POSSIBLY, m.inForce(venezuela(), FuzzyTime.inMonth(YearMonth.of(1962, 2))));
    // the sources state no publication time: as known on any date, only possibly known
    assertEquals(Certainty.POSSIBLY, m.inForce(guyana(), FuzzyTime.inYear(Year.of(1970)), FuzzyTime.inYear(Year.of(2020))));
  }

  @Test
  void aWithdrawalEndsThePositionWhenItTakesEffect() {
    Claim withdrawal = Claim.builder().id(ClaimId.of("W")).claimant(VENEZUELA).source(SRC33)   // test data
        .madeAt(day(2030, 1, 1)).addEnds(Ending.withdraws(ClaimId.of("K2")).withEffective(day(2031, 1, 1))).build();
    DisputeModel m = model(withdrawal);
    assertEquals(List.of(withdrawal), m.endingsOf(ClaimId.of("K2")));
    assertEquals(Certainty.DEFINITELY, m.inForce(venezuela(), day(2030, 6, 1)));
    assertEquals(Certainty.NOT, m.inForce(venezuela(), day(2031, 6, 1)));
  }

  @Test
  void recognitionContainmentAndExternalIds() {
    SovereigntyStatus counted = SovereigntyStatus.builder().sovereign(GUYANA)
        .recognizerCount(Estimate.atLeast(24).withWording("dozens of states")).source(SRC42).build();  // test data
    Territory t = Territory.builder().id(ESSEQUIBO).name("Essequibo").kind(TerritoryKind.REGION)
        .addSovereignty(counted).build();
    assertEquals(List.of(new Recognition(counted, Certainty.POSSIBLY, false)),
        t.sovereigntyAccordingTo(Observer.party(VENEZUELA), day(2020, 1, 1)));
    DisputeModel m = model();
    assertEquals(Optional.of(Containment.PART), m.containment(ISLAND, ESSEQUIBO));
    assertEquals(Optional.of("GY-1"), m.party(GUYANA).orElseThrow().externalId(IdScheme.of("example-registry")));
  }

  @Test
  void positionQueriesWorkThroughThePublicApi() {
    PositionQuery positions = ModelQueries.over(model()).positions();
    FuzzyTime in1970 = FuzzyTime.inYear(Year.of(1970));
    assertEquals(List.of(new PositionQuery.Position(venezuela(), VENEZUELA, Certainty.DEFINITELY),
            new PositionQuery.Position(guyana(), GUYANA, Certainty.DEFINITELY)),
        positions.inForce(new Sovereignty(ISLAND, GUYANA).key(), in1970));
    assertEquals(List.of(
            new PositionQuery.TerritorialClaimant(VENEZUELA, VENEZUELA, ESSEQUIBO,
                Containment.WHOLE, Certainty.DEFINITELY),
            new PositionQuery.TerritorialClaimant(GUYANA, GUYANA, ESSEQUIBO,
                Containment.WHOLE, Certainty.DEFINITELY)),
        positions.claimantsOf(ISLAND, in1970));
    assertEquals(List.of(guyana()), positions.history(new Sovereignty(ESSEQUIBO, GUYANA).key(), GUYANA));
  }
}
