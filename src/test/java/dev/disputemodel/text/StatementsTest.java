package dev.disputemodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Control;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.RelationId;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind of proposition, question, decision, term and status in words, with names beside ids:
 * exact text for every type and for each optional part present and absent. Names are test data.
 */
class StatementsTest {
  static final SourceId S = SourceId.of("S");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final PartyId P = PartyId.of("P");
  static final PartyId J = PartyId.of("J");
  static final TerritoryId T = TerritoryId.of("T");
  static final TerritoryId W = TerritoryId.of("W");
  static final ConflictId C = ConflictId.of("C");
  static final CeasefireId F = CeasefireId.of("F");
  static final AgreementId G = AgreementId.of("G");
  static final RulingId R = RulingId.of("R");
  static final EventId E = EventId.of("E");
  static final ClaimId K1 = ClaimId.of("K1");
  static final ClaimId K2 = ClaimId.of("K2");
  static final FuzzyTime DAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));

  static final DisputeModel MODEL = DisputeModel.builder()
      .addSource(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("Report").build())
      .addParties(party(A, "Alpha", PartyKind.STATE), party(B, "Beta", PartyKind.STATE),
          Party.builder().id(P).name("Premier").kind(PartyKind.PERSON).actsFor(A).build(),
          party(J, "Court", PartyKind.COURT_OR_TRIBUNAL))
      .addTerritories(Territory.builder().id(W).name("Whole").kind(TerritoryKind.COUNTRY).build(),
          Territory.builder().id(T).name("Tee").kind(TerritoryKind.REGION).parent(W).build())
      .addConflict(Conflict.builder().id(C).name("War")
          .addSides(Side.builder().label("one").addPrimaries(A).build(),
              Side.builder().label("two").addPrimaries(B).build()).build())
      .addEvent(Event.builder().id(E).conflict(C).kind(EventKind.CLASH).time(DAY).source(S).build())
      .addCeasefire(Ceasefire.builder().id(F).name("Truce").conflict(C).source(S).build())
      .addAgreement(Agreement.builder().id(G).name("Accord").kind(AgreementKind.FULL).conflict(C)
          .source(S).build())
      .addRuling(Ruling.builder().id(R).name("Award").body(J).issued(DAY).binding(false)
          .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true)).source(S).build())
      .addClaims(
          Claim.builder().id(K1).source(S).madeAt(DAY).claimant(A).addPropositions(new Initiated(C, B)).build(),
          Claim.builder().id(K2).source(S).madeAt(DAY).addPropositions(new Initiated(C, A)).build())
      .build();

  static Party party(PartyId id, String name, PartyKind kind) {
    return Party.builder().id(id).name(name).kind(kind).build();
  }

  private final Statements says = new Statements(MODEL, new Labels(MODEL));

  @Test
  void casualtiesOfAPartyOrOfAllSidesWithTheFormOfTheirFigure() {
    assertEquals("losses of Alpha [Party:A] in War [Conflict:C]: 7 killed",
        says.proposition(Casualties.of(C, A, CasualtyKind.KILLED, Estimate.exact(7))));
    assertEquals("losses on all sides in War [Conflict:C]: \"dozens\" (at least 24) wounded",
        says.proposition(Casualties.total(C, CasualtyKind.WOUNDED, Estimate.atLeast(24).withWording("dozens"))));
    assertEquals("losses of Beta [Party:B] in War [Conflict:C]: an unstated number of casualties"
        + " (killed or wounded, not said which)",
        says.proposition(Casualties.of(C, B, CasualtyKind.UNSPECIFIED, Estimate.unknown())));
  }

  @Test
  void initiationAndAttacksWithTheirOptionalTargetAndPlace() {
    assertEquals("Alpha [Party:A] started the hostilities of War [Conflict:C]", says.proposition(new Initiated(C, A)));
    assertEquals("Alpha [Party:A] carried out an attack in War [Conflict:C]",
        says.proposition(new Attack(C, A, EventKind.ATTACK, Optional.empty(), Optional.empty())));
    assertEquals("Beta [Party:B] carried out a shelling against Alpha [Party:A] on Tee [Territory:T] in War [Conflict:C]",
        says.proposition(new Attack(C, B, EventKind.SHELLING, Optional.of(A), Optional.of(T))));
    assertEquals("Beta [Party:B] carried out a bombing on Tee [Territory:T] in War [Conflict:C]",
        says.proposition(new Attack(C, B, EventKind.BOMBING, Optional.empty(), Optional.of(T))));
  }

  @Test
  void everyCeasefireStateWithOrWithoutTheAgreementItIsSaidOf() {
    assertEquals("Truce [Ceasefire:F] is holding", says.proposition(new CeasefireStatus(F, CeasefireState.HOLDING)));
    assertEquals("Truce [Ceasefire:F] is violated", says.proposition(new CeasefireStatus(F, CeasefireState.VIOLATED)));
    assertEquals("Truce [Ceasefire:F] is in force", says.proposition(new CeasefireStatus(F, CeasefireState.IN_FORCE)));
    assertEquals("Truce [Ceasefire:F] is ended", says.proposition(new CeasefireStatus(F, CeasefireState.ENDED)));
    assertEquals("Truce [Ceasefire:F] (said of Accord [Agreement:G]) is never in effect",
        says.proposition(new CeasefireStatus(F, CeasefireState.NEVER_IN_EFFECT).naming(G)));
  }

  @Test
  void everyKindOfStanceAddressedOrNot() {
    assertEquals("Beta [Party:B] condemns War [Conflict:C]", says.proposition(Stance.of(B, StanceKind.CONDEMNATION, C)));
    assertEquals("Beta [Party:B] says there can be no military solution to War [Conflict:C]",
        says.proposition(Stance.of(B, StanceKind.NO_MILITARY_SOLUTION, C)));
    assertEquals("Beta [Party:B] says War [Conflict:C] must be resolved by diplomatic and political means",
        says.proposition(Stance.of(B, StanceKind.DIPLOMATIC_RESOLUTION, C)));
    assertEquals("Beta [Party:B] calls on the parties to desist in War [Conflict:C]",
        says.proposition(Stance.of(B, StanceKind.CALL_TO_DESIST, C)));
    assertEquals("Beta [Party:B] calls on Alpha [Party:A] to desist in War [Conflict:C]",
        says.proposition(new Stance(B, StanceKind.CALL_TO_DESIST, C, Optional.of(A))));
    assertEquals("Beta [Party:B] calls on Alpha [Party:A] to negotiate in War [Conflict:C]",
        says.proposition(new Stance(B, StanceKind.CALL_FOR_NEGOTIATIONS, C, Optional.of(A))));
    assertEquals("Beta [Party:B] supports Alpha [Party:A] in War [Conflict:C]",
        says.proposition(new Stance(B, StanceKind.SUPPORT, C, Optional.of(A))));
    assertEquals("Beta [Party:B] takes a position on War [Conflict:C]", says.proposition(Stance.of(B, StanceKind.OTHER, C)));
  }

  @Test
  void backingNamesTheAccountsSpeakerWhenTheClaimIsInTheModel() {
    assertEquals("Beta [Party:B] backs the account of Claim:K1 (Alpha)", says.proposition(new BacksAccount(B, K1)));
    assertEquals("Beta [Party:B] backs the account of Claim:K2 (the article)", says.proposition(new BacksAccount(B, K2)));
    assertEquals("Beta [Party:B] backs the account of Claim:K9", says.proposition(new BacksAccount(B, ClaimId.of("K9"))));
  }

  @Test
  void noStatementSovereigntyControlAndResponses() {
    assertEquals("Beta [Party:B] has made no statement on the question of initiator about War [Conflict:C]",
        says.proposition(new NoStatement(B, new Initiated(C, A).key())));
    assertEquals("Alpha [Party:A] is sovereign over Tee [Territory:T]", says.proposition(new Sovereignty(T, A)));
    assertEquals("Beta [Party:B] controls Tee [Territory:T]", says.proposition(new Control(T, B)));
    assertEquals("Beta [Party:B] rejects Award [Ruling:R]", says.proposition(new RulingResponse(B, R, ResponseKind.REJECTS)));
    assertEquals("Alpha [Party:A] accepts Accord [Agreement:G]",
        says.proposition(new AgreementResponse(A, G, ResponseKind.ACCEPTS)));
  }

  @Test
  void agreementStagesSayNeverInForceApart() {
    assertEquals("Accord [Agreement:G] never entered into force",
        says.proposition(new AgreementStatus(G, AgreementStage.NEVER_IN_FORCE)));
    assertEquals("Accord [Agreement:G] reached the stage signed", says.proposition(new AgreementStatus(G, AgreementStage.SIGNED)));
    assertEquals("Accord [Agreement:G] reached the stage in force",
        says.proposition(new AgreementStatus(G, AgreementStage.IN_FORCE)));
  }

  @Test
  void factsAndRecognitionAsClaims() {
    assertEquals("War [Conflict:C] started 2022-09-13", says.proposition(new FactTime(C, TimeAspect.STARTED, DAY)));
    assertEquals("Award [Ruling:R] issued 2022-09-13", says.proposition(new FactTime(R, TimeAspect.ISSUED, DAY)));
    assertEquals("the votes for of Award [Ruling:R] were 12",
        says.proposition(new FactFigure(R, FigureKind.VOTES_FOR, Estimate.exact(12))));
    assertEquals("Beta [Party:B] recognizes Alpha [Party:A] as sovereign over Tee [Territory:T]",
        says.proposition(new Recognizes(B, T, A)));
    assertEquals("Alpha [Party:A]'s sovereignty over Tee [Territory:T] is recognized by 3 parties",
        says.proposition(new RecognitionCount(T, A, Estimate.exact(3))));
  }

  @Test
  void aQuestionOfLossesNamesThePartyAndOthersTheirTypeAndSubjects() {
    assertEquals("the losses of Alpha [Party:A] in War [Conflict:C]",
        says.question(PropositionKey.of(PropositionType.CASUALTIES, C, A)));
    assertEquals("the question of casualties about War [Conflict:C]",
        says.question(PropositionKey.of(PropositionType.CASUALTIES, C)));
    assertEquals("the question of sovereignty about Tee [Territory:T]",
        says.question(PropositionKey.of(PropositionType.SOVEREIGNTY, T)));
    assertEquals("the question of control about Tee [Territory:T], Beta [Party:B], Alpha [Party:A]",
        says.question(PropositionKey.of(PropositionType.CONTROL, T, B, A)));
  }

  @Test
  void everyKindOfDecision() {
    assertEquals("Alpha [Party:A] is sovereign over Tee [Territory:T]", says.decision(new SovereigntyDecision(T, A)));
    assertEquals("Beta [Party:B] administers and controls Tee [Territory:T]", says.decision(new ControlDecision(T, B)));
    assertEquals("the boundary between Tee [Territory:T] and Whole [Territory:W]: along the river",
        says.decision(new BoundaryDecision(T, W, Optional.of("along the river"))));
    assertEquals("the boundary between Tee [Territory:T] and Whole [Territory:W]",
        says.decision(new BoundaryDecision(T, W, Optional.empty())));
    assertEquals("Claim:K1 is well founded", says.decision(new ClaimDecision(K1, ClaimVerdict.WELL_FOUNDED)));
    assertEquals("admissibility", says.decision(new ProceduralDecision(Procedure.ADMISSIBILITY, true)));
    assertEquals("no jurisdiction", says.decision(new ProceduralDecision(Procedure.JURISDICTION, false)));
    assertEquals("costs are shared", says.decision(new OtherDecision("costs are shared")));
  }

  @Test
  void everyKindOfTerm() {
    assertEquals("Alpha [Party:A] withdraws from Tee [Territory:T]", says.provision(new Withdrawal(A, T)));
    assertEquals("Beta [Party:B] deploys about 1960 troops to Tee [Territory:T]",
        says.provision(new Deployment(B, T, Estimate.about(1960))));
    assertEquals("prisoners are exchanged", says.provision(new OtherProvision("prisoners are exchanged")));
  }

  @Test
  void sovereigntyStatusWithEachOptionalPartAndWithNone() {
    assertEquals("no sovereign, recognized by Beta [Party:B]",
        says.sovereignty(SovereigntyStatus.builder().addRecognizers(B).source(S).build()));
    assertEquals("Alpha [Party:A], internationally recognized",
        says.sovereignty(SovereigntyStatus.builder().sovereign(A).internationallyRecognized(true).source(S).build()));
    assertEquals("Alpha [Party:A], recognized by about 100",
        says.sovereignty(SovereigntyStatus.builder().sovereign(A).recognizerCount(Estimate.about(100)).source(S).build()));
    assertEquals("Alpha [Party:A], internationally recognized, recognized by Beta [Party:B], Premier [Party:P],"
        + " recognized by at least 2, from 2022-09-13 to 2022-09-14",
        says.sovereignty(SovereigntyStatus.builder().sovereign(A).internationallyRecognized(true)
            .addRecognizers(B, P).recognizerCount(Estimate.atLeast(2))
            .period(FuzzyPeriod.of(DAY, FuzzyTime.onDay(LocalDate.of(2022, 9, 14)))).source(S).build()));
    assertEquals("Alpha [Party:A], recognized by Beta [Party:B]",
        says.sovereignty(SovereigntyStatus.builder().sovereign(A).addRecognizers(B).source(S).build()));
  }

  @Test
  void controlAndPopulationWithAndWithoutTheirOptionalParts() {
    assertEquals("Beta [Party:B] occupies", says.control(ControlStatus.builder().controller(B)
        .kind(ControlKind.OCCUPIES).source(S).build()));
    assertEquals("Beta [Party:B] administers, since 2022-09-13 (ongoing)", says.control(ControlStatus.builder()
        .controller(B).kind(ControlKind.ADMINISTERS).period(FuzzyPeriod.since(DAY)).source(S).build()));
    assertEquals("Armenians", says.population(PopulationStatus.builder().group("Armenians").source(S).build()));
    assertEquals("Armenians (kin state Alpha [Party:A]), about 120000", says.population(PopulationStatus.builder()
        .group("Armenians").kinState(A).size(Estimate.about(120_000)).source(S).build()));
  }

  @Test
  void aSideListsItsPrimariesAndItsSupportersWithWhatTheyGive() {
    assertEquals("one (Alpha [Party:A])", says.side(Side.builder().label("one").addPrimaries(A).build()));
    assertEquals("two (Beta [Party:B], Premier [Party:P]; supported by Alpha [Party:A] with troops,"
        + " Court [Party:J] with political)",
        says.side(Side.builder().label("two").addPrimaries(B, P)
            .addSupporters(Supporter.of(A, SupportType.TROOPS), Supporter.of(J, SupportType.POLITICAL)).build()));
  }

  @Test
  void aClaimantIsNamedWithWhomItActsForAndTheArticleSpeaksInItsOwnVoice() {
    assertEquals("Alpha [Party:A]", says.claimant(MODEL.claim(K1).orElseThrow()));
    assertEquals("the article, in its own voice", says.claimant(MODEL.claim(K2).orElseThrow()));
    Claim byPremier = Claim.builder().id(ClaimId.of("K3")).source(S).madeAt(DAY).claimant(P)
        .addPropositions(new Initiated(C, B)).build();
    assertEquals("Premier [Party:P] for Alpha [Party:A]", says.claimant(byPremier));
    Claim byStranger = Claim.builder().id(ClaimId.of("K4")).source(S).madeAt(DAY).claimant(PartyId.of("X"))
        .addPropositions(new Initiated(C, B)).build();
    assertEquals("[Party:X]", says.claimant(byStranger));
  }

  @Test
  void labelsNameEveryKindOfNamedEntityAndBracketTheRest() {
    Labels names = new Labels(MODEL);
    assertEquals("Report [Source:S]", names.label(S));
    assertEquals("Tee [Territory:T]", names.label(T));
    assertEquals("War [Conflict:C]", names.label(C));
    assertEquals("Truce [Ceasefire:F]", names.label(F));
    assertEquals("Accord [Agreement:G]", names.label(G));
    assertEquals("Award [Ruling:R]", names.label(R));
    assertEquals("claim by Alpha [Claim:K1]", names.label(K1));
    assertEquals("claim by the article [Claim:K2]", names.label(K2));
    assertEquals("[Event:E]", names.label(E));
    assertEquals("[Mediator:M]", names.label(MediatorId.of("M")));
    assertEquals("[Relation:R1]", names.label(RelationId.of("R1")));
    assertEquals("", names.labels(List.of()));
    assertEquals("Alpha [Party:A]", names.labels(List.of(A)));
    assertEquals("Alpha [Party:A], Beta [Party:B], [Party:X]", names.labels(List.of(A, B, PartyId.of("X"))));
  }

  @Test
  void aClaimantNotInTheModelIsNamedByItsId() {
    Claim byStranger = Claim.builder().id(ClaimId.of("K4")).source(S).madeAt(DAY).claimant(PartyId.of("X"))
        .addPropositions(new Initiated(C, B)).build();
    assertEquals("Party:X", new Labels(MODEL).claimantName(byStranger));
    assertEquals("Alpha", new Labels(MODEL).claimantName(MODEL.claim(K1).orElseThrow()));
  }

  static Mediator mediator(String id, MediatorRole role) {
    return Mediator.builder().id(MediatorId.of(id)).party(J).role(role).conflict(C).source(S).build();
  }
}
