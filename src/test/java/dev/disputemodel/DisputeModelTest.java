package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's lookups and its referential integrity: duplicate ids and dangling references in
 * every kind of entity, reported all at once, in a stable order, with no model returned.
 */
class DisputeModelTest {
  static final PartyId NOBODY = PartyId.of("P99");
  static final SourceId NOWHERE = SourceId.of("nowhere");

  static final Party ARMENIA_P = state(ARMENIA, "Armenia").build();
  static final Party AZERBAIJAN_P = state(AZERBAIJAN, "Azerbaijan").build();
  static final Party PASHINYAN_P = pashinyan().build();
  static final Party RUSSIA_P = state(RUSSIA, "Russia").addAliases("Moscow").build();
  static final Party PEACEKEEPERS_P =
      Party.builder().id(PEACEKEEPERS).name("Russian peacekeeping force")
          .kind(PartyKind.PEACEKEEPING_MISSION).actsFor(RUSSIA).build();
  static final Party TURKEY_P = state(TURKEY, "Turkey").build();
  static final PartyRelation R1 = relation().build();
  static final Territory T1 =
      karabakh()
          .addSovereignty(SovereigntyStatus.builder().sovereign(AZERBAIJAN)
              .internationallyRecognized(true).source(ARTICLE).build())
          .addPopulation(PopulationStatus.builder().group("Armenians").kinState(ARMENIA)
              .source(ARTICLE).build())
          .build();
  static final Territory T2 =
      Territory.builder().id(SURROUNDING).name("occupied areas around Nagorno-Karabakh")
          .kind(TerritoryKind.SURROUNDING_AREA).addAdjacentTo(KARABAKH)
          .addControl(ControlStatus.builder().controller(ARMENIA).kind(ControlKind.OCCUPIES)
              .period(FuzzyPeriod.until(FuzzyTime.inYear(Year.of(2020)))).source(ARTICLE).build())
          .build();
  static final Conflict C1 =
      Conflict.builder().id(DISPUTE).name("Nagorno-Karabakh conflict")
          .incompatibility(Incompatibility.TERRITORY).addTerritoriesAtStake(KARABAKH)
          .addSides(side("A", AZERBAIJAN), side("B", ARMENIA)).addSources(ARTICLE).build();
  static final Conflict C3 =
      Conflict.builder().id(WAR_2020).name("2020 Nagorno-Karabakh war").parent(DISPUTE).build();
  static final Conflict C4 = clashes().build();
  static final Event E1 = deployment().build();
  static final Ceasefire S1 =
      Ceasefire.builder().id(CEASEFIRE_2020).name("2020 ceasefire agreement").conflict(WAR_2020)
          .addSignatories(ARMENIA, AZERBAIJAN, RUSSIA)
          .addProvisions(new Withdrawal(ARMENIA, SURROUNDING),
              new Deployment(PEACEKEEPERS, KARABAKH, Estimate.atMost(2000).withWording("almost 2,000")))
          .source(ARTICLE).build();
  static final Ceasefire S2 = ceasefire2022().addLinks(ChainLink.succeeds(CEASEFIRE_2020)).build();
  static final Mediator M1 = broker().build();
  // test data: no agreement settles the Nagorno-Karabakh conflict in the story
  static final Agreement A1 = Agreement.builder().id(AgreementId.of("A1")).name("a peace agreement")
      .kind(AgreementKind.FULL).conflict(DISPUTE).addSignatories(ARMENIA, AZERBAIJAN)
      .addCeasefires(CEASEFIRE_2022).addLinks(ChainLink.succeeds(CEASEFIRE_2020)).source(ARTICLE).build();
  static final Claim CLAIM_K5 = claim(K5, ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN)).build();
  static final Claim CLAIM_K6 = claim(K6, AZERBAIJAN, new Initiated(CLASHES_2022, ARMENIA)).build();
  static final Source A = source().build();

  /** One valid model holding entities of every kind. */
  static DisputeModel.Builder valid() {
    return DisputeModel.builder()
        .addParties(ARMENIA_P, AZERBAIJAN_P, PASHINYAN_P, RUSSIA_P, PEACEKEEPERS_P, TURKEY_P)
        .addRelations(R1)
        .addTerritories(T1, T2)
        .addConflicts(C1, C3, C4)
        .addEvents(E1)
        .addCeasefires(S1, S2)
        .addAgreements(A1)
        .addMediators(M1)
        .addClaims(CLAIM_K5, CLAIM_K6)
        .addSources(A);
  }

  @Test
  void lookupsByIdOfEveryKind() {
    DisputeModel m = valid().build();
    assertEquals(Optional.of(ARMENIA_P), m.party(ARMENIA));
    assertEquals(Optional.of(R1), m.relation(ALLY));
    assertEquals(Optional.of(T2), m.territory(SURROUNDING));
    assertEquals(Optional.of(C4), m.conflict(CLASHES_2022));
    assertEquals(Optional.of(E1), m.event(DEAL_2020));
    assertEquals(Optional.of(S2), m.ceasefire(CEASEFIRE_2022));
    assertEquals(Optional.of(A1), m.agreement(AgreementId.of("A1")));
    assertEquals(Optional.<Accord>of(A1), m.accord(AgreementId.of("A1")));
    assertEquals(Optional.<Accord>of(S2), m.accord(CEASEFIRE_2022));
    assertEquals(Optional.empty(), m.agreement(AgreementId.of("S2")), "an agreement id never finds a ceasefire");
    assertEquals(Optional.of(M1), m.mediator(BROKER));
    assertEquals(Optional.of(CLAIM_K6), m.claim(K6));
    assertEquals(Optional.of(A), m.source(ARTICLE));

    List<Entity> all = ImmutableList.copyOf(m.entities());
    assertEquals(20, all.size());
    assertEquals(20, m.size());
    for (Entity e : all) {
      assertEquals(Optional.of(e), m.find(e.id()), "find " + e.id());
    }
    assertEquals(List.of(ARMENIA_P, AZERBAIJAN_P, PASHINYAN_P, RUSSIA_P, PEACEKEEPERS_P, TURKEY_P, R1),
        all.subList(0, 7), "parties first, then relations, in the order added");
    assertEquals(List.of(S1, S2, A1, M1), all.subList(13, 17), "ceasefires, agreements, mediators");
    assertEquals(A, all.get(19), "sources last");
  }

  @Test
  void thePrincipalIsTheLastPartyOfTheActsForChainAlsoThroughCycles() {
    PartyId p1 = PartyId.of("P1"), p2 = PartyId.of("P2"), p3 = PartyId.of("P3"), p4 = PartyId.of("P4");
    PartyId p5 = PartyId.of("P5"), p6 = PartyId.of("P6"), p7 = PartyId.of("P7"), p8 = PartyId.of("P8");
    DisputeModel m = DisputeModel.builder().addParties(
        state(p1, "one").actsFor(p2).build(), state(p2, "two").actsFor(p3).build(),
        state(p3, "three").actsFor(p2).build(), // p2 and p3 act for each other
        state(p4, "four").actsFor(p1).build(), // into the cycle
        state(p5, "five").actsFor(p6).build(), state(p6, "six").actsFor(p7).build(),
        state(p7, "seven").build(), state(p8, "eight").actsFor(p5).build()).build();
    assertEquals(List.of(p1, p2, p3), m.actsForChain(p1));
    assertEquals(p3, m.principal(p1));
    assertEquals(p3, m.principal(p2));
    assertEquals(p2, m.principal(p3));
    assertEquals(p3, m.principal(p4));
    assertEquals(List.of(p4, p1, p2, p3), m.actsForChain(p4));
    assertEquals(p7, m.principal(p8), "a chain of four");
    assertEquals(p7, m.principal(p7));
    assertEquals(PartyId.of("P9"), m.principal(PartyId.of("P9")), "a party not in the model");
    for (Party p : m.parties()) {
      List<PartyId> chain = m.actsForChain(p.id());
      assertEquals(chain.get(chain.size() - 1), m.principal(p.id()), "principal of " + p.id());
    }
  }

  @Test
  void absentIdsAreEmptyAndNullIsRejected() {
    DisputeModel m = valid().build();
    assertEquals(Optional.empty(), m.party(NOBODY));
    assertEquals(Optional.empty(), m.claim(ClaimId.of("K1")));
    assertEquals(Optional.empty(), m.find(SourceId.of("P1")), "a source id never finds a party");
    assertThrows(NullPointerException.class, () -> m.find(null));
    assertThrows(NullPointerException.class, () -> m.party(null));
    assertThrows(NullPointerException.class, () -> m.claim(null));
  }

  @Test
  void emptyModel() {
    DisputeModel m = DisputeModel.empty();
    assertEquals(0, m.size());
    assertTrue(m.parties().isEmpty());
    assertEquals(Optional.empty(), m.find(ARMENIA));
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextDoNotCollide() {
    Source x = Source.builder().id(SourceId.of("X")).kind(SourceKind.OTHER).title("X").build();
    Party px = state(PartyId.of("X"), "X").build();
    Territory tx = Territory.builder().id(TerritoryId.of("X")).name("X").kind(TerritoryKind.OTHER).build();
    Conflict cx = Conflict.builder().id(ConflictId.of("X")).name("X").build();
    Claim kx = Claim.builder().id(ClaimId.of("X")).claimant(PartyId.of("X")).source(SourceId.of("X"))
        .madeAt(FuzzyTime.inYear(Year.of(2022))).addPropositions(new Control(TerritoryId.of("X"), PartyId.of("X")))
        .build();
    Mediator mx = Mediator.builder().id(MediatorId.of("X")).party(PartyId.of("X")).role(MediatorRole.OBSERVER)
        .conflict(ConflictId.of("X")).source(SourceId.of("X")).build();
    DisputeModel m = DisputeModel.builder().addSources(x).addParties(px).addTerritories(tx)
        .addConflicts(cx).addClaims(kx).addMediators(mx).build();
    assertEquals(6, m.size());
    assertSame(px, m.find(PartyId.of("X")).orElseThrow());
    assertSame(x, m.find(SourceId.of("X")).orElseThrow());
    assertSame(tx, m.find(TerritoryId.of("X")).orElseThrow());
    assertSame(cx, m.find(ConflictId.of("X")).orElseThrow());
    assertSame(kx, m.find(ClaimId.of("X")).orElseThrow());
    assertSame(mx, m.find(MediatorId.of("X")).orElseThrow());
    assertEquals(Optional.empty(), m.find(EventId.of("X")));
  }

  @Test
  void duplicateIdsAreReported() {
    Party otherArmenia = state(ARMENIA, "Republic of Armenia").build();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> valid().addParties(otherArmenia).build());
    assertEquals(List.of(new Problem(ARMENIA, "id", "P1", "duplicate Party id")), e.problems());
    assertEquals("1 problem in the model:\n  Party:P1.id = P1: duplicate Party id", e.getMessage());
  }

  @Test
  void anIdEqualToAnEntitysButAnotherObjectResolves() {
    // a reader shares one id object among the references to an entity; a caller's builders need not
    PartyId armenia = PartyId.of(ARMENIA.value());
    assertNotSame(ARMENIA, armenia);
    Claim k1 = claim(K1, armenia, new Initiated(CLASHES_2022, PartyId.of(AZERBAIJAN.value())))
        .source(SourceId.of(ARTICLE.value())).withdraws(ClaimId.of(K5.value())).build();
    assertEquals(Optional.of(k1), valid().addClaims(k1).build().claim(K1));
  }

  @Test
  void anIdEqualToAnotherEntitysButAnotherObjectIsADuplicate() {
    Party otherArmenia = state(PartyId.of(ARMENIA.value()), "Republic of Armenia").build();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> valid().addParties(otherArmenia).build());
    assertEquals(List.of(new Problem(ARMENIA, "id", "P1", "duplicate Party id")), e.problems());
  }

  @Test
  void referencesToEntitiesAddedLaterResolve() {
    // a claim may end or back a later claim; a mediator be attested by a claim, added after it
    Claim k1 = claim(K1, ARMENIA, new BacksAccount(ARMENIA, ClaimId.of("K2"))).withdraws(K5).build();
    Claim k2 = claim(ClaimId.of("K2"), ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN))
        .withdraws(ClaimId.of("K3")).build();
    Claim k3 = claim(ClaimId.of("K3"), ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN)).build();
    DisputeModel m = valid().addClaims(k1, k2, k3)
        .mediators(List.of(M1.withAttestedBy(ClaimId.of("K3")))).build();
    assertEquals(Optional.of(k1), m.claim(K1));
  }

  @Test
  void theProblemsOfEntitiesWithOneIdKeepModelOrderFieldByField() {
    Claim first = claim(K1, PartyId.of("P97"), new Initiated(CLASHES_2022, PartyId.of("P96"))).build();
    Claim second = claim(K1, PartyId.of("P98"), new Initiated(CLASHES_2022, AZERBAIJAN)).build();
    Ceasefire twoMissing = S1.withSignatories(PartyId.of("P95"), PartyId.of("P94"));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> valid().addClaims(first, second).ceasefires(List.of(twoMissing, S2)).build());
    assertEquals(List.of(
        "Ceasefire:S1.signatories = Party:P95: no Party with this id",
        "Ceasefire:S1.signatories = Party:P94: no Party with this id",
        "Claim:K1.claimant = Party:P97: no Party with this id",
        "Claim:K1.claimant = Party:P98: no Party with this id",
        "Claim:K1.id = K1: duplicate Claim id",
        "Claim:K1.propositions[0].initiator = Party:P96: no Party with this id"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void anEqualEntityAddedTwiceIsStillADuplicate() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> valid().addClaims(CLAIM_K5).build());
    assertEquals("1 problem in the model:\n  Claim:K5.id = K5: duplicate Claim id", e.getMessage());
  }

  static Stream<Arguments> danglingReferences() {
    FuzzyTime day = FuzzyTime.onDay(TUESDAY);
    TerritoryId nowhereLand = TerritoryId.of("T99");
    ConflictId noConflict = ConflictId.of("C99");
    return Stream.of(
        dangling("Party", b -> b.addParties(state(PartyId.of("P8"), "Mevlut Cavusoglu").kind(PartyKind.PERSON).actsFor(NOBODY).build()),
            "Party:P8.actsFor = Party:P99: no Party with this id"),
        dangling("Relation.to", b -> b.addRelations(relation().id(RelationId.of("R2")).to(NOBODY).build()),
            "Relation:R2.to = Party:P99: no Party with this id"),
        dangling("Relation.from", b -> b.addRelations(relation().id(RelationId.of("R2")).from(NOBODY).build()),
            "Relation:R2.from = Party:P99: no Party with this id"),
        dangling("Relation.source", b -> b.addRelations(relation().id(RelationId.of("R2")).source(NOWHERE).build()),
            "Relation:R2.source = Source:nowhere: no Source with this id"),
        dangling("Territory.parent", b -> b.addTerritories(territory("T3").parent(nowhereLand).build()),
            "Territory:T3.parent = Territory:T99: no Territory with this id"),
        dangling("Territory.adjacentTo", b -> b.addTerritories(territory("T3").addAdjacentTo(nowhereLand).build()),
            "Territory:T3.adjacentTo = Territory:T99: no Territory with this id"),
        dangling("Territory.sovereignty.recognizers", b -> b.addTerritories(territory("T3").addSovereignty(
                SovereigntyStatus.builder().sovereign(ARMENIA).addRecognizers(NOBODY).source(ARTICLE).build()).build()),
            "Territory:T3.sovereignty[0].recognizers = Party:P99: no Party with this id"),
        dangling("Territory.sovereignty.sovereign", b -> b.addTerritories(territory("T3").addSovereignty(
                SovereigntyStatus.builder().sovereign(NOBODY).internationallyRecognized(true).source(ARTICLE).build()).build()),
            "Territory:T3.sovereignty[0].sovereign = Party:P99: no Party with this id"),
        dangling("Territory.control.controller", b -> b.addTerritories(territory("T3").addControl(
                ControlStatus.builder().controller(NOBODY).kind(ControlKind.CONTROLS).source(ARTICLE).build()).build()),
            "Territory:T3.control[0].controller = Party:P99: no Party with this id"),
        dangling("Territory.population.source", b -> b.addTerritories(territory("T3").addPopulation(
                PopulationStatus.builder().group("Armenians").source(NOWHERE).build()).build()),
            "Territory:T3.population[0].source = Source:nowhere: no Source with this id"),
        dangling("Territory.population.kinState", b -> b.addTerritories(territory("T3").addPopulation(
                PopulationStatus.builder().group("Armenians").kinState(NOBODY).source(ARTICLE).build()).build()),
            "Territory:T3.population[0].kinState = Party:P99: no Party with this id"),
        dangling("Conflict.parent", b -> b.addConflicts(conflict("C2").parent(noConflict).build()),
            "Conflict:C2.parent = Conflict:C99: no Conflict with this id"),
        dangling("Conflict.sides.primaries", b -> b.addConflicts(conflict("C2").addSides(side("A", ARMENIA), side("B", NOBODY)).build()),
            "Conflict:C2.sides[1].primaries = Party:P99: no Party with this id"),
        dangling("Conflict.sides.supporters.party", b -> b.addConflicts(conflict("C2").addSides(Side.builder().label("A")
                .addPrimaries(AZERBAIJAN).addSupporters(Supporter.of(NOBODY, SupportType.POLITICAL)).build()).build()),
            "Conflict:C2.sides[0].supporters[0].party = Party:P99: no Party with this id"),
        dangling("Conflict.sides.supporters.source", b -> b.addConflicts(conflict("C2").addSides(Side.builder().label("A")
                .addPrimaries(AZERBAIJAN).addSupporters(Supporter.builder().party(TURKEY).type(SupportType.POLITICAL)
                    .source(NOWHERE).build()).build()).build()),
            "Conflict:C2.sides[0].supporters[0].source = Source:nowhere: no Source with this id"),
        dangling("Conflict.territoriesAtStake", b -> b.addConflicts(conflict("C2").addTerritoriesAtStake(nowhereLand).build()),
            "Conflict:C2.territoriesAtStake = Territory:T99: no Territory with this id"),
        dangling("Conflict.sources", b -> b.addConflicts(conflict("C2").addSources(NOWHERE).build()),
            "Conflict:C2.sources = Source:nowhere: no Source with this id"),
        dangling("Event.conflict", b -> b.addEvents(deployment().id(EventId.of("E2")).conflict(noConflict).build()),
            "Event:E2.conflict = Conflict:C99: no Conflict with this id"),
        dangling("Event.places", b -> b.addEvents(deployment().id(EventId.of("E2")).addPlaces(nowhereLand).build()),
            "Event:E2.places = Territory:T99: no Territory with this id"),
        dangling("Event.participants", b -> b.addEvents(deployment().id(EventId.of("E2")).addParticipants(NOBODY).build()),
            "Event:E2.participants = Party:P99: no Party with this id"),
        dangling("Event.source", b -> b.addEvents(deployment().id(EventId.of("E2")).source(NOWHERE).build()),
            "Event:E2.source = Source:nowhere: no Source with this id"),
        dangling("Ceasefire.conflict", b -> b.addCeasefires(ceasefire("S3").conflict(noConflict).build()),
            "Ceasefire:S3.conflict = Conflict:C99: no Conflict with this id"),
        dangling("Ceasefire.signatories", b -> b.addCeasefires(ceasefire("S3").addSignatories(ARMENIA, NOBODY).build()),
            "Ceasefire:S3.signatories = Party:P99: no Party with this id"),
        dangling("Ceasefire.provisions.to", b -> b.addCeasefires(ceasefire("S3").addProvisions(
                new OtherProvision("exchange of prisoners"), new Deployment(PEACEKEEPERS, nowhereLand, Estimate.unknown())).build()),
            "Ceasefire:S3.provisions[1].to = Territory:T99: no Territory with this id"),
        dangling("Ceasefire.provisions.force", b -> b.addCeasefires(ceasefire("S3").addProvisions(
                new Deployment(NOBODY, KARABAKH, Estimate.unknown())).build()),
            "Ceasefire:S3.provisions[0].force = Party:P99: no Party with this id"),
        dangling("Ceasefire.provisions.from", b -> b.addCeasefires(ceasefire("S3").addProvisions(
                new Withdrawal(ARMENIA, nowhereLand)).build()),
            "Ceasefire:S3.provisions[0].from = Territory:T99: no Territory with this id"),
        dangling("Ceasefire.provisions.party", b -> b.addCeasefires(ceasefire("S3").addProvisions(
                new Withdrawal(NOBODY, SURROUNDING)).build()),
            "Ceasefire:S3.provisions[0].party = Party:P99: no Party with this id"),
        dangling("Ceasefire.links", b -> b.addCeasefires(ceasefire("S3").addLinks(ChainLink.renews(CeasefireId.of("S99"))).build()),
            "Ceasefire:S3.links[0].earlier = Ceasefire:S99: no Ceasefire with this id"),
        dangling("Ceasefire.source", b -> b.addCeasefires(ceasefire("S3").source(NOWHERE).build()),
            "Ceasefire:S3.source = Source:nowhere: no Source with this id"),
        dangling("Agreement.conflict", b -> b.addAgreements(agreement("A2").conflict(noConflict).build()),
            "Agreement:A2.conflict = Conflict:C99: no Conflict with this id"),
        dangling("Agreement.signatories", b -> b.addAgreements(agreement("A2").addSignatories(NOBODY).build()),
            "Agreement:A2.signatories = Party:P99: no Party with this id"),
        dangling("Agreement.provisions.from", b -> b.addAgreements(agreement("A2").addProvisions(
                new Withdrawal(ARMENIA, nowhereLand)).build()),
            "Agreement:A2.provisions[0].from = Territory:T99: no Territory with this id"),
        dangling("Agreement.links", b -> b.addAgreements(agreement("A2").addLinks(
                ChainLink.succeeds(CEASEFIRE_2020), ChainLink.recommitsTo(AgreementId.of("A99"))).build()),
            "Agreement:A2.links[1].earlier = Agreement:A99: no Agreement with this id"),
        dangling("Agreement.ceasefires", b -> b.addAgreements(agreement("A2").addCeasefires(CeasefireId.of("S99")).build()),
            "Agreement:A2.ceasefires = Ceasefire:S99: no Ceasefire with this id"),
        dangling("Agreement.source", b -> b.addAgreements(agreement("A2").source(NOWHERE).build()),
            "Agreement:A2.source = Source:nowhere: no Source with this id"),
        dangling("Mediator.agreement", b -> b.addMediators(broker().id(MediatorId.of("M2")).ceasefire(Optional.empty())
                .agreement(AgreementId.of("A99")).build()),
            "Mediator:M2.agreement = Agreement:A99: no Agreement with this id"),
        dangling("Mediator.party", b -> b.addMediators(broker().id(MediatorId.of("M2")).party(NOBODY).build()),
            "Mediator:M2.party = Party:P99: no Party with this id"),
        dangling("Mediator.conflict", b -> b.addMediators(broker().id(MediatorId.of("M2")).conflict(noConflict).build()),
            "Mediator:M2.conflict = Conflict:C99: no Conflict with this id"),
        dangling("Mediator.ceasefire", b -> b.addMediators(broker().id(MediatorId.of("M2")).ceasefire(CeasefireId.of("S99")).build()),
            "Mediator:M2.ceasefire = Ceasefire:S99: no Ceasefire with this id"),
        dangling("Mediator.attestedBy", b -> b.addMediators(broker().id(MediatorId.of("M2")).attestedBy(ClaimId.of("K99")).build()),
            "Mediator:M2.attestedBy = Claim:K99: no Claim with this id"),
        dangling("Mediator.source", b -> b.addMediators(broker().id(MediatorId.of("M2")).source(NOWHERE).build()),
            "Mediator:M2.source = Source:nowhere: no Source with this id"),
        dangling("Claim.claimant", b -> b.addClaims(claim(K1, NOBODY, new Initiated(CLASHES_2022, AZERBAIJAN)).build()),
            "Claim:K1.claimant = Party:P99: no Party with this id"),
        dangling("Claim.source", b -> b.addClaims(claim(K1, ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN)).source(NOWHERE).build()),
            "Claim:K1.source = Source:nowhere: no Source with this id"),
        dangling("Claim.propositions.conflict", b -> b.addClaims(claim(K1, PASHINYAN,
                Casualties.of(noConflict, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49))).build()),
            "Claim:K1.propositions[0].conflict = Conflict:C99: no Conflict with this id"),
        dangling("Claim.propositions.initiator", b -> b.addClaims(claim(K1, ARMENIA, new Initiated(CLASHES_2022, NOBODY)).build()),
            "Claim:K1.propositions[0].initiator = Party:P99: no Party with this id"),
        dangling("Claim.propositions.account", b -> b.addClaims(claim(K1, ARMENIA,
                new Initiated(CLASHES_2022, ARMENIA), new BacksAccount(TURKEY, ClaimId.of("K99"))).claimant(Optional.empty()).build()),
            "Claim:K1.propositions[1].account = Claim:K99: no Claim with this id"),
        dangling("Claim.propositions.ceasefire", b -> b.addClaims(claim(K1, RUSSIA,
                new CeasefireStatus(CeasefireId.of("S99"), CeasefireState.HOLDING)).build()),
            "Claim:K1.propositions[0].ceasefire = Ceasefire:S99: no Ceasefire with this id"),
        dangling("Claim.propositions.place", b -> b.addClaims(claim(K1, ARMENIA, new Attack(CLASHES_2022, AZERBAIJAN,
                EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(nowhereLand))).build()),
            "Claim:K1.propositions[0].place = Territory:T99: no Territory with this id"),
        dangling("Claim.propositions.addressee", b -> b.addClaims(claim(K1, TURKEY, new Stance(TURKEY,
                StanceKind.CALL_TO_DESIST, CLASHES_2022, Optional.of(NOBODY))).build()),
            "Claim:K1.propositions[0].addressee = Party:P99: no Party with this id"),
        dangling("Claim.propositions.about", b -> b.addClaims(claim(K1, ARMENIA, new NoStatement(AZERBAIJAN,
                PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, NOBODY))).claimant(Optional.empty()).build()),
            "Claim:K1.propositions[0].about.subjects[1] = Party:P99: no Party with this id"),
        dangling("Claim.propositions.controller", b -> b.addClaims(claim(K1, ARMENIA, new Control(KARABAKH, NOBODY)).build()),
            "Claim:K1.propositions[0].controller = Party:P99: no Party with this id"),
        dangling("Claim.propositions.sovereign", b -> b.addClaims(claim(K1, ARMENIA, new Sovereignty(nowhereLand, AZERBAIJAN)).build()),
            "Claim:K1.propositions[0].territory = Territory:T99: no Territory with this id"),
        dangling("Claim.ends", b -> b.addClaims(claim(K1, ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN)).replaces(ClaimId.of("K99")).build()),
            "Claim:K1.ends[0].claim = Claim:K99: no Claim with this id"));
  }

  private static Arguments dangling(String name, UnaryOperator<DisputeModel.Builder> add, String problem) {
    return Arguments.of(name, add, problem);
  }

  private static Territory.Builder territory(String id) {
    return Territory.builder().id(TerritoryId.of(id)).name("Armenian border towns").kind(TerritoryKind.SETTLEMENTS);
  }

  private static Conflict.Builder conflict(String id) {
    return Conflict.builder().id(ConflictId.of(id)).name("wars of the 1980s and 1990s");
  }

  private static Conflict bareConflict(String id) {
    return Conflict.builder().id(ConflictId.of(id)).name("Nagorno-Karabakh conflict").build();
  }

  private static Agreement.Builder agreement(String id) {
    return Agreement.builder().id(AgreementId.of(id)).name("a peace agreement").kind(AgreementKind.FULL)
        .conflict(DISPUTE).source(ARTICLE);
  }

  private static Ceasefire.Builder ceasefire(String id) {
    return ceasefire2022().id(CeasefireId.of(id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void aDanglingReferenceNamesBothEnds(String name, UnaryOperator<DisputeModel.Builder> add, String problem) {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> add.apply(valid()).build());
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals(problem, e.problems().get(0).toString());
    assertEquals("1 problem in the model:\n  " + problem, e.getMessage());
    Problem p = e.problems().get(0);
    assertTrue(problem.startsWith(p.entity() + "." + p.field() + " = " + p.value() + ": "), problem);
    assertEquals("no " + p.value().substring(0, p.value().indexOf(':')) + " with this id", p.message());
  }

  @Test
  void problemPartsAreTyped() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> valid()
        .addConflicts(conflict("C2").addSides(Side.builder().label("A").addPrimaries(AZERBAIJAN)
            .addSupporters(Supporter.of(NOBODY, SupportType.POLITICAL)).build()).build())
        .build());
    Problem p = e.problems().get(0);
    assertEquals(ConflictId.of("C2"), p.entity());
    assertEquals("sides[0].supporters[0].party", p.field());
    assertEquals("Party:P99", p.value());
    assertEquals("no Party with this id", p.message());
  }

  /** Several problems of several kinds, added in the given order. */
  private static DisputeModel.Builder manyProblems(boolean reversed) {
    List<Claim> claims = new ArrayList<>(List.of(
        claim(K1, NOBODY, new Initiated(CLASHES_2022, PartyId.of("P98"))).source(NOWHERE).build(),
        CLAIM_K5, CLAIM_K6));
    List<Party> parties = new ArrayList<>(List.of(ARMENIA_P, AZERBAIJAN_P, PASHINYAN_P, RUSSIA_P, PEACEKEEPERS_P,
        TURKEY_P, state(AZERBAIJAN, "Azerbaijan again").build()));
    List<Territory> territories = new ArrayList<>(List.of(T1, T2, territory("T3").parent(TerritoryId.of("T99"))
        .addSovereignty(SovereigntyStatus.builder().sovereign(ARMENIA).addRecognizers(NOBODY).source(ARTICLE).build())
        .build()));
    if (reversed) {
      claims = Lists.reverse(claims);
      parties = Lists.reverse(parties);
      territories = Lists.reverse(territories);
    }
    return DisputeModel.builder().addAllSources(List.of(A)).addAllClaims(claims).addAllParties(parties)
        .addAllTerritories(territories).addRelations(R1).addConflicts(C1, C3, C4).addEvents(E1)
        .addCeasefires(S1, S2).addMediators(M1.withAttestedBy(ClaimId.of("K99")));
  }

  @Test
  void everyProblemIsReportedAtOnceInAStableOrder() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> manyProblems(false).build());
    assertEquals(
        "7 problems in the model:\n"
            + "  Claim:K1.claimant = Party:P99: no Party with this id\n"
            + "  Claim:K1.propositions[0].initiator = Party:P98: no Party with this id\n"
            + "  Claim:K1.source = Source:nowhere: no Source with this id\n"
            + "  Mediator:M1.attestedBy = Claim:K99: no Claim with this id\n"
            + "  Party:P2.id = P2: duplicate Party id\n"
            + "  Territory:T3.parent = Territory:T99: no Territory with this id\n"
            + "  Territory:T3.sovereignty[0].recognizers = Party:P99: no Party with this id",
        e.getMessage());
    assertEquals(7, e.problems().size());
  }

  @Test
  void theOrderDoesNotDependOnTheOrderOfAddition() {
    InvalidModelException forward = assertThrows(InvalidModelException.class, () -> manyProblems(false).build());
    InvalidModelException backward = assertThrows(InvalidModelException.class, () -> manyProblems(true).build());
    assertEquals(forward.problems(), backward.problems());
  }

  @Test
  void noModelIsReturnedAndTheBuilderStaysUsable() {
    Claim k1 = claim(K1, PASHINYAN, Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49))).build();
    DisputeModel.Builder builder = DisputeModel.builder().addSources(A).addClaims(k1);
    InvalidModelException e = assertThrows(InvalidModelException.class, builder::build);
    assertEquals(3, e.problems().size(), e.getMessage());
    // Adding what was missing to the same builder makes the next build succeed.
    DisputeModel m = builder.addParties(ARMENIA_P, PASHINYAN_P)
        .addConflicts(bareConflict("C1"), C4.withSides(side("A", ARMENIA))).build();
    assertEquals(Optional.of(k1), m.claim(K1));
    // And an unrelated valid build is unaffected by the failed one.
    assertEquals(20, valid().build().size());
  }

  @Test
  void withCopiesAreValidatedAgain() {
    DisputeModel m = valid().build();
    Claim dangling = claim(K1, NOBODY, new Initiated(CLASHES_2022, AZERBAIJAN)).build();
    List<Claim> withDangling = ImmutableList.<Claim>builder().addAll(m.claims()).add(dangling).build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> m.withClaims(withDangling));
    assertEquals("1 problem in the model:\n  Claim:K1.claimant = Party:P99: no Party with this id", e.getMessage());
    assertEquals(2, m.claims().size(), "the original model is unchanged");

    Claim k1 = claim(K1, PASHINYAN, Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49))).build();
    DisputeModel more = m.withClaims(ImmutableList.<Claim>builder().addAll(m.claims()).add(k1).build());
    assertEquals(Optional.of(k1), more.claim(K1), "the copy's index holds the new claim");
    assertEquals(Optional.empty(), m.claim(K1), "the original's index does not");
  }

  @Test
  void removingAReferencedEntityReportsEveryReferrer() {
    DisputeModel m = valid().build();
    List<Party> withoutArmenia = m.parties().subList(1, m.parties().size());
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> m.withParties(withoutArmenia));
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "Agreement:A1.signatories = Party:P1: no Party with this id",
        "Ceasefire:S1.provisions[0].party = Party:P1: no Party with this id",
        "Ceasefire:S1.signatories = Party:P1: no Party with this id",
        "Claim:K5.claimant = Party:P1: no Party with this id",
        "Claim:K6.propositions[0].initiator = Party:P1: no Party with this id",
        "Conflict:C1.sides[1].primaries = Party:P1: no Party with this id",
        "Conflict:C4.sides[0].primaries = Party:P1: no Party with this id",
        "Party:P4.actsFor = Party:P1: no Party with this id",
        "Relation:R1.to = Party:P1: no Party with this id",
        "Territory:T1.population[0].kinState = Party:P1: no Party with this id",
        "Territory:T2.control[0].controller = Party:P1: no Party with this id"), problems);
  }

  @Test
  void problemsAreImmutableAndNullsRejected() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> valid().addClaims(CLAIM_K5).build());
    assertThrows(UnsupportedOperationException.class, () -> ((List<Problem>) e.problems()).clear());
    assertInstanceOf(DisputeModelException.class, e);
    assertThrows(NullPointerException.class, () -> new Problem(null, "f", "v", "m"));
    assertThrows(NullPointerException.class, () -> new Reference(null, ARMENIA));
    assertEquals(new Reference("sides[0].primaries", ARMENIA), new Reference("primaries", ARMENIA).under("sides[0]."));
  }
}
