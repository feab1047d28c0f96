package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.ARTICLE;
import static dev.disputemodel.CoreFixtures.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An agreement's lifecycle (proposed, signed, in force, ended, never in force), its documents,
 * and the claims on how far it went and who accepts it. The shapes follow the Annan Plan
 * (examples/facts/cyprus-facts.md, S5), the Port of Spain Protocol (essequibo-facts.md, S3) and the
 * 2020 Washington agreements (kosovo-facts.md, S3); ids and undated times are test data.
 */
class AgreementLifecycleTest {
  static final AgreementId PLAN = AgreementId.of("plan");
  static final PartyId UN = PartyId.of("un");
  static final PartyId NORTH = PartyId.of("north");
  static final PartyId SOUTH = PartyId.of("south");
  static final PartyId US = PartyId.of("us");
  static final FuzzyTime REFERENDUMS = day(2004, 4, 24);

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Agreement.Builder plan() {
    return Agreement.builder().id(PLAN).name("Plan").kind(AgreementKind.FULL)
        .conflict(ConflictId.of("C")).source(ARTICLE);
  }

  @Test
  void theStageIsTheFurthestOneRecorded() {
    assertEquals(Optional.empty(), plan().build().stage(), "nothing recorded");
    assertEquals(Optional.of(AgreementStage.PROPOSED), plan().proposer(UN).build().stage());
    assertEquals(Optional.of(AgreementStage.PROPOSED),
        plan().proposed(FuzzyTime.inMonth(YearMonth.of(2004, 3))).build().stage());
    assertEquals(Optional.of(AgreementStage.SIGNED), plan().agreed(day(1970, 6, 18)).build().stage());
    assertEquals(Optional.of(AgreementStage.SIGNED), plan()
        .addDocuments(AgreementDocument.of("one", ARTICLE, NORTH).withSigned(day(2020, 9, 4))).build().stage(),
        "a signed document");
    assertEquals(Optional.of(AgreementStage.IN_FORCE), plan().effective(day(1970, 6, 18)).build().stage());
    assertEquals(Optional.of(AgreementStage.ENDED),
        plan().effective(day(1970, 6, 18)).ended(day(1982, 6, 18)).build().stage());
    Agreement lapsed = plan().proposer(UN).lapsed(REFERENDUMS).build();
    assertEquals(Optional.of(AgreementStage.NEVER_IN_FORCE), lapsed.stage());
  }

  @Test
  void aLapsedAgreementNeverTakesEffectEvenWhenSigned() {
    Agreement signedThenLapsed = plan().agreed(day(1970, 6, 18)).lapsed(day(1971, 1, 1)).build();
    assertEquals(Optional.empty(), signedThenLapsed.takesEffect());
    assertEquals(Optional.of(day(1970, 6, 18)), plan().agreed(day(1970, 6, 18)).build().takesEffect(),
        "signed and not lapsed: in force from its signature, as before");
  }

  @Test
  void anAgreementThatTookEffectOrEndedCannotHaveLapsed() {
    assertInvalid(() -> plan().effective(day(1970, 6, 18)).lapsed(day(1971, 1, 1)).build(),
        "Agreement", "lapsed", "1971-01-01",
        "Agreement.lapsed = 1971-01-01: an agreement that took effect (1970-06-18) cannot lapse unenforced");
    assertInvalid(() -> plan().agreed(day(1970, 6, 18)).ended(day(1982, 6, 18)).lapsed(day(1971, 1, 1)).build(),
        "Agreement", "lapsed", "1971-01-01",
        "Agreement.lapsed = 1971-01-01: an agreement that ended (1982-06-18) was in force and cannot lapse"
            + " unenforced");
  }

  @Test
  void timesAreNotBeforeTheProposal() {
    assertInvalid(() -> plan().proposed(day(2004, 3, 31)).agreed(day(2004, 3, 1)).build(),
        "Agreement", "agreed", "2004-03-01", "Agreement.agreed = 2004-03-01: must not be before proposed (2004-03-31)");
    assertInvalid(() -> plan().proposed(day(2004, 3, 31)).lapsed(day(2004, 3, 1)).build(),
        "Agreement", "lapsed", "2004-03-01", "Agreement.lapsed = 2004-03-01: must not be before proposed (2004-03-31)");
    assertInvalid(() -> plan().agreed(day(1970, 6, 18)).lapsed(day(1970, 1, 1)).build(),
        "Agreement", "lapsed", "1970-01-01", "Agreement.lapsed = 1970-01-01: must not be before agreed (1970-06-18)");
    plan().proposed(FuzzyTime.inMonth(YearMonth.of(2004, 4))).lapsed(REFERENDUMS).build(); // may be in order
  }

  @Test
  void theProposerIsAPartyOrAMediatorRole() {
    assertEquals(Optional.of(MediatorId.of("good-offices")),
        plan().proposer(MediatorId.of("good-offices")).build().proposer());
    assertInvalid(() -> plan().proposer(ClaimId.of("K1")).build(), "Agreement", "proposer", "Claim:K1",
        "Agreement.proposer = Claim:K1: must be a Party or a Mediator, not a Claim");
    assertTrue(plan().proposer(UN).build().references().contains(new Reference("proposer", UN)));
  }

