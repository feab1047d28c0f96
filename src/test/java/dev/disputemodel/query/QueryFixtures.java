package dev.disputemodel.query;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A small hand-built model whose every answer is worked out in QueryTest: two states at war over
 * a region, a prime minister speaking for one, a mediator allied to it with a peacekeeping force
 * acting for it, a backer of the other side, nested territories (and a separate cycle), an
 * episode without sides of its own, dates of every precision.
 */
final class QueryFixtures {
  private QueryFixtures() {}

  static final SourceId SRC1 = SourceId.of("src1"); // published 2022-09-14
  static final SourceId SRC2 = SourceId.of("src2"); // publication time unknown

  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final PartyId A_PM = PartyId.of("A-PM"); // person, acts for A
  static final PartyId M = PartyId.of("M"); // mediator state, ally of A
  static final PartyId M_PK = PartyId.of("M-PK"); // peacekeepers, act for M
  static final PartyId S = PartyId.of("S"); // backs B
  static final PartyId X = PartyId.of("X"); // ally of M in 2010-2015 only

  static final RelationId R1 = RelationId.of("R1"); // M ALLY_OF A since 2000
  static final RelationId R2 = RelationId.of("R2"); // S BACKS B, no period
  static final RelationId R3 = RelationId.of("R3"); // X ALLY_OF M 2010..2015
  static final RelationId R4 = RelationId.of("R4"); // B HAS_TIES_TO S since 2021

  static final TerritoryId T1 = TerritoryId.of("T1"); // region: B sovereign, A's kin live there
  static final TerritoryId T2 = TerritoryId.of("T2"); // within T1; A controlled it until 2020
  static final TerritoryId T3 = TerritoryId.of("T3"); // within T2
  static final TerritoryId T4 = TerritoryId.of("T4"); // elsewhere, A sovereign
  static final TerritoryId TC1 = TerritoryId.of("TC1"); // TC1 and TC2 lie within each other
  static final TerritoryId TC2 = TerritoryId.of("TC2");

  static final ConflictId C1 = ConflictId.of("C1"); // the dispute, since the 1990s
  static final ConflictId C2 = ConflictId.of("C2"); // episode: September 2022, no own sides
  static final ConflictId C3 = ConflictId.of("C3"); // episode: the 2020 war

  static final EventId E1 = EventId.of("E1"); // clash in C2, 2022-09-12, at T3
  static final EventId E2 = EventId.of("E2"); // attack in C2, some day of September 2022
  static final EventId E3 = EventId.of("E3"); // deployment in C1 by M-PK, 2020, at T1
  static final EventId E4 = EventId.of("E4"); // shelling in C2, 2022-09-20

  static final CeasefireId CF1 = CeasefireId.of("CF1"); // C3, effective 2020-11-10
  static final CeasefireId CF2 = CeasefireId.of("CF2"); // C2, effective 2022-09-13
  static final CeasefireId CF3 = CeasefireId.of("CF3"); // C2, no dates

  static final MediatorId MD1 = MediatorId.of("MD1"); // M brokers CF1 on 2020-11-10
  static final MediatorId MD2 = MediatorId.of("MD2"); // M-PK keeps the peace in C1 since 2020
  static final MediatorId MD3 = MediatorId.of("MD3"); // M brokers CF2, no period

  static final ClaimId K1 = ClaimId.of("K1"); // A-PM: 10 of A killed in C2
  static final ClaimId K2 = ClaimId.of("K2"); // B: 5-8 of B killed in C2; A started C2
  static final ClaimId K3 = ClaimId.of("K3"); // A: B started C2
  static final ClaimId K4 = ClaimId.of("K4"); // src1 voice: S backs K2
  static final ClaimId K5 = ClaimId.of("K5"); // A: CF2 violated (src2)
  static final ClaimId K6 = ClaimId.of("K6"); // M: CF2 holding
  static final ClaimId K7 = ClaimId.of("K7"); // src1 voice: at least 12 killed in C2 on all sides
  static final ClaimId K8 = ClaimId.of("K8"); // B: 7 of B killed in C2 (src2)
  static final ClaimId K9 = ClaimId.of("K9"); // A: A is sovereign of T3
  static final ClaimId K10 = ClaimId.of("K10"); // B: A shelled B at T3 in C2 (made 2022-09-14)
  static final ClaimId K11 = ClaimId.of("K11"); // S denies that CF2 is holding

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static FuzzyTime month(int y, int m) {
    return FuzzyTime.inMonth(YearMonth.of(y, m));
  }

