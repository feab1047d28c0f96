package dev.disputemodel.json;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementDocument;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
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
import dev.disputemodel.Share;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Portion;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Characterization;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Recognizes;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
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
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import dev.disputemodel.time.PartOfMonth;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built models for the JSON round trip, together using every entity type, every optional
 * attribute, every proposition and provision type, every time precision (compact and bounds
 * form), every period shape and every estimate form. To be replaced by the test kit's generators
 * (issue #3) when they land.
 */
final class JsonModels {
  private JsonModels() {}

  static final SourceId S = SourceId.of("S1");
  static final SourceId DATA = SourceId.of("ucdp-acd-23.1");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final PartyId C = PartyId.of("C");
  static final PartyId PERSON = PartyId.of("person");
  static final PartyId MISSION = PartyId.of("mission");
  static final TerritoryId T1 = TerritoryId.of("T1");
  static final TerritoryId T2 = TerritoryId.of("T2");
  static final ConflictId C1 = ConflictId.of("C1");
  static final ConflictId C2 = ConflictId.of("C2");
  static final CeasefireId CF1 = CeasefireId.of("CF1");
  static final CeasefireId CF2 = CeasefireId.of("CF2");
  static final ClaimId K1 = ClaimId.of("K1");
  static final ClaimId K2 = ClaimId.of("K2");
  static final PartyId COURT = PartyId.of("court");
  static final CeasefireId CF3 = CeasefireId.of("CF3");
  static final AgreementId AG1 = AgreementId.of("AG1");
  static final RulingId RULING = RulingId.of("J1");
  static final FuzzyTime ABOUT = FuzzyTime.about(LocalDate.of(1974, 7, 20));
  static final FuzzyTime MID_MONTH = FuzzyTime.in(YearMonth.of(1974, 8), PartOfMonth.MID);
  static final FuzzyTime YEAR_2023 = FuzzyTime.inYear(Year.of(2023));

  static final FuzzyTime MINUTE = FuzzyTime.atMinute(LocalDateTime.of(2022, 9, 13, 8, 5));
  static final FuzzyTime HOUR = FuzzyTime.atHour(LocalDateTime.of(2022, 9, 13, 22, 0));
  static final FuzzyTime NIGHT = FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT);
  static final FuzzyTime DAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));
  static final FuzzyTime MONTH = FuzzyTime.inMonth(YearMonth.of(2020, 11));
  static final FuzzyTime YEAR = FuzzyTime.inYear(Year.of(1994));
  static final FuzzyTime DECADE = FuzzyTime.inDecade(Year.of(1980));
  static final FuzzyTime BETWEEN =
      FuzzyTime.between(FuzzyTime.inMonth(YearMonth.of(2020, 9)), MONTH);
  static final FuzzyTime ODD = FuzzyTime.of(
      LocalDateTime.of(2022, 9, 13, 0, 0, 30), LocalDateTime.of(2022, 9, 14, 3, 0), Precision.DAY);

  /** Returns the empty model. */
  static DisputeModel empty() {
    return DisputeModel.empty();
  }

  /** Returns one source and nothing else. */
  static DisputeModel minimal() {
    return DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.OTHER).title("t").build())
        .build();
  }

  /** Returns a model in which every type and every optional attribute appears. */
  static DisputeModel full() {
    return DisputeModel.builder()
        .addParties(
            Party.builder().id(A).name("Alpha \"the first\" \u00c5land \u2028 line").kind(PartyKind.STATE)
                .addAliases("Al", "Alf").majorityReligion("None stated").ucdpActorId(64)
                .gleditschWardNumber(373).iso3166("AZE").wikidataId("Q227").build(),
            Party.builder().id(B).name("Beta").kind(PartyKind.DE_FACTO_STATE)
                .proclaimed(ABOUT).dissolved(MID_MONTH)
                .addInterruptions(FuzzyPeriod.of(FuzzyTime.onDay(LocalDate.of(1974, 7, 25)),
                    FuzzyTime.onDay(LocalDate.of(1974, 7, 30))))
                .build(),
            Party.builder().id(COURT).name("Court").kind(PartyKind.COURT_OR_TRIBUNAL).build(),
            Party.builder().id(C).name("Gamma").kind(PartyKind.INTERNATIONAL_ORGANIZATION)
                .addSucceeds(dev.disputemodel.Succession.of(A, dev.disputemodel.SuccessionKind.INDEPENDENCE)
                    .withDate(ABOUT), dev.disputemodel.Succession.of(B, dev.disputemodel.SuccessionKind.OTHER))
                .build(),
            Party.builder().id(PERSON).name("A. Person").kind(PartyKind.PERSON).actsFor(A)
                .office("Minister\tof\nthings").build(),
            Party.builder().id(MISSION).name("Mission").kind(PartyKind.PEACEKEEPING_MISSION)
                .actsFor(C).build())
        .addRelations(
            PartyRelation.builder().id(RelationId.of("R1")).from(C).kind(RelationKind.BACKS).to(A)
                .period(FuzzyPeriod.since(YEAR)).source(S).hedge("apparently").build(),
            PartyRelation.builder().id(RelationId.of("R2")).from(A).kind(RelationKind.HOSTILE_TO)
                .to(B).source(S).build())
        .addTerritories(
            Territory.builder().id(T1).name("Region").kind(TerritoryKind.REGION)
                .addAliases("The Region").addAdjacentTo(T2)
                .addSovereignty(SovereigntyStatus.builder().sovereign(A)
                    .internationallyRecognized(true).source(S).build())
                .addSovereignty(SovereigntyStatus.builder().sovereign(B).addRecognizers(C)
                    .period(FuzzyPeriod.of(DECADE, YEAR)).source(S).build())
                .addControl(ControlStatus.builder().controller(B).kind(ControlKind.ADMINISTERS)
                    .period(FuzzyPeriod.until(MONTH)).source(S).build())
                .addPopulation(PopulationStatus.builder().group("Group").kinState(B)
                    .size(Estimate.about(120_000).withWording("about 120,000"))
                    .period(FuzzyPeriod.at(YEAR)).source(S).build())
                .build(),
            Territory.builder().id(T2).name("Surroundings").kind(TerritoryKind.SURROUNDING_AREA)
                .parent(T1).area(Estimate.range(23_000, 26_800))
                .share(new TerritoryShare(T1, Share.between("36", "40").withWording("36 to 40 %"))).build())
        .addConflicts(
            Conflict.builder().id(C1).name("The dispute").addAliases("Dispute").build(),
            Conflict.builder().id(C2).name("War").parent(C1)
                .type(ConflictType.INTERNATIONALIZED_INTRASTATE)
                .incompatibility(Incompatibility.TERRITORY)
                .addSides(Side.builder().label("A").addPrimaries(A)
                    .addSupporters(Supporter.builder().party(C).type(SupportType.TROOPS)
                        .period(FuzzyPeriod.at(FuzzyTime.inYear(Year.of(2020)))).source(DATA).build())
                    .build())
                .addSides(Side.builder().label("B").addPrimaries(B)
                    .addSupporters(Supporter.of(MISSION, SupportType.POLITICAL)).build())
                .addTerritoriesAtStake(T1, T2).period(FuzzyPeriod.of(BETWEEN, MONTH))
                .intensity(Intensity.WAR)
                .putAllIntensityByYear(Map.of(1992, Intensity.WAR, 1991, Intensity.MINOR))
                .outcome(Outcome.CEASEFIRE).addSources(S, DATA).build())
        .addEvents(
            Event.builder().id(EventId.of("E1")).conflict(C2).kind(EventKind.DEPLOYMENT)
                .time(ODD).addPlaces(T1).addParticipants(MISSION)
                .troops(Estimate.range(1_900, 2_000)).description("Deployed.").source(S).build(),
            Event.builder().id(EventId.of("E2")).conflict(C2).kind(EventKind.SHELLING).time(HOUR)
                .source(S).build(),
            Event.builder().id(EventId.of("E3")).conflict(C2).kind(EventKind.REFERENDUM).time(DAY)
                .addResults(dev.disputemodel.VoteResult.builder()
                    .yesShare(dev.disputemodel.Share.percent("24.17"))
                    .noShare(dev.disputemodel.Share.percent("75.83"))
                    .yesVotes(Estimate.exact(99_976)).noVotes(Estimate.exact(313_704))
                    .turnout(dev.disputemodel.Share.between("87", "90").withWording("about 90%"))
                    .source(S).build())
                .source(S).build(),
            Event.builder().id(EventId.of("E4")).conflict(C2).kind(EventKind.ELECTION).time(DAY)
                .addResults(dev.disputemodel.VoteResult.builder().addWinners(A).source(DATA).build())
                .source(S).build())
        .addCeasefires(
            Ceasefire.builder().id(CF1).name("First").conflict(C2).addSignatories(A, B)
                .agreed(MINUTE).effective(MINUTE).ended(DAY.span(FuzzyTime.onDay(
                    LocalDate.of(2022, 9, 20))))
                .addProvisions(new Withdrawal(B, T2),
                    new Deployment(MISSION, T1, Estimate.exact(1_960)),
                    new OtherProvision("Exchange of prisoners"))
                .source(S).build(),
            Ceasefire.builder().id(CF2).name("Second").conflict(C2).addLinks(ChainLink.succeeds(CF1)).source(S)
                .build(),
            Ceasefire.builder().id(CF3).name("Third").conflict(C2)
                .addLinks(ChainLink.renews(CF2).withDate(MID_MONTH), ChainLink.recommitsTo(AG1)).source(S)
                .build())
        .addAgreements(
            Agreement.builder().id(AG1).name("Agreement").kind(AgreementKind.MILITARY_TECHNICAL)
                .conflict(C2).addSignatories(A, B).agreed(DAY).effective(DAY).ended(YEAR_2023)
                .addProvisions(new Withdrawal(B, T2)).addCeasefires(CF1, CF2)
                .addLinks(ChainLink.succeeds(CF1)).source(S).build(),
            // Format 1.3: a proposal that lapsed, proposed by a mediator role; documents.
            Agreement.builder().id(AgreementId.of("AG2")).name("Plan").kind(AgreementKind.FULL)
                .conflict(C2).proposed(DAY).proposer(MediatorId.of("M2")).lapsed(YEAR_2023)
                .addDocuments(new AgreementDocument("First", java.util.Set.of(A), Optional.of(DAY), S),
                    AgreementDocument.of("Second", S, B))
                .source(S).build())
        .addRulings(
            Ruling.builder().id(RULING).name("Award").body(COURT).issued(ABOUT).binding(false)
                .under(AG1).conflict(C1)
                .addDecisions(new SovereigntyDecision(T1, A), new ControlDecision(T2, B),
                    new BoundaryDecision(T1, T2, Optional.of("along the river")),
                    new BoundaryDecision(T2, T1, Optional.empty()),
                    new ClaimDecision(K1, ClaimVerdict.WITHOUT_BASIS),
                    new ProceduralDecision(Procedure.ADMISSIBILITY, false),
                    new OtherDecision("Refrain from aggravating the dispute"))
                .source(S).build())
        .addMediators(
            Mediator.builder().id(MediatorId.of("M1")).party(MISSION).role(MediatorRole.PEACEKEEPER)
                .conflict(C2).ceasefire(CF1).period(FuzzyPeriod.since(MONTH))
                .forceSize(Estimate.atMost(2_000)).addStrengths(new ForceStrength(Estimate.about(1_500), MONTH, S))
                .attestedBy(K1).source(S).build(),
            Mediator.builder().id(MediatorId.of("M2")).party(C).role(MediatorRole.BROKER)
                .conflict(C2).source(S).build(),
            Mediator.builder().id(MediatorId.of("M3")).party(C).role(MediatorRole.WITNESS)
                .conflict(C2).agreement(AG1).source(S).build())
        .addClaims(
            Claim.builder().id(K1).claimant(PERSON).source(S).madeAt(NIGHT)
                .addPropositions(
                    new Sovereignty(T1, A),
                    new Control(T1, B),
                    Casualties.of(C2, A, CasualtyKind.KILLED, Estimate.atLeast(49)),
                    Casualties.total(C2, CasualtyKind.UNSPECIFIED, Estimate.unknown()),
                    new Initiated(C2, B),
                    new Attack(C2, B, EventKind.BOMBING, Optional.of(A), Optional.of(T2)),
                    new Attack(C2, B, EventKind.ATTACK, Optional.empty(), Optional.empty()),
                    new Attack(C2, B, EventKind.LANDING, Optional.of(A), Optional.empty()).at(MID_MONTH),
                    new CeasefireStatus(CF1, CeasefireState.VIOLATED),
                    new CeasefireStatus(CF1, CeasefireState.IN_FORCE),
                    new Stance(C, StanceKind.CALL_TO_DESIST, C2, Optional.of(B)),
                    Stance.of(C, StanceKind.NO_MILITARY_SOLUTION, C1))
                .quote("\"They attacked\" \u2014 said \\ the minister").hedge("it is understood")
                .build(),
            Claim.builder().id(K2).source(S).madeAt(DAY).polarity(Polarity.DENIES)
                .addPropositions(
                    new BacksAccount(C, K1),
                    new NoStatement(B, PropositionKey.of(PropositionType.CASUALTIES, C2, B)),
                    new NoStatement(B, new PropositionKey(
                        PropositionType.STANCE, List.of(C, C2), "SUPPORT")),
                    new RulingResponse(B, RULING, ResponseKind.REJECTS),
                    new FactTime(C2, TimeAspect.STARTED, DAY),
                    new FactFigure(RULING, FigureKind.VOTES_AGAINST, Estimate.range(2, 4)),
                    new FactFigure(T2, FigureKind.AREA, Estimate.exact(7)),
                    new Recognizes(C, T1, A),
                    new CeasefireStatus(CF2, CeasefireState.HOLDING).naming(AG1),
                    new RecognitionCount(T1, A, Estimate.about(100).withWording("around 100")),
                    new Characterization(RULING, CharacterKind.NOT_BINDING),
                    Sovereignty.rightsOnly(T2, A),
                    Casualties.of(C2, B, CasualtyKind.WOUNDED,
                        Estimate.range(10, 12, 20).withWording("10 to 20")),
                    new AgreementResponse(A, AG1, ResponseKind.ACCEPTS),
                    new AgreementStatus(AG1, AgreementStage.NEVER_IN_FORCE))
                .about(FuzzyPeriod.of(MID_MONTH, MONTH)).revises(K1).build())
        .addSources(
            Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("Report")
                .publisher("Publisher").published(DAY).build(),
            Source.builder().id(DATA).kind(SourceKind.DATASET_RELEASE).title("Dataset")
                .published(FuzzyTime.inYear(Year.of(2023))).citation("Authors (2023), Journal").build())
        .addTerritorialChanges(
            TerritorialChange.builder().id(TerritorialChangeId.of("TC1")).territory(T2).time(YEAR)
                .gainer(A).loser(B).procedure(ChangeProcedure.CESSION).portion(Portion.PART)
                .areaSquareKm(Estimate.exact(179)).population(Estimate.exact(54_000))
                .militaryConflict(true).independence(true).description("Ceded.").source(DATA).build(),
            TerritorialChange.builder().id(TerritorialChangeId.of("TC2")).territory(T1).time(MONTH)
                .gainer(B).source(DATA).build())
        .build();
  }

  /** Returns the models of the round trip, with names for the test report. */
  static Map<String, DisputeModel> all() {
    return Map.of("empty", empty(), "minimal", minimal(), "full", full());
  }
}
