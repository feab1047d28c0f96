package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.Certainty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an event or ruling is, as a contested claim ({@link Characterization}), and a ruling whose
 * binding force no source states ({@link BindingForce#UNSTATED}). The cases follow the examples'
 * sources (the landing of 20 July 1974 as an invasion or a peace operation; the Golan Heights Law
 * as an annexation; the dead of Račak as civilians or combatants); ids are test data.
 */
class CharacterizationTest {
  static final EventId LANDING = EventId.of("E");
  static final RulingId RESOLUTION = FactTimeAndFigureTest.JUDGMENT;
  static final PartyId A = FactTimeAndFigureTest.A;
  static final PartyId B = FactTimeAndFigureTest.B;

  @Test
  void kindsOfOneAspectContradictUnlessOneIsNeutral() {
    Characterization invasion = new Characterization(LANDING, CharacterKind.INVASION);
    Characterization peace = new Characterization(LANDING, CharacterKind.PEACE_OPERATION);
    Characterization operation = new Characterization(LANDING, CharacterKind.MILITARY_OPERATION);
    Characterization civilians = new Characterization(LANDING, CharacterKind.CIVILIANS);
    assertTrue(invasion.contradicts(peace));
    assertTrue(peace.contradicts(invasion), "symmetric");
    assertFalse(invasion.contradicts(operation), "a military operation may be an invasion");
    assertFalse(operation.contradicts(peace));
    assertFalse(invasion.contradicts(invasion));
    assertFalse(invasion.contradicts(civilians), "who the dead were is another question");
    assertFalse(invasion.contradicts(new Characterization(EventId.of("F"), CharacterKind.PEACE_OPERATION)),
        "another event");
    assertTrue(new Characterization(LANDING, CharacterKind.CIVILIANS)
        .contradicts(new Characterization(LANDING, CharacterKind.COMBATANTS)));
    assertTrue(new Characterization(RESOLUTION, CharacterKind.BINDING)
        .contradicts(new Characterization(RESOLUTION, CharacterKind.NOT_BINDING)));
    assertTrue(CharacterKind.ANNEXATION.isCompatibleWith(CharacterKind.ANNEXATION));
    assertFalse(CharacterKind.CIVILIANS.isCompatibleWith(CharacterKind.COMBATANTS));
  }

  @Test
  void theQuestionIsTheSubjectAndTheAspect() {
    assertEquals(new PropositionKey(PropositionType.CHARACTERIZATION, List.of(LANDING), "USE_OF_FORCE"),
        new Characterization(LANDING, CharacterKind.INVASION).key());
    assertEquals(new Characterization(LANDING, CharacterKind.PEACE_OPERATION).key(),
        new Characterization(LANDING, CharacterKind.INVASION).key());
    assertEquals(new PropositionKey(PropositionType.CHARACTERIZATION, List.of(LANDING), "VICTIMS"),
        new Characterization(LANDING, CharacterKind.COMBATANTS).key());
    assertEquals(List.of(new Reference("subject", LANDING)),
        new Characterization(LANDING, CharacterKind.ANNEXATION).references());
  }

  @Test
  void aKindTheSubjectCannotHaveIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new Characterization(RESOLUTION, CharacterKind.INVASION));
    assertEquals("Characterization.kind = INVASION: does not apply to a Ruling (Ruling:J3)", e.getMessage());
    InvalidValueException f = assertThrows(InvalidValueException.class,
        () -> new Characterization(LANDING, CharacterKind.BINDING));
    assertEquals("Characterization.kind = BINDING: does not apply to a Event (Event:E)", f.getMessage());
    assertTrue(CharacterAspect.LEGAL_FORCE.appliesTo(RESOLUTION));
    assertFalse(CharacterAspect.VICTIMS.appliesTo(A));
  }

  /**
   * A peace operation against an invasion contests the question; a military operation beside an
   * invasion does not; an assertion and a denial of an annexation contest it.
   */
  @Test
  void claimsCharacterizingAnEventDifferentlyContestIt() {
    EventId law = EventId.of("E");
    DisputeModel m = FactTimeAndFigureTest.model().withClaims(List.of(
        FactTimeAndFigureTest.claim("K1", A, new Characterization(LANDING, CharacterKind.INVASION)),
        FactTimeAndFigureTest.claim("K2", B, new Characterization(LANDING, CharacterKind.PEACE_OPERATION)),
        FactTimeAndFigureTest.claim("K3", A, new Characterization(LANDING, CharacterKind.CIVILIANS)),
        FactTimeAndFigureTest.claim("K4", B, new Characterization(LANDING, CharacterKind.CIVILIANS)),
        FactTimeAndFigureTest.claim("K5", A, new Characterization(law, CharacterKind.ANNEXATION)),
        Claim.builder().id(ClaimId.of("K6")).claimant(B).source(FactTimeAndFigureTest.SRC)
            .madeAt(FactTimeAndFigureTest.day(2023, 1, 1)).polarity(Polarity.DENIES)
            .addPropositions(new Characterization(law, CharacterKind.ANNEXATION)).build(),
        FactTimeAndFigureTest.claim("K7", A, new Characterization(RESOLUTION, CharacterKind.NOT_BINDING)),
        FactTimeAndFigureTest.claim("K8", B, new Characterization(RESOLUTION, CharacterKind.NOT_BINDING))));
    assertEquals(List.of("CHARACTERIZATION[Event:E]/STATUS_CHANGE", "CHARACTERIZATION[Event:E]/USE_OF_FORCE"),
        ModelQueries.over(m).contested().stream().map(q -> q.key().toString()).sorted().toList());
    Question victims = ModelIndex.of(m).question(new Characterization(LANDING, CharacterKind.CIVILIANS).key());
    assertEquals(Certainty.NOT, victims.contested());
    assertEquals(1, victims.versions().size(), "both say civilians");
  }

  @Test
  void aRulingsBindingForceMayBeUnstated() {
    Ruling.Builder b = Ruling.builder().id(RESOLUTION).name("Resolution 186").body(A)
        .issued(FactTimeAndFigureTest.day(1964, 3, 4))
        .addDecisions(new OtherDecision("recommends the creation of a peacekeeping force"))
        .source(FactTimeAndFigureTest.SRC);
    Ruling unstated = b.build();
    assertEquals(BindingForce.UNSTATED, unstated.bindingForce());
    assertFalse(unstated.binding(), "not recorded as binding");
    assertEquals(BindingForce.BINDING, b.binding(true).build().bindingForce());
    assertTrue(b.binding(true).build().binding());
    assertEquals(BindingForce.NOT_BINDING, b.binding(false).build().bindingForce());
    assertFalse(b.binding(false).build().binding());
  }

  /** Sovereign rights in a zone are no sovereignty: another holder, or the same with another extent, contradicts. */
  @Test
  void sovereignRightsAreNotSovereignty() {
    TerritoryId zone = TerritoryId.of("Z");
    Sovereignty rights = Sovereignty.rightsOnly(zone, A);
    assertEquals(SovereigntyExtent.SOVEREIGN_RIGHTS, rights.extent());
    assertEquals(SovereigntyExtent.FULL, new Sovereignty(zone, A).extent());
    assertEquals(new Sovereignty(zone, A).key(), rights.key(), "one question: the zone's");
    assertTrue(rights.contradicts(Sovereignty.rightsOnly(zone, B)), "two holders of exclusive rights");
    assertTrue(rights.contradicts(new Sovereignty(zone, A)), "sovereignty is not mere sovereign rights");
    assertTrue(new Sovereignty(zone, A).contradicts(rights), "symmetric");
    assertFalse(rights.contradicts(Sovereignty.rightsOnly(zone, A)));
    assertFalse(rights.contradicts(Sovereignty.rightsOnly(TerritoryId.of("Y"), B)));
  }
}
