package dev.disputemodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Agreement;
import dev.disputemodel.VoteResult;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.Succession;
import dev.disputemodel.Share;
import dev.disputemodel.EventKind;
import dev.disputemodel.EventId;
import dev.disputemodel.Event;
import dev.disputemodel.Estimate;
import dev.disputemodel.Characterization;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Attack;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The account of a small hand-built model, and the readable forms of results, as exact text. */
class ModelAccountTest {
  private static final SourceId S = SourceId.of("S");
  private static final PartyId A = PartyId.of("A");
  private static final PartyId B = PartyId.of("B");
  private static final PartyId M = PartyId.of("M");
  private static final ConflictId C = ConflictId.of("C");
  private static final FuzzyTime DAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));

  /** Two states that blame each other for starting conflict C (claims C and K2), and a broker. */
  private static final DisputeModel MODEL = DisputeModel.builder()
      .addSource(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("A report").build())
      .addParties(state(A, "State A"), state(B, "State B"), state(M, "State M"))
      .addConflict(Conflict.builder().id(C).name("Border war")
          .addSides(side("Side A", A), side("Side B", B)).build())
      .addMediator(Mediator.builder().id(MediatorId.of("C")).party(M).role(MediatorRole.BROKER)
          .conflict(C).source(S).build())
      .addClaims(claim("C", A, B), claim("K2", B, A))
      .build();

  private static Party state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE).build();
  }

  private static Side side(String label, PartyId primary) {
    return Side.builder().label(label).addPrimary(primary).build();
  }

  private static Claim claim(String id, PartyId claimant, PartyId initiator) {
    return Claim.builder().id(ClaimId.of(id)).source(S).madeAt(DAY).claimant(claimant)
        .addPropositions(new Initiated(C, initiator)).build();
  }

  private final ModelAccount account = ModelAccount.of(MODEL);

  private static final String QUESTION_FINDING = "INFO contested-question Border war [Conflict:C],"
      + " at question = INITIATOR[Conflict:C]: Contested: INITIATOR[Conflict:C]: initiator Party:B"
      + " according to Party:A (Claim:C); initiator Party:A according to Party:B (Claim:K2). A"
      + " disagreement in the world: keep every account, and check that each claim is attributed"
      + " to the right claimant [related: claim by State A [Claim:C], claim by State B [Claim:K2]]";

  @Test
  void accountOfASmallModelNamesEveryIdByKind() {
    assertEquals("""
        SOURCES
          A report [Source:S] (news report)

        PARTIES
          State A [Party:A]: state
          State B [Party:B]: state
          State M [Party:M]: state

        RELATIONS

        TERRITORIES

        CONFLICTS AND EPISODES
          Border war [Conflict:C]
              sides: Side A (State A [Party:A]) vs Side B (State B [Party:B])

        EVENTS (recorded as fact)

        CEASEFIRES

        THIRD PARTIES
          [Mediator:C] State M [Party:M]: broker in Border war [Conflict:C]

        CLAIMS (who said what)
          [Claim:C] State A [Party:A], made 2022-09-13, reported in A report [Source:S]
              asserts: State B [Party:B] started the hostilities of Border war [Conflict:C]
          [Claim:K2] State B [Party:B], made 2022-09-13, reported in A report [Source:S]
              asserts: State A [Party:A] started the hostilities of Border war [Conflict:C]

        CONTRADICTIONS (decided from the types)
          Claim:C (State A) contradicts Claim:K2 (State B)

        CONSISTENCY REPORT (standard rules)
        1 finding: 0 errors, 0 warnings, 1 info
        """ + QUESTION_FINDING + "\n", account.toText());
    assertEquals(account.toText(), account.toString());
  }

  @Test
  void involvementsReadWithNamesAndTheirToStringOnce() {
    List<Involvement> list = ModelQueries.over(MODEL).involvement(C).list();
    assertEquals(List.of(
        "State A [Party:A]: primary on the Side A side in Border war [Conflict:C], via Border war [Conflict:C]",
        "State A [Party:A]: claimant in Border war [Conflict:C], via claim by State A [Claim:C]",
        "State B [Party:B]: primary on the Side B side in Border war [Conflict:C], via Border war [Conflict:C]",
        "State B [Party:B]: claimant in Border war [Conflict:C], via claim by State B [Claim:K2]",
        "State M [Party:M]: mediator (broker) in Border war [Conflict:C], via [Mediator:C]"),
        list.stream().map(account::describe).toList());
    assertEquals("Party:M MEDIATOR as BROKER in Conflict:C via Mediator:C", list.get(4).toString());
  }

  @Test
  void questionReadsAsItsVersions() {
    Question q = ModelIndex.of(MODEL).questions().get(0);
    assertEquals("INITIATOR[Conflict:C], contested: initiator Party:B by [Party:A] in [Claim:C];"
        + " initiator Party:A by [Party:B] in [Claim:K2]", q.toString());
    assertEquals("""
        the question of initiator about Border war [Conflict:C] (contested):
          State B [Party:B] started the hostilities of Border war [Conflict:C]: said by State A [Party:A] (Claim:C)
          State A [Party:A] started the hostilities of Border war [Conflict:C]: said by State B [Party:B] (Claim:K2)""",
        account.describe(q));
  }

  @Test
  void findingNamesItsFocusAndRelatedEntities() {
    List<Finding> f = Checker.standard().check(MODEL).findings();
    assertEquals(List.of(QUESTION_FINDING), f.stream().map(account::describe).toList());
  }

  @Test
  void anIdNotInTheModelPrintsQualifiedAlone() {
    assertEquals("[Party:X]", account.label(PartyId.of("X")));
    assertEquals("State A [Party:A], [Claim:Z]", account.labels(List.of(A, ClaimId.of("Z"))));
  }

  @Test
  void agreementsAndRulingsHaveTheirOwnSectionsWhenTheModelHasThem() {
    DisputeModel withAccords = DisputeModel.builder().from(MODEL)
        .addCeasefire(Ceasefire.builder().id(CeasefireId.of("S1")).name("Truce").conflict(C).source(S).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A1")).name("Accord").kind(AgreementKind.PARTIAL)
            .conflict(C).addSignatories(A, B).agreed(DAY).addLinks(ChainLink.recommitsTo(CeasefireId.of("S1")))
            .source(S).build())
        .addParty(Party.builder().id(PartyId.of("J")).name("Court").kind(PartyKind.COURT_OR_TRIBUNAL).build())
        .addRuling(Ruling.builder().id(RulingId.of("R1")).name("Award").body(PartyId.of("J")).issued(DAY)
            .binding(true).under(AgreementId.of("A1"))
            .addDecisions(new ClaimDecision(ClaimId.of("C"), ClaimVerdict.WITHOUT_BASIS),
                new ProceduralDecision(Procedure.JURISDICTION, true))
            .source(S).build())
        .addClaim(Claim.builder().id(ClaimId.of("K3")).source(S).madeAt(DAY).claimant(B)
            .addPropositions(new RulingResponse(B, RulingId.of("R1"), ResponseKind.REJECTS)).build())
        .build();
    String text = ModelAccount.of(withAccords).toText();
    assertTrue(text.contains("""

        AGREEMENTS
          Accord [Agreement:A1], partial, in Border war [Conflict:C]
              parties: State A [Party:A], State B [Party:B]
              agreed: 2022-09-13
              recommits to Truce [Ceasefire:S1]

        RULINGS
          Award [Ruling:R1], by Court [Party:J], 2022-09-13, binding
              under: Accord [Agreement:A1]
              decides: Claim:C is without basis
              decides: jurisdiction

        """), text);
    assertTrue(text.contains("asserts: State B [Party:B] rejects Award [Ruling:R1]"), text);
    assertFalse(account.toText().contains("AGREEMENTS"), "no section without agreements");
  }

  /**
   * A vote's results (one line per source), a party's succession, an attack claim's own time, a
   * characterization and a ruling whose binding force no source states each get their words.
   */
  @Test
  void votesSuccessionsAttackTimesAndCharacterizationsAreWritten() {
    EventId vote = EventId.of("E1");
    DisputeModel m = DisputeModel.builder().from(MODEL)
        .addParty(Party.builder().id(PartyId.of("G")).name("Guyana").kind(PartyKind.STATE)
            .addSucceeds(Succession.of(A, SuccessionKind.INDEPENDENCE)
                .withDate(FuzzyTime.onDay(LocalDate.of(1966, 5, 26))))
            .build())
        .addEvent(Event.builder().id(vote).conflict(C).kind(EventKind.REFERENDUM).time(DAY)
            .addResults(VoteResult.builder().yesShare(Share.percent("64.91")).noShare(Share.percent("35.09"))
                .turnout(Share.percent("87").withWording("87 percent")).source(S).build(),
                VoteResult.builder().yesVotes(Estimate.exact(99_976)).source(S).build())
            .source(S).build())
        .addRuling(Ruling.builder().id(RulingId.of("R1")).name("Resolution").body(M).issued(DAY)
            .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true)).source(S).build())
        .addClaim(Claim.builder().id(ClaimId.of("K3")).source(S).madeAt(DAY).claimant(B)
            .addPropositions(new Attack(C, A, EventKind.ATTACK, Optional.empty(), Optional.empty()).at(DAY),
                new Characterization(vote, CharacterKind.ANNEXATION),
                new Characterization(RulingId.of("R1"), CharacterKind.NOT_BINDING))
            .build())
        .build();
    String text = ModelAccount.of(m).toText();
    assertTrue(text.contains("""
          Guyana [Party:G]: state
              succeeds State A [Party:A] (independence, 1966-05-26)
        """), text);
    assertTrue(text.contains("""
              result: yes 64.91%, no 35.09%, turnout "87 percent" (87%) (source: A report [Source:S])
              result: yes 99976 votes (source: A report [Source:S])
        """), text);
    assertTrue(text.contains("Resolution [Ruling:R1], by State M [Party:M], 2022-09-13, binding force not stated"),
        text);
    assertTrue(text.contains("asserts: State A [Party:A] carried out an attack in Border war [Conflict:C]"
        + " on 2022-09-13"), text);
    assertTrue(text.contains("asserts: [Event:E1] was an annexation"), text);
    assertTrue(text.contains("asserts: Resolution [Ruling:R1] is not binding"), text);
  }
}
