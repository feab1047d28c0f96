package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#responsesTo(AgreementId, FuzzyTime)} and
 * {@link ModelQueries#agreementInForce}: a plan proposed, accepted by one community and rejected
 * by the other on one day and never in force (the Annan Plan's shape, cyprus-facts.md S5), a
 * protocol in force 1970–1982 by one account and never by another (the Port of Spain Protocol's,
 * essequibo-facts.md S3), and a plan only proposed; ids and the later acceptance are test data.
 */
class AgreementQueryTest {
  static final SourceId S = SourceId.of("S");
  static final SourceId WIKI = SourceId.of("wiki");
  static final PartyId UN = PartyId.of("un");
  static final PartyId NORTH = PartyId.of("north");
  static final PartyId SOUTH = PartyId.of("south");
  static final ConflictId C = ConflictId.of("C");
  static final AgreementId PLAN = AgreementId.of("plan");
  static final AgreementId PROTOCOL = AgreementId.of("protocol");
  static final AgreementId DRAFT = AgreementId.of("draft");
  static final AgreementId UNDATED = AgreementId.of("undated");
  static final FuzzyTime REFERENDUMS = day(2004, 4, 24);

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Party party(PartyId id) {
    return Party.builder().id(id).name(id.value()).kind(PartyKind.OTHER).build();
  }

  static Agreement.Builder agreement(AgreementId id) {
    return Agreement.builder().id(id).name(id.value()).kind(AgreementKind.FULL).conflict(C).source(S);
  }

  static Claim.Builder claim(String id, PartyId claimant, FuzzyTime made) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(S).madeAt(made);
  }

  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.OFFICIAL_STATEMENT).title("S").build(),
          Source.builder().id(WIKI).kind(SourceKind.OTHER).title("wiki").build())
      .addParties(party(UN), party(NORTH), party(SOUTH))
      .addConflicts(Conflict.builder().id(C).name("C").build())
      .addAgreements(
          agreement(PLAN).proposer(UN).proposed(FuzzyTime.inMonth(YearMonth.of(2004, 3))).lapsed(REFERENDUMS).build(),
          agreement(PROTOCOL).agreed(day(1970, 6, 18)).effective(day(1970, 6, 18)).ended(day(1982, 6, 18)).build(),
          agreement(DRAFT).proposer(UN).proposed(day(2004, 3, 31)).build(),
          agreement(UNDATED).build())
      .addClaims(
          claim("north-yes", NORTH, REFERENDUMS).addPropositions(new AgreementResponse(NORTH, PLAN, ResponseKind.ACCEPTS)).build(),
          claim("south-no", SOUTH, REFERENDUMS).addPropositions(new AgreementResponse(SOUTH, PLAN, ResponseKind.REJECTS)).build(),
          // Test data: the south later accepts the plan, replacing its rejection.
          claim("south-yes", SOUTH, day(2030, 1, 1)).addPropositions(new AgreementResponse(SOUTH, PLAN, ResponseKind.ACCEPTS))
              .replaces(ClaimId.of("south-no")).build(),
          Claim.builder().id(ClaimId.of("never")).source(WIKI).madeAt(day(2020, 1, 1))
              .addPropositions(new AgreementStatus(PROTOCOL, AgreementStage.NEVER_IN_FORCE)).build())
      .build());

  static List<String> answers(FuzzyTime date) {
    return Q.responsesTo(PLAN, date).stream()
        .map(r -> r.party().value() + " " + r.response() + " " + r.certainty() + " (" + r.claim().id().value() + ")")
        .collect(Collectors.toList());
  }

  @Test
  void whoAcceptsThePlanOnEachDate() {
    assertEquals(List.of(), answers(day(2004, 4, 1)), "before the referendums");
    assertEquals(List.of("north ACCEPTS DEFINITELY (north-yes)", "south REJECTS DEFINITELY (south-no)"),
        answers(day(2004, 4, 25)));
    assertEquals(List.of("north ACCEPTS DEFINITELY (north-yes)", "south ACCEPTS DEFINITELY (south-yes)"),
        answers(day(2031, 1, 1)), "the later acceptance replaces the rejection");
    assertEquals(List.of("north", "south"), Q.responsesTo(PLAN, day(2031, 1, 1), day(2010, 1, 1)).stream()
        .map(a -> a.party().value() + "").collect(Collectors.toList()));
    assertEquals(ResponseKind.REJECTS, Q.responsesTo(PLAN, day(2031, 1, 1), day(2010, 1, 1)).get(1).response(),
        "as known in 2010, the acceptance of 2030 is not yet said");
    assertEquals(List.of(), Q.responsesTo(PROTOCOL, day(2000, 1, 1)));
    assertThrows(InvalidValueException.class, () -> Q.responsesTo(AgreementId.of("none"), day(2000, 1, 1)));
  }

  @Test
  void aLapsedOrOnlyProposedAgreementIsNeverDefinitelyInForce() {
    assertEquals(Certainty.NOT, Q.agreementInForce(PLAN, day(2004, 4, 1)), "lapsed: never in force");
    assertEquals(Certainty.NOT, Q.agreementInForce(PLAN, day(2010, 1, 1)));
    assertEquals(Certainty.NOT, Q.agreementInForce(DRAFT, day(2004, 1, 1)), "before its proposal");
    assertEquals(Certainty.POSSIBLY, Q.agreementInForce(DRAFT, day(2004, 4, 1)),
        "only proposed: signed later or not, the model does not say");
    assertEquals(Certainty.POSSIBLY, Q.agreementInForce(UNDATED, day(2004, 4, 1)), "no time known");
  }

  @Test
  void aClaimThatItWasNeverInForceContestsTheRecordedTimes() {
    assertEquals(Certainty.NOT, Q.agreementInForce(PROTOCOL, day(1969, 1, 1)));
    assertEquals(Certainty.POSSIBLY, Q.agreementInForce(PROTOCOL, day(1975, 1, 1)),
        "in force by the record, never by a claim made in 2020 that holds since");
    assertEquals(Certainty.NOT, Q.agreementInForce(PROTOCOL, day(1990, 1, 1)), "ended in 1982 either way");
  }

  @Test
  void withoutAContestingClaimTheRecordedTimesAnswer() {
    ModelQueries q = ModelQueries.over(DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.OFFICIAL_STATEMENT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build())
        .addAgreements(agreement(PROTOCOL).agreed(day(1970, 6, 18)).ended(day(1982, 6, 18)).build())
        .build());
    assertEquals(Certainty.DEFINITELY, q.agreementInForce(PROTOCOL, day(1975, 1, 1)));
    assertEquals(Certainty.POSSIBLY, q.agreementInForce(PROTOCOL, FuzzyTime.inYear(java.time.Year.of(1982))));
  }
}
