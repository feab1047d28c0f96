package dev.disputemodel.index;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one definition of "contested" ({@link Question#contested()}, {@link Question#contestedOn}) on
 * small models with exact answers. Parties, territories and dates are test data.
 */
class ContestedTest {
  static final PartyId A = PartyId.of("A");
  static final PartyId A_MINISTER = PartyId.of("A-FM");
  static final PartyId B = PartyId.of("B");
  static final TerritoryId ARCHIPELAGO = TerritoryId.of("T");
  static final TerritoryId ISLAND = TerritoryId.of("T1");
  static final SourceId SRC = SourceId.of("S");
  static final PropositionKey WHO_RULES_THE_ISLAND = PropositionKey.of(PropositionType.SOVEREIGNTY, ISLAND);

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim claim(String id, PartyId by, FuzzyTime at, Proposition p) {
    return Claim.builder().id(ClaimId.of(id)).claimant(by).source(SRC).madeAt(at).addPropositions(p).build();
  }

  static DisputeModel model(Claim... claims) {
    return DisputeModel.builder()
        .addParties(Party.builder().id(A).name("A").kind(PartyKind.STATE).build(),
            Party.builder().id(A_MINISTER).name("A's minister").kind(PartyKind.PERSON).actsFor(A).build(),
            Party.builder().id(B).name("B").kind(PartyKind.STATE).build())
        .addTerritories(Territory.builder().id(ARCHIPELAGO).name("Archipelago").kind(TerritoryKind.REGION).build(),
            Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.REGION).parent(ARCHIPELAGO).build())
        .addSources(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("Report").build())
        .addClaims(claims).build();
  }

  static Question island(DisputeModel m) {
    return ModelIndex.of(m).question(WHO_RULES_THE_ISLAND);
  }

  @Test
  void twoClaimantsHoldingContradictingPositionsContest() {
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)),
        claim("K2", B, day(2010, 1, 1), new Sovereignty(ISLAND, B)));
    assertEquals(DEFINITELY, island(m).contested());
    assertEquals(NOT, island(m).contestedOn(day(2005, 1, 1)));      // B had not yet claimed it
    assertEquals(DEFINITELY, island(m).contestedOn(day(2011, 1, 1)));
    assertEquals(2, island(m).contestedVersions().size());
  }

  @Test
  void aClaimantThatReplacedItsOwnPositionIsNotContestedWithItself() {
    Claim later = Claim.builder().id(ClaimId.of("K2")).claimant(A_MINISTER).source(SRC).madeAt(day(2010, 1, 1))
        .addPropositions(new Sovereignty(ISLAND, B)).replaces(ClaimId.of("K1")).build();
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)), later);
    assertEquals(NOT, island(m).contested());
    assertEquals(List.of(), island(m).contestedVersions());
  }

  @Test
  void aWithdrawnPositionContestsNothingAfterItsWithdrawal() {
    Claim withdrawal = Claim.builder().id(ClaimId.of("K3")).claimant(A).source(SRC)
        .madeAt(FuzzyTime.inMonth(YearMonth.of(2005, 3))).withdraws(ClaimId.of("K1")).build();
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)),
        claim("K2", B, day(2010, 1, 1), new Sovereignty(ISLAND, B)), withdrawal);
    assertEquals(NOT, island(m).contested());
    // B claims within the month of the withdrawal: possibly still held together
    DisputeModel close = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)),
        claim("K2", B, day(2005, 3, 10), new Sovereignty(ISLAND, B)), withdrawal);
    assertEquals(POSSIBLY, island(close).contested());
    assertEquals(POSSIBLY, island(close).contestedOn(day(2005, 3, 20)));
    assertEquals(NOT, island(close).contestedOn(day(2005, 4, 1)));
    // as known on 9 March the withdrawal was not yet certain; B's claim was not yet made
    assertEquals(NOT, island(close).contestedOn(day(2005, 4, 1), day(2005, 3, 9)));
    assertEquals(POSSIBLY, island(close).contestedOn(day(2005, 4, 1), day(2005, 3, 15)));
  }

  @Test
  void aClaimOnTheWholeCompetesWithAClaimOnThePart() {
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)),
        claim("K2", B, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, B)));
    Question q = island(m);
    assertEquals(DEFINITELY, q.contested());
    assertEquals(List.of(new Answer(dev.disputemodel.Polarity.ASSERTS, new Sovereignty(ISLAND, A)),
        new Answer(dev.disputemodel.Polarity.ASSERTS, new Sovereignty(ISLAND, B))),
        q.versions().stream().map(Version::answer).toList());
    // the question about the whole is not contested: a claim on a part does not answer it
    assertEquals(NOT, ModelIndex.of(m).question(PropositionKey.of(PropositionType.SOVEREIGNTY, ARCHIPELAGO)).contested());
    assertEquals(List.of(WHO_RULES_THE_ISLAND), ModelIndex.of(m).questions().stream().map(Question::key).toList());
  }

  @Test
  void aContestOverTheWholeIsNotRepeatedAtEachPart() {
    // A denies a third party's sovereignty over the island: no answer the wholes' claims contradict
    Claim denial = Claim.builder().id(ClaimId.of("K3")).claimant(A).source(SRC).madeAt(day(2000, 1, 1))
        .polarity(dev.disputemodel.Polarity.DENIES).addPropositions(new Sovereignty(ISLAND, A_MINISTER)).build();
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, A)),
        claim("K2", B, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, B)), denial);
    assertEquals(DEFINITELY, ModelIndex.of(m).question(PropositionKey.of(PropositionType.SOVEREIGNTY, ARCHIPELAGO)).contested());
    assertEquals(3, island(m).claims().size());
    assertEquals(NOT, island(m).contested());
  }

  @Test
  void aClaimantAndItsOfficialAreOneClaimant() {
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ISLAND, A)),
        claim("K2", A_MINISTER, day(2001, 1, 1), new Sovereignty(ISLAND, B)));
    assertEquals(NOT, island(m).contested());
  }

  @Test
  void inALargeQuestionClaimsOnTheWholeAloneContestOnlyTheWhole() {
    // nine claims (past the eight compared pair by pair), all on the archipelago, none on the island
    Claim[] claims = new Claim[9];
    for (int i = 0; i < claims.length; i++) {
      PartyId by = i % 2 == 0 ? A : B;
      claims[i] = claim("K" + i, by, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, by));
    }
    DisputeModel m = model(claims);
    Question q = island(m);
    assertEquals(9, q.claims().size());
    assertFalse(q.isSmall());
    assertEquals(NOT, q.contested());
    assertEquals(List.of(), q.contestedVersions());
    assertEquals(DEFINITELY, ModelIndex.of(m).question(PropositionKey.of(PropositionType.SOVEREIGNTY, ARCHIPELAGO)).contested());
  }

  @Test
  void inALargeQuestionAClaimOnThePartContestsTheClaimsOnTheWhole() {
    Claim[] claims = new Claim[9];
    claims[0] = claim("K0", A, day(2000, 1, 1), new Sovereignty(ISLAND, A));
    for (int i = 1; i < claims.length; i++) {
      claims[i] = claim("K" + i, B, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, B));
    }
    Question q = island(model(claims));
    assertFalse(q.isSmall());
    assertEquals(DEFINITELY, q.contested());
    assertEquals(2, q.contestedVersions().size());
  }

  @Test
  void aQuestionAboutNoTerritoryHasNoVersions() {
    DisputeModel m = model(claim("K1", A, day(2000, 1, 1), new Sovereignty(ARCHIPELAGO, A)));
    assertEquals(List.of(), ModelIndex.of(m).question(PropositionKey.of(PropositionType.SOVEREIGNTY)).versions());
  }
}
