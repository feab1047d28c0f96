package dev.disputemodel.render;

import dev.disputemodel.BacksAccount;
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

/**
 * A small invented dispute with one of everything the pictures draw: a conflict whose start is
 * known only to the month and that is still going on, an episode that ended in a month, a
 * ceasefire one party says holds and another says was violated (with a shelling after it took
 * effect), a relation stated as fact, a relation the source hedges ("apparently backs"), a
 * backing asserted only by a hedged claim, an official and a body acting for their states, a
 * peacekeeping mission acting for its sender, and a territory whose controller is not its
 * recognized sovereign. One source was published on a known day, the other sometime in a month. Names are invented; nothing here describes a real dispute.
 */
final class PictureFixtures {
  private PictureFixtures() {}

  static final SourceId CHRONICLE = SourceId.of("chronicle");
  static final SourceId GAZETTE = SourceId.of("gazette");

  static final PartyId NORTHLAND = PartyId.of("P1");
  static final PartyId SOUTHLAND = PartyId.of("P2");
  static final PartyId EASTLAND = PartyId.of("P3");
  static final PartyId WESTLAND = PartyId.of("P4");
  static final PartyId MEDIATIA = PartyId.of("P5");
  static final PartyId ADA = PartyId.of("P6");
  static final PartyId SOUTH_MINISTRY = PartyId.of("P7");
  static final PartyId MISSION = PartyId.of("P8");

  static final TerritoryId VALLEY = TerritoryId.of("T1");
  static final TerritoryId UPPER_VALLEY = TerritoryId.of("T2");

  static final ConflictId WAR = ConflictId.of("C1");
  static final ConflictId OFFENSIVE = ConflictId.of("C2");
  static final ConflictId FLARE_UP = ConflictId.of("C3");

  static final EventId CLASH = EventId.of("E1");
  static final EventId SHELLING = EventId.of("E2");
  static final CeasefireId TRUCE = CeasefireId.of("S1");
  static final MediatorId BROKER = MediatorId.of("M1");
  static final MediatorId PEACEKEEPER = MediatorId.of("M2");
  static final RelationId ALLY = RelationId.of("R1");
  static final RelationId BACKS = RelationId.of("R2");

  static final ClaimId HOLDS = ClaimId.of("K1");
  static final ClaimId VIOLATED = ClaimId.of("K2");
  static final ClaimId SOUTH_STRUCK_FIRST = ClaimId.of("K3");
  static final ClaimId NORTH_STRUCK_FIRST = ClaimId.of("K4");
  static final ClaimId BACKS_ACCOUNT = ClaimId.of("K5");
  static final ClaimId SOVEREIGN_CLAIM = ClaimId.of("K6");

  static FuzzyTime day(int year, int month, int day) {
    return FuzzyTime.onDay(LocalDate.of(year, month, day));
  }

