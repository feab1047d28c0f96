package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recognition as claims ({@link Recognizes}, {@link RecognitionCount}): a withdrawal of recognition
 * that the other side disputes, counts of recognitions that contest each other while both are
 * held, and a recognizer's own withdrawal. After the Kosovo fact sheet (Serbia's January 2023
 * statement of 84 recognitions and of withdrawals, Kosovo's 115 of February 2023, the Sierra
 * Leone note Kosovo disputes); ids are test data.
 */
class RecognitionClaimsTest {
  static final PartyId SERBIA = PartyId.of("P1");
  static final PartyId KOSOVO = PartyId.of("P5");
  static final PartyId SIERRA_LEONE = PartyId.of("SL");
  static final PartyId SURINAME = PartyId.of("SR");
  static final TerritoryId KOSOVO_LAND = TerritoryId.of("T1");
  static final SourceId SRC = SourceId.of("S");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim.Builder claim(String id, PartyId by, FuzzyTime at) {
    return Claim.builder().id(ClaimId.of(id)).claimant(by).source(SRC).madeAt(at);
  }

  static DisputeModel model(Claim... claims) {
    return DisputeModel.builder()
        .addParties(state(SERBIA), state(KOSOVO), state(SIERRA_LEONE), state(SURINAME))
        .addTerritory(Territory.builder().id(KOSOVO_LAND).name("Kosovo").kind(TerritoryKind.REGION).build())
        .addSource(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("Report").build())
        .addClaims(claims).build();
  }

  static Party state(PartyId id) {
    return Party.builder().id(id).name(id.value()).kind(PartyKind.STATE).build();
  }

  @Test
  void recognitionsContradictOnAnotherSovereignOfTheSameRecognizer() {
    Recognizes slKosovo = new Recognizes(SIERRA_LEONE, KOSOVO_LAND, KOSOVO);
    assertTrue(slKosovo.contradicts(new Recognizes(SIERRA_LEONE, KOSOVO_LAND, SERBIA)));
    assertFalse(slKosovo.contradicts(new Recognizes(SURINAME, KOSOVO_LAND, SERBIA)), "another recognizer");
    assertFalse(slKosovo.contradicts(slKosovo));
    assertEquals("RECOGNITION[Territory:T1, Party:SL]", slKosovo.key().toString());
    assertEquals(List.of(new Reference("recognizer", SIERRA_LEONE), new Reference("territory", KOSOVO_LAND),
        new Reference("sovereign", KOSOVO)), slKosovo.references());
    RecognitionCount c84 = new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.exact(84));
    assertTrue(c84.contradicts(new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.exact(115))));
    assertFalse(c84.contradicts(new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.atLeast(80))));
    assertFalse(c84.contradicts(new RecognitionCount(KOSOVO_LAND, SERBIA, Estimate.exact(115))));
    assertEquals("RECOGNITION_COUNT[Territory:T1, Party:P5]", c84.key().toString());
  }

  /**
   * Serbia says Sierra Leone withdrew its recognition (a denial); Kosovo disputes it (asserts the
   * recognition): contested while both are held. Serbia's count of 84 (January 2023) and Kosovo's
   * 115 (February 2023) are contested from February on, not before.
   */
  @Test
  void aDisputedWithdrawalAndDifferentCountsAreContested() {
    DisputeModel m = model(
        claim("K1", SERBIA, FuzzyTime.inYear(java.time.Year.of(2020))).polarity(Polarity.DENIES)
            .addPropositions(new Recognizes(SIERRA_LEONE, KOSOVO_LAND, KOSOVO)).build(),
        claim("K2", KOSOVO, FuzzyTime.inYear(java.time.Year.of(2020)))
            .addPropositions(new Recognizes(SIERRA_LEONE, KOSOVO_LAND, KOSOVO)).build(),
        claim("K3", SERBIA, day(2023, 1, 4))
            .addPropositions(new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.exact(84))).build(),
        claim("K4", KOSOVO, day(2023, 2, 17))
            .addPropositions(new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.exact(115))).build());
    assertEquals(List.of("RECOGNITION[Territory:T1, Party:SL]", "RECOGNITION_COUNT[Territory:T1, Party:P5]"),
        ModelQueries.over(m).contested().stream().map(q -> q.key().toString()).toList());
    var counts = ModelIndex.of(m).question(new RecognitionCount(KOSOVO_LAND, KOSOVO, Estimate.unknown()).key());
    assertEquals(Certainty.NOT, counts.contestedOn(day(2023, 1, 20)));
    assertEquals(Certainty.DEFINITELY, counts.contestedOn(day(2023, 3, 1)));
  }

  /**
   * Suriname recognizes Kosovo (2016) and withdraws it (2017, a claim that replaces the
   * recognition with its denial): Suriname never contests itself, and in force on a date is one
   * answer.
   */
  @Test
  void aRecognizersOwnWithdrawalReplacesItsRecognition() {
    Recognizes recognition = new Recognizes(SURINAME, KOSOVO_LAND, KOSOVO);
    DisputeModel m = model(
        claim("K1", SURINAME, FuzzyTime.inYear(java.time.Year.of(2016))).addPropositions(recognition).build(),
        claim("K2", SURINAME, FuzzyTime.inMonth(YearMonth.of(2017, 10))).polarity(Polarity.DENIES)
            .addPropositions(recognition).replaces(ClaimId.of("K1")).build());
    assertEquals(List.of(), ModelQueries.over(m).contested());
    assertEquals(Certainty.NOT, m.inForce(m.claim(ClaimId.of("K1")).orElseThrow(), day(2018, 1, 1)));
    assertEquals(Certainty.DEFINITELY, m.inForce(m.claim(ClaimId.of("K2")).orElseThrow(), day(2018, 1, 1)));
  }
}
