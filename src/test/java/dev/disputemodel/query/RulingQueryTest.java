package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.RulingResponseKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#rulingsAbout} and {@link ModelQueries#responsesTo} on a hand-built model
 * (test data shaped like an award rejected decades later, not a real dispute): tribunal B awarded
 * territory T to G on 3 October 1900; G accepts it from then on; V rejected it in February 1960
 * (month only) and accepted it on 1 January 2000 by a claim that replaces the rejection; a source
 * says in its own voice that V ignored it in 1950.
 */
class RulingQueryTest {
  static final SourceId SRC = SourceId.of("src");
  static final PartyId G = PartyId.of("G");
  static final PartyId V = PartyId.of("V");
  static final PartyId BODY = PartyId.of("B");
  static final TerritoryId WHOLE = TerritoryId.of("W");
  static final TerritoryId T = TerritoryId.of("T");
  static final TerritoryId PART = TerritoryId.of("T-part");
  static final TerritoryId ELSEWHERE = TerritoryId.of("X");
  static final RulingId J = RulingId.of("J");
  static final RulingId OTHER = RulingId.of("J2");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim.Builder response(String id, PartyId party, FuzzyTime at, RulingResponseKind kind) {
    return Claim.builder().id(ClaimId.of(id)).claimant(party).source(SRC).madeAt(at)
        .addPropositions(new RulingResponse(party, J, kind));
  }

  static Territory territory(TerritoryId id) {
    return Territory.builder().id(id).name(id.value()).kind(TerritoryKind.REGION).build();
  }

  /** A collection of documents published as they came, so each claim is known from when it was made. */
  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(SRC).kind(SourceKind.RESEARCH).title("src")
          .published(day(1900, 10, 3)).build())
      .addParties(Party.builder().id(G).name("G").kind(PartyKind.STATE).build(),
          Party.builder().id(V).name("V").kind(PartyKind.STATE).build(),
          Party.builder().id(BODY).name("Tribunal").kind(PartyKind.COURT_OR_TRIBUNAL).build())
      .addTerritories(territory(WHOLE), territory(T).withParent(WHOLE), territory(PART).withParent(T),
          territory(ELSEWHERE))
      .addRulings(
          Ruling.builder().id(J).name("Award").body(BODY).issued(day(1900, 10, 3)).binding(true)
              .addDecisions(new SovereigntyDecision(T, G)).source(SRC).build(),
          Ruling.builder().id(OTHER).name("Other").body(BODY).issued(day(1901, 1, 1)).binding(false)
              .addDecisions(new SovereigntyDecision(ELSEWHERE, G)).source(SRC).build())
      .addClaims(
          response("KG", G, day(1900, 10, 3), RulingResponseKind.ACCEPTS)
              .heldDuring(FuzzyPeriod.since(day(1900, 10, 3))).build(),
          Claim.builder().id(ClaimId.of("KS")).source(SRC).madeAt(FuzzyTime.inYear(java.time.Year.of(1950)))
              .addPropositions(new RulingResponse(V, J, RulingResponseKind.IGNORES)).build(),
          response("KR", V, FuzzyTime.inMonth(YearMonth.of(1960, 2)), RulingResponseKind.REJECTS).build(),
          response("KA", V, day(2000, 1, 1), RulingResponseKind.ACCEPTS).replaces(ClaimId.of("KR")).build())
      .build());

  @Test
  void theRulingsAboutATerritoryIncludeThoseOnWhatContainsItAndWhatItContains() {
    assertEquals(List.of(J), ids(Q.rulingsAbout(T)));
    assertEquals(List.of(J), ids(Q.rulingsAbout(PART)), "a ruling on T concerns each part of it");
    assertEquals(List.of(J), ids(Q.rulingsAbout(WHOLE)), "and the whole it lies within");
    assertEquals(List.of(OTHER), ids(Q.rulingsAbout(ELSEWHERE)));
    assertThrows(InvalidValueException.class, () -> Q.rulingsAbout(TerritoryId.of("nope")));
  }

  @Test
  void aRulingRejectedAndLaterAcceptedHasOneResponsePerDate() {
    RulingResponses in1970 = Q.responsesTo(J, day(1970, 1, 1));
    assertEquals(Set.of(G), in1970.parties(RulingResponseKind.ACCEPTS, Certainty.DEFINITELY));
    assertEquals(Set.of(V), in1970.parties(RulingResponseKind.REJECTS, Certainty.DEFINITELY));
    assertEquals(Set.of(V), in1970.parties(RulingResponseKind.IGNORES, Certainty.DEFINITELY),
        "the source's own word is a position of its own, not ended by V's claims");

    RulingResponses in2001 = Q.responsesTo(J, day(2001, 1, 1));
    assertEquals(Set.of(G, V), in2001.parties(RulingResponseKind.ACCEPTS, Certainty.DEFINITELY));
    assertEquals(Set.of(), in2001.parties(RulingResponseKind.REJECTS, Certainty.POSSIBLY),
        "the acceptance replaced the rejection");
  }

  @Test
  void aRejectionDatedToTheMonthIsPossiblyInForceWithinIt() {
    RulingResponses mid = Q.responsesTo(J, day(1960, 2, 15));
    assertEquals(Set.of(), mid.parties(RulingResponseKind.REJECTS, Certainty.DEFINITELY));
    assertEquals(Set.of(V), mid.parties(RulingResponseKind.REJECTS, Certainty.POSSIBLY));
    assertEquals(Set.of(), Q.responsesTo(J, day(1959, 12, 1)).parties(RulingResponseKind.REJECTS, Certainty.POSSIBLY));
  }

  @Test
  void asKnownBeforeTheAcceptanceTheRejectionStillStands() {
    RulingResponses known1999 = Q.responsesTo(J, day(2001, 1, 1), day(1999, 1, 1));
    assertEquals(Set.of(V), known1999.parties(RulingResponseKind.REJECTS, Certainty.DEFINITELY));
    assertEquals(Set.of(G), known1999.parties(RulingResponseKind.ACCEPTS, Certainty.POSSIBLY));
    RulingResponses.Response r = known1999.responses().stream()
        .filter(x -> x.kind() == RulingResponseKind.REJECTS).findFirst().orElseThrow();
    assertEquals(ClaimId.of("KR"), r.claim().id());
    assertEquals(V, r.speaker());
    assertEquals(Polarity.ASSERTS, r.polarity());
    assertThrows(InvalidValueException.class, () -> Q.responsesTo(RulingId.of("nope"), day(2000, 1, 1)));
  }

  @Test
  void differentResponsesOfOnePartyContradict() {
    RulingResponse accepts = new RulingResponse(V, J, RulingResponseKind.ACCEPTS);
    RulingResponse rejects = new RulingResponse(V, J, RulingResponseKind.REJECTS);
    assertEquals(true, accepts.contradicts(rejects));
    assertEquals(false, accepts.contradicts(new RulingResponse(G, J, RulingResponseKind.REJECTS)));
    assertEquals(accepts.key(), rejects.key());
  }

  static List<RulingId> ids(List<Ruling> rulings) {
    return rulings.stream().map(Ruling::id).toList();
  }
}
