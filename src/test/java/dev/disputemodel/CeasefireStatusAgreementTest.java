package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ceasefire-state claim that names the agreement it refers to: after the Golan fact sheet,
 * Israel's "the disengagement agreement had collapsed" (8 December 2024) against the Security
 * Council's "fully comply with the 1974 Disengagement of Forces Agreement" (20 December 2024).
 * Ids are test data.
 */
class CeasefireStatusAgreementTest {
  static final CeasefireId CEASEFIRE_1974 = CeasefireId.of("S1");
  static final AgreementId DISENGAGEMENT = AgreementId.of("S2");
  static final PartyId ISRAEL = PartyId.of("P1");
  static final PartyId COUNCIL = PartyId.of("P9");
  static final SourceId SRC = SourceId.of("S");

  @Test
  void theAgreementNamedKeepsTheQuestionAndItsContradictions() {
    CeasefireStatus collapsed = new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).naming(DISENGAGEMENT);
    assertEquals(Optional.of(DISENGAGEMENT), collapsed.agreement());
    assertEquals(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).key(), collapsed.key());
    assertNotEquals(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED), collapsed, "another answer");
    assertTrue(collapsed.contradicts(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.IN_FORCE)));
    assertFalse(collapsed.contradicts(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED)));
    assertEquals(List.of(new Reference("ceasefire", CEASEFIRE_1974), new Reference("agreement", DISENGAGEMENT)),
        collapsed.references());
    assertEquals(List.of(new Reference("ceasefire", CEASEFIRE_1974)),
        new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).references());
    assertThrows(NullPointerException.class, () -> collapsed.naming(null));
  }

  @Test
  void israelsCollapseAgainstTheCouncilsInForceIsContested() {
    FuzzyTime dec8 = FuzzyTime.onDay(LocalDate.of(2024, 12, 8));
    DisputeModel m = DisputeModel.builder()
        .addParties(Party.builder().id(ISRAEL).name("Israel").kind(PartyKind.STATE).build(),
            Party.builder().id(COUNCIL).name("Security Council").kind(PartyKind.INTERNATIONAL_ORGANIZATION).build())
        .addConflict(Conflict.builder().id(ConflictId.of("C1")).name("Golan").build())
        .addCeasefire(Ceasefire.builder().id(CEASEFIRE_1974).name("Ceasefire").conflict(ConflictId.of("C1"))
            .effective(FuzzyTime.onDay(LocalDate.of(1974, 5, 31))).source(SRC).build())
        .addAgreement(Agreement.builder().id(DISENGAGEMENT).name("Disengagement").kind(AgreementKind.MILITARY_TECHNICAL)
            .conflict(ConflictId.of("C1")).addCeasefires(CEASEFIRE_1974).source(SRC).build())
        .addSource(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("Report").build())
        .addClaims(
            Claim.builder().id(ClaimId.of("K7")).claimant(ISRAEL).source(SRC).madeAt(dec8)
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).naming(DISENGAGEMENT)).build(),
            Claim.builder().id(ClaimId.of("K10")).claimant(COUNCIL).source(SRC)
                .madeAt(FuzzyTime.onDay(LocalDate.of(2024, 12, 20)))
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.IN_FORCE)).build())
        .build();
    assertEquals(List.of("CEASEFIRE_STATE[Ceasefire:S1]"),
        ModelQueries.over(m).contested().stream().map(q -> q.key().toString()).toList());
    AgreementId absent = AgreementId.of("absent");
    assertThrows(DisputeModelException.class, () -> m.withClaims(List.of(Claim.builder().id(ClaimId.of("K1"))
        .claimant(ISRAEL).source(SRC).madeAt(dec8)
        .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).naming(absent)).build())));
  }
}