  private static final DisputeModel MODEL = build();

  static DisputeModel model() {
    return MODEL;
  }

  private static Party state(PartyId id) {
    return Party.builder().id(id).name("State " + id.value()).kind(PartyKind.STATE).build();
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(
            Source.builder().id(SRC1).kind(SourceKind.NEWS_REPORT).title("One").published(day(2022, 9, 14)).build(),
            Source.builder().id(SRC2).kind(SourceKind.NEWS_REPORT).title("Two").build())
        .addParties(
            state(A), state(B),
            Party.builder().id(A_PM).name("Prime Minister of A").kind(PartyKind.PERSON).actsFor(A).build(),
            state(M),
            Party.builder().id(M_PK).name("M peacekeepers").kind(PartyKind.PEACEKEEPING_MISSION).actsFor(M).build(),
            state(S), state(X))
        .addRelations(
            PartyRelation.builder().id(R1).from(M).kind(RelationKind.ALLY_OF).to(A)
                .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2000)))).source(SRC1).build(),
            PartyRelation.builder().id(R2).from(S).kind(RelationKind.BACKS).to(B).source(SRC1).build(),
            PartyRelation.builder().id(R3).from(X).kind(RelationKind.ALLY_OF).to(M)
                .period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(2010)), FuzzyTime.inYear(Year.of(2015)))).source(SRC1).build(),
            PartyRelation.builder().id(R4).from(B).kind(RelationKind.HAS_TIES_TO).to(S)
                .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2021)))).source(SRC1).build())
        .addTerritories(
            Territory.builder().id(T1).name("Region").kind(TerritoryKind.REGION)
                .addSovereignty(SovereigntyStatus.builder().sovereign(B).internationallyRecognized(true)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1991)))).source(SRC1).build())
                .addPopulation(PopulationStatus.builder().group("As").kinState(A).source(SRC1).build())
                .build(),
            Territory.builder().id(T2).name("District").kind(TerritoryKind.REGION).parent(T1)
                .addSovereignty(SovereigntyStatus.builder().sovereign(B).internationallyRecognized(true)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1991)))).source(SRC1).build())
                .addControl(ControlStatus.builder().controller(A).kind(ControlKind.OCCUPIES)
                    .period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(1994)), day(2020, 11, 10))).source(SRC1).build())
                .build(),
            Territory.builder().id(T3).name("Village").kind(TerritoryKind.SETTLEMENTS).parent(T2).build(),
            Territory.builder().id(T4).name("Elsewhere").kind(TerritoryKind.REGION)
                .addSovereignty(SovereigntyStatus.builder().sovereign(A).internationallyRecognized(true).source(SRC1).build())
                .addControl(ControlStatus.builder().controller(A).kind(ControlKind.CONTROLS).source(SRC1).build())
                .build(),
            Territory.builder().id(TC1).name("Loop one").kind(TerritoryKind.REGION).parent(TC2).build(),
            Territory.builder().id(TC2).name("Loop two").kind(TerritoryKind.REGION).parent(TC1).build())
        .addConflicts(
            Conflict.builder().id(C1).name("The dispute")
                .addSides(
                    Side.builder().label("A side").addPrimary(A).build(),
                    Side.builder().label("B side").addPrimary(B)
                        .addSupporters(Supporter.of(S, SupportType.ARMS)).build())
                .addTerritoriesAtStake(T1)
                .period(FuzzyPeriod.since(FuzzyTime.inDecade(Year.of(1990))))
                .addSources(SRC1).build(),
            Conflict.builder().id(C2).name("September clashes").parent(C1)
                .period(FuzzyPeriod.of(day(2022, 9, 12), day(2022, 9, 20))).build(),
            Conflict.builder().id(C3).name("The 2020 war").parent(C1)
                .period(FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10))).build())
        .addEvents(
            Event.builder().id(E1).conflict(C2).kind(EventKind.CLASH).time(day(2022, 9, 12))
                .addPlaces(T3).addParticipants(A, B).source(SRC1).build(),
            Event.builder().id(E2).conflict(C2).kind(EventKind.ATTACK).time(month(2022, 9))
                .addParticipants(B).source(SRC1).build(),
            Event.builder().id(E3).conflict(C1).kind(EventKind.DEPLOYMENT).time(FuzzyTime.inYear(Year.of(2020)))
                .addPlaces(T1).addParticipants(M_PK).source(SRC1).build(),
            Event.builder().id(E4).conflict(C2).kind(EventKind.SHELLING).time(day(2022, 9, 20))
                .addParticipants(A).source(SRC1).build())
        .addCeasefires(
            Ceasefire.builder().id(CF1).name("2020 deal").conflict(C3).addSignatories(A, B)
                .effective(day(2020, 11, 10)).source(SRC1).build(),
            Ceasefire.builder().id(CF2).name("2022 ceasefire").conflict(C2)
                .effective(day(2022, 9, 13)).source(SRC1).build(),
            Ceasefire.builder().id(CF3).name("Undated truce").conflict(C2).addSignatories(A_PM).source(SRC1).build())
        .addMediators(
            Mediator.builder().id(MD1).party(M).role(MediatorRole.BROKER).conflict(C3).ceasefire(CF1)
                .period(FuzzyPeriod.at(day(2020, 11, 10))).source(SRC1).build(),
            Mediator.builder().id(MD2).party(M_PK).role(MediatorRole.PEACEKEEPER).conflict(C1)
                .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)))).source(SRC1).build(),
            Mediator.builder().id(MD3).party(M).role(MediatorRole.BROKER).conflict(C2).ceasefire(CF2)
                .source(SRC1).build())
        .addClaims(
            claim(K1, A_PM, day(2022, 9, 13), SRC1)
                .addPropositions(Casualties.of(C2, A, CasualtyKind.KILLED, Estimate.exact(10))).build(),
            claim(K2, B, day(2022, 9, 13), SRC1)
                .addPropositions(Casualties.of(C2, B, CasualtyKind.KILLED, Estimate.range(5, 8)),
                    new Initiated(C2, A)).build(),
            claim(K3, A, day(2022, 9, 13), SRC1).addPropositions(new Initiated(C2, B)).build(),
            Claim.builder().id(K4).source(SRC1).madeAt(day(2022, 9, 14))
                .addPropositions(new BacksAccount(S, K2)).build(),
            claim(K5, A, month(2022, 9), SRC2)
                .addPropositions(new CeasefireStatus(CF2, CeasefireState.VIOLATED)).build(),
            claim(K6, M, day(2022, 9, 13), SRC1)
                .addPropositions(new CeasefireStatus(CF2, CeasefireState.HOLDING)).build(),
            Claim.builder().id(K7).source(SRC1).madeAt(day(2022, 9, 14))
                .addPropositions(Casualties.total(C2, CasualtyKind.KILLED, Estimate.atLeast(12))).build(),
            claim(K8, B, day(2022, 9, 20), SRC2)
                .addPropositions(Casualties.of(C2, B, CasualtyKind.KILLED, Estimate.exact(7))).build(),
            claim(K9, A, day(2022, 9, 13), SRC1).addPropositions(new Sovereignty(T3, A)).build(),
            claim(K10, B, day(2022, 9, 14), SRC1)
                .addPropositions(new Attack(C2, A, EventKind.SHELLING, Optional.of(B), Optional.of(T3))).build(),
            claim(K11, S, day(2022, 9, 14), SRC1).polarity(Polarity.DENIES)
                .addPropositions(new CeasefireStatus(CF2, CeasefireState.HOLDING)).build())
        .build();
  }

  private static Claim.Builder claim(ClaimId id, PartyId claimant, FuzzyTime madeAt, SourceId source) {
    return Claim.builder().id(id).claimant(claimant).madeAt(madeAt).source(source);
  }
}