  static DisputeModel model() {
    return DisputeModel.builder()
        .addSources(
            Source.builder().id(CHRONICLE).kind(SourceKind.NEWS_REPORT).title("Chronicle")
                .published(FuzzyTime.inMonth(YearMonth.of(2001, 4))).build(),
            Source.builder().id(GAZETTE).kind(SourceKind.NEWS_REPORT).title("Gazette")
                .published(day(2003, 6, 15)).build())
        .addParties(
            state(NORTHLAND, "Northland"), state(SOUTHLAND, "Southland"), state(EASTLAND, "Eastland"),
            state(WESTLAND, "Westland"), state(MEDIATIA, "Mediatia"),
            Party.builder().id(ADA).name("Ada Speaker").kind(PartyKind.PERSON).office("Foreign Minister")
                .actsFor(NORTHLAND).build(),
            Party.builder().id(SOUTH_MINISTRY).name("Southland Ministry of Defence")
                .kind(PartyKind.GOVERNMENT_BODY).actsFor(SOUTHLAND).build(),
            Party.builder().id(MISSION).name("Peace mission").kind(PartyKind.PEACEKEEPING_MISSION)
                .actsFor(MEDIATIA).build())
        .addRelations(
            PartyRelation.builder().id(ALLY).from(EASTLAND).kind(RelationKind.ALLY_OF).to(NORTHLAND)
                .source(CHRONICLE).build(),
            PartyRelation.builder().id(BACKS).from(WESTLAND).kind(RelationKind.BACKS).to(SOUTHLAND)
                .hedge("apparently").period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2000))))
                .source(GAZETTE).build())
        .addTerritories(
            Territory.builder().id(VALLEY).name("Valley").kind(TerritoryKind.REGION)
                .addSovereignty(SovereigntyStatus.builder().sovereign(SOUTHLAND).internationallyRecognized(true)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1990)))).source(CHRONICLE).build())
                .addControl(ControlStatus.builder().controller(NORTHLAND).kind(ControlKind.OCCUPIES)
                    .period(FuzzyPeriod.since(FuzzyTime.inMonth(YearMonth.of(2001, 3)))).source(CHRONICLE).build())
                .addPopulation(PopulationStatus.builder().group("Valley people").kinState(NORTHLAND)
                    .size(Estimate.about(120_000)).source(CHRONICLE).build())
                .build(),
            Territory.builder().id(UPPER_VALLEY).name("Upper Valley").kind(TerritoryKind.REGION).parent(VALLEY)
                .addSovereignty(SovereigntyStatus.builder().sovereign(NORTHLAND).addRecognizers(NORTHLAND, EASTLAND)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2002)))).source(GAZETTE).build())
                .addControl(ControlStatus.builder().controller(SOUTHLAND).kind(ControlKind.ADMINISTERS)
                    .period(FuzzyPeriod.since(day(2003, 6, 2))).source(GAZETTE).build())
                .build())
        .addConflicts(
            Conflict.builder().id(WAR).name("Valley war")
                .addSides(
                    Side.builder().label("Northland").addPrimaries(NORTHLAND)
                        .addSupporters(Supporter.builder().party(EASTLAND).type(SupportType.ARMS)
                            .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2001)))).source(CHRONICLE).build())
                        .build(),
                    Side.builder().label("Southland").addPrimaries(SOUTHLAND).build())
                .addTerritoriesAtStake(VALLEY)
                .period(FuzzyPeriod.since(FuzzyTime.inMonth(YearMonth.of(2001, 3))))
                .addSources(CHRONICLE)
                .build(),
            Conflict.builder().id(OFFENSIVE).name("Spring offensive").parent(WAR)
                .period(FuzzyPeriod.of(day(2001, 3, 10), FuzzyTime.inMonth(YearMonth.of(2001, 5))))
                .addSources(CHRONICLE)
                .build(),
            Conflict.builder().id(FLARE_UP).name("Border flare-up").parent(WAR)
                .period(FuzzyPeriod.since(day(2003, 6, 1)))
                .addSources(GAZETTE)
                .build())
        .addEvents(
            Event.builder().id(CLASH).conflict(OFFENSIVE).kind(EventKind.CLASH).time(day(2001, 3, 10))
                .addPlaces(VALLEY).addParticipants(NORTHLAND, SOUTHLAND).description("Fighting at the ford")
                .source(CHRONICLE).build(),
            Event.builder().id(SHELLING).conflict(FLARE_UP).kind(EventKind.SHELLING).time(day(2003, 6, 4))
                .addPlaces(UPPER_VALLEY).addParticipants(NORTHLAND).description("Shelling of hill villages")
                .source(GAZETTE).build())
        .addCeasefires(
            Ceasefire.builder().id(TRUCE).name("June truce").conflict(FLARE_UP).addSignatories(NORTHLAND, SOUTHLAND)
                .agreed(day(2003, 6, 1)).effective(day(2003, 6, 2)).source(GAZETTE).build())
        .addMediators(
            Mediator.builder().id(BROKER).party(MEDIATIA).role(MediatorRole.BROKER).conflict(FLARE_UP)
                .ceasefire(TRUCE).period(FuzzyPeriod.at(day(2003, 6, 1))).source(GAZETTE).build(),
            Mediator.builder().id(PEACEKEEPER).party(MISSION).role(MediatorRole.PEACEKEEPER).conflict(WAR)
                .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2002)))).forceSize(Estimate.about(500))
                .source(GAZETTE).build())
        .addClaims(
            claim(HOLDS, MEDIATIA, day(2003, 6, 5)).addPropositions(new CeasefireStatus(TRUCE, CeasefireState.HOLDING))
                .build(),
            claim(VIOLATED, SOUTH_MINISTRY, day(2003, 6, 6))
                .addPropositions(new CeasefireStatus(TRUCE, CeasefireState.VIOLATED)).build(),
            claim(SOUTH_STRUCK_FIRST, ADA, day(2003, 6, 3)).quote("They fired first")
                .addPropositions(new Initiated(FLARE_UP, SOUTHLAND)).build(),
            claim(NORTH_STRUCK_FIRST, SOUTHLAND, day(2003, 6, 3)).addPropositions(new Initiated(FLARE_UP, NORTHLAND))
                .build(),
            Claim.builder().id(BACKS_ACCOUNT).source(GAZETTE).madeAt(day(2003, 6, 10)).hedge("reportedly")
                .addPropositions(new BacksAccount(WESTLAND, NORTH_STRUCK_FIRST)).build(),
            claim(SOVEREIGN_CLAIM, NORTHLAND, FuzzyTime.inYear(Year.of(2002)))
                .addPropositions(new Sovereignty(VALLEY, NORTHLAND)).build())
        .build();
  }

  private static Party state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE).build();
  }

  private static Claim.Builder claim(ClaimId id, PartyId claimant, FuzzyTime madeAt) {
    return Claim.builder().id(id).claimant(claimant).source(GAZETTE).madeAt(madeAt);
  }
}
