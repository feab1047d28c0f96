package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A {@link Ruling}: the body that gives it (a party), its date, whether it binds, the accord it was
 * given under, and what it decides in typed terms. The shapes follow the Guyana–Venezuela case
 * (examples/facts/essequibo-facts.md, J1 to J5); ids and names here are test data.
 */
class RulingTest {
  static final PartyId TRIBUNAL = PartyId.of("tribunal");
  static final PartyId COURT = PartyId.of("court");
  static final PartyId COLONY = PartyId.of("colony");
  static final PartyId NEIGHBOUR = PartyId.of("neighbour");
  static final TerritoryId REGION = TerritoryId.of("region");
  static final TerritoryId COLONY_LAND = TerritoryId.of("colony-land");
  static final TerritoryId NEIGHBOUR_LAND = TerritoryId.of("neighbour-land");
  static final AgreementId TREATY = AgreementId.of("treaty");
  static final RulingId AWARD = RulingId.of("award");

  static Ruling.Builder award() {
    return Ruling.builder().id(AWARD).name("Arbitral award").body(TRIBUNAL)
        .issued(FuzzyTime.onDay(LocalDate.of(1899, 10, 3))).binding(true).under(TREATY)
        .addDecisions(new BoundaryDecision(COLONY_LAND, NEIGHBOUR_LAND, Optional.of("along the line described")),
            new SovereigntyDecision(REGION, COLONY))
        .source(ARTICLE);
  }

  static Party court(PartyId id) {
    return Party.builder().id(id).name(id.value()).kind(PartyKind.COURT_OR_TRIBUNAL).build();
  }

  static Territory land(TerritoryId id) {
    return Territory.builder().id(id).name(id.value()).kind(TerritoryKind.REGION).build();
  }

  @Test
  void anAwardDecidesABoundaryAndSovereigntyUnderTheTreatyThatSetUpTheTribunal() {
    Ruling r = award().build();
    assertEquals(List.of(COLONY_LAND, NEIGHBOUR_LAND, REGION), r.territories(), "each once, in decision order");
    assertEquals(List.of(COLONY_LAND, NEIGHBOUR_LAND, REGION),
        award().addDecisions(new SovereigntyDecision(COLONY_LAND, COLONY)).build().territories(),
        "a territory two decisions are about is listed once");
    assertEquals(List.of(
            new Reference("body", TRIBUNAL),
            new Reference("decisions[0].territory", COLONY_LAND),
            new Reference("decisions[0].other", NEIGHBOUR_LAND),
            new Reference("decisions[1].territory", REGION),
            new Reference("decisions[1].sovereign", COLONY),
            new Reference("under", TREATY),
            new Reference("source", ARTICLE)),
        r.references());
    assertTrue(r.binding());
  }

  @Test
  void aCourtDecidesJurisdictionAdmissibilityAndWhoControlsMeanwhile() {
    Ruling jurisdiction = Ruling.builder().id(RulingId.of("j3")).name("Judgment on jurisdiction").body(COURT)
        .issued(FuzzyTime.onDay(LocalDate.of(2020, 12, 18))).binding(true)
        .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true)).source(ARTICLE).build();
    Ruling measures = jurisdiction.withId(RulingId.of("j5")).withName("Order on provisional measures")
        .withDecisions(new ControlDecision(REGION, COLONY), new OtherDecision("Neither party shall aggravate the dispute"));
    assertEquals(List.of(), jurisdiction.territories());
    assertEquals(List.of(REGION), measures.territories());
    assertEquals(List.of(new Reference("body", COURT), new Reference("decisions[0].territory", REGION),
        new Reference("decisions[0].controller", COLONY), new Reference("source", ARTICLE)), measures.references());
    assertTrue(new ProceduralDecision(Procedure.ADMISSIBILITY, true).affirmed());
  }

  @Test
  void anAdvisoryOpinionHoldsADeclarationNotContraryToLaw() {
    ClaimId declaration = ClaimId.of("K1");
    Ruling opinion = Ruling.builder().id(RulingId.of("opinion")).name("Advisory opinion").body(COURT)
        .issued(FuzzyTime.onDay(LocalDate.of(2010, 7, 22))).binding(false)
        .addDecisions(new ClaimDecision(declaration, ClaimVerdict.NOT_CONTRARY_TO_LAW)).source(ARTICLE).build();
    assertFalse(opinion.binding());
    assertEquals(List.of(new Reference("body", COURT), new Reference("decisions[0].claim", declaration),
        new Reference("source", ARTICLE)), opinion.references());
  }

  @Test
  void invariants() {
    assertInvalid(() -> award().name("").build(), "Ruling", "name", "\"\"", "Ruling.name = \"\": must not be blank");
    assertInvalid(() -> award().decisions(List.of()).build(), "Ruling", "decisions", "[]",
        "Ruling.decisions = []: must not be empty");
    assertInvalid(() -> new BoundaryDecision(REGION, REGION, Optional.empty()), "BoundaryDecision", "other",
        "Territory:region", "BoundaryDecision.other = Territory:region: must differ from territory");
    assertInvalid(() -> new BoundaryDecision(REGION, COLONY_LAND, Optional.of(" ")), "BoundaryDecision", "course",
        "\" \"", "BoundaryDecision.course = \" \": must not be blank");
    assertInvalid(() -> new OtherDecision(""), "OtherDecision", "description", "\"\"",
        "OtherDecision.description = \"\": must not be blank");
    assertMissing(() -> Ruling.builder().build(), "Ruling", "id", "name", "body", "issued", "source");
    assertThrows(NullPointerException.class, () -> new SovereigntyDecision(REGION, null));
    assertThrows(NullPointerException.class, () -> new ClaimDecision(null, ClaimVerdict.WITHOUT_BASIS));
    assertThrows(NullPointerException.class, () -> new ProceduralDecision(null, true));
  }

  @Test
  void theModelResolvesTheBodyTheDecisionsAndTheAccordUnderWhichItWasGiven() {
    DisputeModel.Builder b = DisputeModel.builder()
        .addParties(court(TRIBUNAL), state(COLONY, "Colony").build(), state(NEIGHBOUR, "Neighbour").build())
        .addTerritories(land(REGION), land(COLONY_LAND), land(NEIGHBOUR_LAND))
        .addConflicts(Conflict.builder().id(DISPUTE).name("Boundary controversy").build())
        .addAgreements(Agreement.builder().id(TREATY).name("Treaty of arbitration").kind(AgreementKind.PROCESS)
            .conflict(DISPUTE).addSignatories(COLONY, NEIGHBOUR).source(ARTICLE).build())
        .addSources(source().build());
    DisputeModel m = b.addRulings(award().build()).build();
    assertEquals(Optional.of(award().build()), m.ruling(AWARD));
    assertEquals(Optional.empty(), m.ruling(RulingId.of("other")));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> m.withRulings(award().under(AgreementId.of("missing")).body(COURT).build()));
    assertEquals(List.of("Ruling:award.body = Party:court: no Party with this id",
            "Ruling:award.under = Agreement:missing: no Agreement with this id"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