  @Test
  void theSignatoriesOfAnAgreementOfDocumentsAreThoseOfItsDocuments() {
    AgreementDocument serbian = AgreementDocument.of("Serbia's document", ARTICLE, SOUTH).withSigned(day(2020, 9, 4));
    AgreementDocument kosovar = AgreementDocument.of("Kosovo's document", ARTICLE, NORTH).withSigned(day(2020, 9, 4));
    Agreement derived = plan().addDocuments(serbian, kosovar).build();
    assertEquals(Set.of(SOUTH, NORTH), derived.signatories(), "derived when none are given");
    assertEquals(derived, plan().addDocuments(serbian, kosovar).addSignatories(SOUTH, NORTH).build());
    assertInvalid(() -> plan().addDocuments(serbian, kosovar).addSignatories(SOUTH, NORTH, US).build(),
        "Agreement", "signatories", "[Party:south, Party:north, Party:us]",
        "Agreement.signatories = [Party:south, Party:north, Party:us]: must be the signatories of its documents"
            + " ([Party:south, Party:north])");
    assertInvalid(() -> plan().addDocuments(serbian, serbian).build(), "Agreement", "documents",
        "\"Serbia's document\"", "Agreement.documents = \"Serbia's document\": names two documents");
    assertTrue(derived.references().contains(new Reference("documents[1].signatories", NORTH)));
    assertTrue(plan().build().documents().isEmpty());
  }

  @Test
  void aDocumentHasANameAndASignatory() {
    assertInvalid(() -> new AgreementDocument(" ", Set.of(NORTH), Optional.empty(), ARTICLE),
        "AgreementDocument", "name", "\" \"", "AgreementDocument.name = \" \": must not be blank");
    assertInvalid(() -> AgreementDocument.of("one", ARTICLE), "AgreementDocument", "signatories", "[]",
        "AgreementDocument.signatories = []: must not be empty");
    assertThrows(NullPointerException.class, () -> AgreementDocument.of("one", null, NORTH));
  }

  @Test
  void neverInForceContradictsInForceAndEndedOnlyOfTheSameAgreement() {
    AgreementStatus never = new AgreementStatus(PLAN, AgreementStage.NEVER_IN_FORCE);
    assertEquals(PropositionKey.of(PropositionType.AGREEMENT_STAGE, PLAN), never.key());
    assertTrue(never.contradicts(new AgreementStatus(PLAN, AgreementStage.IN_FORCE)));
    assertTrue(new AgreementStatus(PLAN, AgreementStage.ENDED).contradicts(never));
    assertFalse(never.contradicts(new AgreementStatus(PLAN, AgreementStage.PROPOSED)));
    assertFalse(never.contradicts(new AgreementStatus(PLAN, AgreementStage.SIGNED)), "signed, then lapsed");
    assertFalse(new AgreementStatus(PLAN, AgreementStage.IN_FORCE).contradicts(
        new AgreementStatus(PLAN, AgreementStage.ENDED)));
    assertFalse(never.contradicts(new AgreementStatus(AgreementId.of("other"), AgreementStage.IN_FORCE)));
    for (AgreementStage a : AgreementStage.values()) {
      for (AgreementStage b : AgreementStage.values()) {
        assertEquals(a.excludes(b), b.excludes(a), a + " and " + b);
      }
    }
  }

  @Test
  void theRecordedStageIsTheModelsAnswer() {
    DisputeModel model = DisputeModel.builder().addSources(CoreFixtures.source().build())
        .addParties(Party.builder().id(UN).name("UN").kind(PartyKind.INTERNATIONAL_ORGANIZATION).build())
        .addConflicts(Conflict.builder().id(ConflictId.of("C")).name("C").build())
        .addAgreements(plan().proposer(UN).lapsed(REFERENDUMS).build())
        .build();
    assertEquals(Optional.of(new AgreementStatus(PLAN, AgreementStage.NEVER_IN_FORCE)),
        new AgreementStatus(PLAN, AgreementStage.IN_FORCE).recordedIn(model));
    assertEquals(Optional.empty(), new AgreementStatus(AgreementId.of("none"), AgreementStage.IN_FORCE).recordedIn(model));
  }

  @Test
  void responsesToAnAgreementContradictAsResponsesToARulingDo() {
    AgreementResponse accepts = new AgreementResponse(NORTH, PLAN, ResponseKind.ACCEPTS);
    AgreementResponse rejects = new AgreementResponse(NORTH, PLAN, ResponseKind.REJECTS);
    assertEquals(PropositionKey.of(PropositionType.AGREEMENT_RESPONSE, PLAN, NORTH), accepts.key());
    assertEquals(PLAN, accepts.subject());
    assertTrue(accepts.contradicts(rejects));
    assertFalse(accepts.contradicts(new AgreementResponse(SOUTH, PLAN, ResponseKind.REJECTS)), "another party");
    assertFalse(accepts.contradicts(new RulingResponse(NORTH, RulingId.of("plan"), ResponseKind.REJECTS)),
        "a ruling is another subject, even with the same text");
    assertEquals(List.of(new Reference("party", NORTH), new Reference("agreement", PLAN)), accepts.references());
    assertThrows(NullPointerException.class, () -> new AgreementResponse(NORTH, null, ResponseKind.ACCEPTS));
  }
}
