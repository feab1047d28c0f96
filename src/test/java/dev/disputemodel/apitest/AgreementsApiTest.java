package dev.disputemodel.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.AccordId;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Attack;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ChainLinkKind;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EventKind;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Procedure;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfMonth;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Agreements, chains of accords, rulings and the vocabulary of issue #8, used from outside the
 * library's packages as a user would. Names and dates are test data.
 */
class AgreementsApiTest {
  static final SourceId SRC = SourceId.of("src");
  static final ConflictId WAR = ConflictId.of("war");
  static final PartyId NORTH = PartyId.of("north");
  static final PartyId SOUTH = PartyId.of("south");
  static final PartyId COURT = PartyId.of("court");
  static final PartyId OBSERVERS = PartyId.of("observers");
  static final TerritoryId ISLANDS = TerritoryId.of("islands");
  static final TerritoryId REEF = TerritoryId.of("reef");
  static final CeasefireId TRUCE = CeasefireId.of("truce");
  static final CeasefireId RENEWAL = CeasefireId.of("renewal");
  static final AgreementId PEACE = AgreementId.of("peace");
  static final RulingId AWARD = RulingId.of("award");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static DisputeModel model() {
    return DisputeModel.builder()
        .addSources(Source.builder().id(SRC).kind(SourceKind.RESEARCH).title("Test data").build())
        .addParties(
            Party.builder().id(NORTH).name("North").kind(PartyKind.STATE).build(),
            Party.builder().id(SOUTH).name("South").kind(PartyKind.LIBERATION_MOVEMENT)
                .proclaimed(FuzzyTime.in(YearMonth.of(1970, 5), PartOfMonth.EARLY)).build(),
            Party.builder().id(COURT).name("Court").kind(PartyKind.COURT_OR_TRIBUNAL).build(),
            Party.builder().id(OBSERVERS).name("Observers").kind(PartyKind.OBSERVER_MISSION).build())
        .addTerritories(
            Territory.builder().id(ISLANDS).name("Islands").kind(TerritoryKind.ISLAND).build(),
            Territory.builder().id(REEF).name("Reef").kind(TerritoryKind.FEATURE).parent(ISLANDS).build())
        .addConflicts(Conflict.builder().id(WAR).name("War").addTerritoriesAtStake(ISLANDS).build())
        .addCeasefires(
            Ceasefire.builder().id(TRUCE).name("Truce").conflict(WAR).addSignatories(NORTH, SOUTH)
                .effective(FuzzyTime.about(LocalDate.of(1980, 3, 1))).source(SRC).build(),
            Ceasefire.builder().id(RENEWAL).name("Renewal").conflict(WAR)
                .effective(FuzzyTime.inMonth(YearMonth.of(1980, 6)))
                .addLinks(ChainLink.renews(TRUCE).withDate(day(1980, 6, 1))).source(SRC).build())
        .addAgreements(Agreement.builder().id(PEACE).name("Peace").kind(AgreementKind.PARTIAL)
            .conflict(WAR).addSignatories(NORTH, SOUTH).agreed(day(1981, 1, 1))
            .addCeasefires(RENEWAL).addLinks(ChainLink.succeeds(RENEWAL)).source(SRC).build())
        .addRulings(Ruling.builder().id(AWARD).name("Award").body(COURT).issued(day(1985, 5, 5)).binding(true)
            .under(PEACE)
            .addDecisions(new SovereigntyDecision(ISLANDS, NORTH), new ControlDecision(REEF, SOUTH),
                new BoundaryDecision(ISLANDS, REEF, Optional.empty()),
                new ProceduralDecision(Procedure.JURISDICTION, true))
            .source(SRC).build())
        .addMediators(Mediator.builder().id(MediatorId.of("witness")).party(OBSERVERS).role(MediatorRole.WITNESS)
            .conflict(WAR).agreement(PEACE).source(SRC).build())
        .build();
  }

  @Test
  void aChainIsWalkedFromAnyMemberAndEndsTheEarlierAccordsWithoutInventedDates() {
    DisputeModel m = model();
    ModelQueries q = ModelQueries.over(m);
    List<AccordId> chain = List.of(TRUCE, RENEWAL, PEACE);
    assertEquals(chain, q.chain(PEACE).ids());
    assertEquals(chain, q.chain(TRUCE).ids());
    assertEquals(ChainLinkKind.RENEWS, q.chain(TRUCE).after(TRUCE).get(0).link().kind());
    assertEquals(Optional.of(FuzzyPeriod.of(FuzzyTime.about(LocalDate.of(1980, 3, 1)), day(1980, 6, 1))),
        ModelIndex.of(m).accords().inEffectOnRecord(TRUCE));
    assertEquals(List.of(RENEWAL),
        q.ceasefiresInEffect(When.definitelyOn(day(1980, 7, 1))).stream().map(Ceasefire::id).toList());
    assertEquals(List.of(), q.ceasefiresInEffect(When.definitelyOn(day(1981, 2, 1))), "succeeded by the agreement");
  }

  @Test
  void agreementsRulingsAndTheNewKindsAreTyped() {
    DisputeModel m = model();
    assertEquals(Optional.of(Set.of(RENEWAL)), m.agreement(PEACE).map(Agreement::ceasefires));
    Ruling award = m.ruling(AWARD).orElseThrow();
    assertEquals(List.of(ISLANDS, REEF), award.territories());
    assertEquals(Optional.of(PEACE), award.under());
    assertTrue(award.binding());
    assertEquals(Precision.PART_OF_MONTH, m.party(SOUTH).flatMap(Party::proclaimed).orElseThrow().precision());
    assertTrue(EventKind.LANDING.isHostilities());
    assertFalse(EventKind.SURRENDER.isHostilities());
    Attack shelling = new Attack(WAR, NORTH, EventKind.SHELLING, Optional.of(SOUTH), Optional.of(REEF));
    assertFalse(shelling.at(day(1980, 8, 1)).key().equals(shelling.at(day(1980, 8, 3)).key()));
    assertEquals(ClaimId.of("K"), new ClaimDecision(ClaimId.of("K"), ClaimVerdict.WITHOUT_BASIS).claim());
    assertThrows(InvalidValueException.class, () -> Ruling.builder().id(AWARD).name("No decision").body(COURT)
        .issued(day(1985, 5, 5)).binding(false).source(SRC).build());
  }
}
