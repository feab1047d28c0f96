package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Observer;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Recognition;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#rulingsAbout}, {@link ModelQueries#responsesTo} and
 * {@link ModelQueries#sovereigntyAccordingTo}: a ruling rejected and later accepted, as known on
 * dates; the shapes follow examples/facts/essequibo-facts.md (J1, K1, K2); ids and the dates of
 * the acceptance are test data.
 */
class RulingQueryTest {
  static final SourceId S = SourceId.of("S");
  static final PartyId TRIBUNAL = PartyId.of("tribunal");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final TerritoryId COUNTRY = TerritoryId.of("country");
  static final TerritoryId REGION = TerritoryId.of("region");
  static final TerritoryId ISLAND = TerritoryId.of("island");
  static final RulingId AWARD = RulingId.of("award");
  static final RulingId OTHER = RulingId.of("other");
  static final RulingId OPINION = RulingId.of("opinion");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim response(String id, PartyId party, FuzzyTime made, ResponseKind kind) {
    return Claim.builder().id(ClaimId.of(id)).claimant(party).source(S).madeAt(made)
        .addPropositions(new RulingResponse(party, AWARD, kind)).build();
  }

  static Party party(PartyId id, PartyKind kind) {
    return Party.builder().id(id).name(id.value()).kind(kind).build();
  }

  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
      .addParties(party(TRIBUNAL, PartyKind.COURT_OR_TRIBUNAL), party(A, PartyKind.STATE), party(B, PartyKind.STATE))
      .addTerritories(
          Territory.builder().id(COUNTRY).name("Country").kind(TerritoryKind.COUNTRY)
              .addSovereignty(SovereigntyStatus.builder().sovereign(A).addRecognizers(A, B)
                  .period(FuzzyPeriod.since(day(1966, 5, 26))).source(S).build())
              .build(),
          Territory.builder().id(REGION).name("Region").kind(TerritoryKind.REGION).parent(COUNTRY).build(),
          Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.ISLAND).parent(REGION)
              .addSovereignty(SovereigntyStatus.builder().sovereign(B).addRecognizers(B).source(S).build())
              .build())
      .addRulings(
          Ruling.builder().id(OTHER).name("Unrelated order").body(TRIBUNAL).issued(day(1900, 1, 1))
              .binding(true).addDecisions(new OtherDecision("costs")).source(S).build(),
          Ruling.builder().id(AWARD).name("Award").body(TRIBUNAL).issued(day(1899, 10, 3)).binding(true)
              .addDecisions(new SovereigntyDecision(ISLAND, A)).source(S).build(),
          Ruling.builder().id(OPINION).name("Opinion").body(TRIBUNAL).issued(day(2010, 7, 22)).binding(false)
              .addDecisions(new ClaimDecision(ClaimId.of("region-is-b"), ClaimVerdict.NOT_CONTRARY_TO_LAW))
              .source(S).build())
      .addClaims(
          Claim.builder().id(ClaimId.of("region-is-b")).claimant(B).source(S).madeAt(day(2008, 2, 17))
              .addPropositions(new Sovereignty(REGION, B)).build(),
          response("accepts-a", A, day(1899, 10, 3), ResponseKind.ACCEPTS),
          response("rejects-b", B, FuzzyTime.inMonth(YearMonth.of(1962, 2)), ResponseKind.REJECTS),
          // The rejection is later replaced by an acceptance (test data).
          Claim.builder().id(ClaimId.of("accepts-b")).claimant(B).source(S).madeAt(day(2030, 1, 1))
              .addPropositions(new RulingResponse(B, AWARD, ResponseKind.ACCEPTS))
              .replaces(ClaimId.of("rejects-b")).build())
      .build());

  static List<String> answers(FuzzyTime date) {
    return words(Q.responsesTo(AWARD, date));
  }

  static List<String> words(List<RulingAnswer> answers) {
    return answers.stream()
        .map(r -> r.party().value() + " " + r.response() + " " + r.certainty() + " (" + r.claim().id().value() + ")")
        .collect(Collectors.toList());
  }

  @Test
  void whoAcceptsTheAwardAsKnownOnEachDate() {
    assertEquals(List.of("A ACCEPTS DEFINITELY (accepts-a)"), answers(day(1950, 1, 1)));
    assertEquals(List.of("A ACCEPTS DEFINITELY (accepts-a)"), answers(FuzzyTime.inMonth(YearMonth.of(1962, 1))));
    assertEquals(List.of("A ACCEPTS DEFINITELY (accepts-a)", "B REJECTS POSSIBLY (rejects-b)"),
        answers(day(1962, 2, 15)), "made some time in February 1962");
    assertEquals(List.of("A ACCEPTS DEFINITELY (accepts-a)", "B REJECTS DEFINITELY (rejects-b)"),
        answers(day(2000, 1, 1)));
    assertEquals(List.of("A ACCEPTS DEFINITELY (accepts-a)", "B ACCEPTS DEFINITELY (accepts-b)"),
        answers(day(2030, 6, 1)), "the later acceptance replaces the rejection");
    assertEquals(List.of(), answers(day(1899, 1, 1)), "nothing said before the award");
  }

  @Test
  void asKnownOnADateOnlyWhatHadBeenSaidAndPublishedCounts() {
    assertEquals(List.of("A ACCEPTS POSSIBLY (accepts-a)", "B REJECTS POSSIBLY (rejects-b)"),
        words(Q.responsesTo(AWARD, day(2000, 1, 1), day(2000, 1, 1))),
        "the source states no publication time: only possibly known");
    assertEquals(List.of("A ACCEPTS POSSIBLY (accepts-a)", "B REJECTS POSSIBLY (rejects-b)"),
        words(Q.responsesTo(AWARD, day(2030, 6, 1), day(2000, 1, 1))),
        "as known in 2000, the acceptance of 2030 is not yet said");
  }

  @Test
  void theRulingsAboutATerritoryIncludeThoseAboutTerritoriesWithinItAndOnClaimsAboutIt() {
    assertEquals(List.of(AWARD, OPINION), Q.rulingsAbout(COUNTRY).stream().map(Ruling::id).collect(Collectors.toList()));
    assertEquals(List.of(AWARD, OPINION), Q.rulingsAbout(REGION).stream().map(Ruling::id).collect(Collectors.toList()),
        "the award is about the island within it, the opinion about a claim on the region");
    assertEquals(List.of(AWARD), Q.rulingsAbout(ISLAND).stream().map(Ruling::id).collect(Collectors.toList()));
    assertThrows(InvalidValueException.class, () -> Q.rulingsAbout(TerritoryId.of("nowhere")));
    assertThrows(InvalidValueException.class, () -> Q.responsesTo(RulingId.of("nothing"), day(2000, 1, 1)));
  }

  @Test
  void sovereigntyAccordingToAnObserverFallsBackToTheNearestContainingTerritory() {
    FuzzyTime on = day(2000, 1, 1);
    List<Recognition> region = Q.sovereigntyAccordingTo(REGION, Observer.party(B), on);
    assertEquals(1, region.size());
    assertEquals(A, region.get(0).sovereign().orElseThrow(), "the country's status, REGION has none");
    assertEquals(Certainty.DEFINITELY, region.get(0).certainty());
    List<Recognition> island = Q.sovereigntyAccordingTo(ISLAND, Observer.party(B), on);
    assertEquals(B, island.get(0).sovereign().orElseThrow(), "the island's own status comes first");
    assertEquals(List.of(), Q.sovereigntyAccordingTo(REGION, Observer.party(B), day(1950, 1, 1)),
        "before the country's status, nobody");
  }
}
