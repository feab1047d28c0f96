package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ceasefires and agreements as {@link Accord}s: an agreement distinct from a ceasefire, with its
 * signatories and the ceasefires it contains; links that renew, recommit to or succeed an earlier
 * accord, with their own dates; guarantors and witnesses as {@link Mediator} roles naming the
 * agreement. Names and dates are test data.
 */
class AgreementTest {
  static final AgreementId TREATY = AgreementId.of("A1");
  static final PartyId GUARANTOR = PartyId.of("P9");

  static Agreement.Builder treaty() {
    return Agreement.builder().id(TREATY).name("Peace treaty").kind(AgreementKind.FULL).conflict(DISPUTE)
        .addSignatories(ARMENIA, AZERBAIJAN).source(ARTICLE);
  }

  @Test
  void anAgreementContainsAndSucceedsCeasefiresAndRefersToEachInOrder() {
    Agreement a = treaty().agreed(FuzzyTime.inMonth(YearMonth.of(2023, 5)))
        .addProvisions(new Withdrawal(ARMENIA, SURROUNDING))
        .addCeasefires(CEASEFIRE_2022)
        .addLinks(ChainLink.succeeds(CEASEFIRE_2020))
        .build();
    assertEquals(List.of(
            new Reference("conflict", DISPUTE),
            new Reference("signatories", ARMENIA),
            new Reference("signatories", AZERBAIJAN),
            new Reference("provisions[0].party", ARMENIA),
            new Reference("provisions[0].from", SURROUNDING),
            new Reference("links[0].earlier", CEASEFIRE_2020),
            new Reference("ceasefires", CEASEFIRE_2022),
            new Reference("source", ARTICLE)),
        a.references());
    assertEquals(AgreementKind.FULL, a.kind());
    assertEquals(Optional.of(FuzzyTime.inMonth(YearMonth.of(2023, 5))), a.takesEffect(), "signed, no separate entry into force");
  }

  @Test
  void anAccordTakesEffectWhenEffectiveElseWhenAgreed() {
    FuzzyTime agreed = FuzzyTime.onDay(LocalDate.of(2023, 5, 1));
    FuzzyTime effective = FuzzyTime.onDay(LocalDate.of(2023, 5, 3));
    Accord both = treaty().agreed(agreed).effective(effective).build();
    assertEquals(Optional.of(effective), both.takesEffect());
    assertEquals(Optional.empty(), treaty().build().takesEffect());
    assertEquals(Optional.of(TUESDAY_MORNING), ((Accord) ceasefire2022().build()).takesEffect());
  }

  @Test
  void aLinkTakesEffectAtItsOwnDateElseWithTheLaterAccord() {
    FuzzyTime renewedOn = FuzzyTime.onDay(LocalDate.of(2022, 9, 20));
    Ceasefire renewal = ceasefire2022().id(CeasefireId.of("S3")).build();
    assertEquals(Optional.of(TUESDAY_MORNING), ChainLink.renews(CEASEFIRE_2022).effectiveIn(renewal));
    assertEquals(Optional.of(renewedOn), ChainLink.renews(CEASEFIRE_2022).withDate(renewedOn).effectiveIn(renewal));
    Ceasefire undated = Ceasefire.builder().id(CeasefireId.of("S4")).name("undated").conflict(CLASHES_2022)
        .source(ARTICLE).build();
    assertEquals(Optional.empty(), ChainLink.succeeds(CEASEFIRE_2022).effectiveIn(undated));
  }

  @Test
  void renewalAndSuccessionEndTheEarlierAccordARecommitmentDoesNot() {
    assertTrue(ChainLinkKind.RENEWS.endsEarlier());
    assertTrue(ChainLinkKind.SUCCEEDS.endsEarlier());
    assertFalse(ChainLinkKind.RECOMMITS_TO.endsEarlier());
    assertEquals(ChainLinkKind.RECOMMITS_TO, ChainLink.recommitsTo(TREATY).kind());
    assertEquals(new ChainLink(ChainLinkKind.SUCCEEDS, CEASEFIRE_2020, Optional.empty()),
        ChainLink.succeeds(CEASEFIRE_2020));
  }

  @Test
  void agreementInvariants() {
    assertInvalid(() -> treaty().name(" ").build(), "Agreement", "name", "\" \"", "Agreement.name = \" \": must not be blank");
    assertInvalid(() -> treaty().agreed(FuzzyTime.inYear(Year.of(2024))).effective(FuzzyTime.inYear(Year.of(2023))).build(),
        "Agreement", "effective", "2023", "Agreement.effective = 2023: must not be before agreed (2024)");
    assertInvalid(() -> treaty().effective(FuzzyTime.inYear(Year.of(2024))).ended(FuzzyTime.inYear(Year.of(2023))).build(),
        "Agreement", "ended", "2023", "Agreement.ended = 2023: must not be before effective (2024)");
    assertInvalid(() -> treaty().addLinks(ChainLink.recommitsTo(TREATY)).build(), "Agreement", "links", "Agreement:A1",
        "Agreement.links = Agreement:A1: cannot be itself");
    assertMissing(() -> Agreement.builder().build(), "Agreement", "id", "name", "kind", "conflict", "source");
    assertThrows(NullPointerException.class, () -> ChainLink.renews(null));
    assertThrows(NullPointerException.class, () -> ChainLink.renews(TREATY).withDate(null));
  }

  @Test
  void guarantorsAndWitnessesAreRolesThatNameTheAgreement() {
    Mediator guarantor = Mediator.builder().id(MediatorId.of("M9")).party(GUARANTOR).role(MediatorRole.GUARANTOR)
        .conflict(DISPUTE).agreement(TREATY).source(ARTICLE).build();
    DisputeModel m = DisputeModel.builder()
        .addParties(state(ARMENIA, "Armenia").build(), state(AZERBAIJAN, "Azerbaijan").build(),
            state(GUARANTOR, "Guarantor").build())
        .addConflicts(Conflict.builder().id(DISPUTE).name("Nagorno-Karabakh conflict").build())
        .addAgreements(treaty().build()).addMediators(guarantor).addSources(source().build())
        .build();
    assertEquals(Optional.of(TREATY), m.mediator(MediatorId.of("M9")).flatMap(Mediator::agreement));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> m.withMediators(guarantor.withAgreement(AgreementId.of("A2"))));
    assertEquals("Mediator:M9.agreement = Agreement:A2: no Agreement with this id", e.problems().get(0).toString());
  }
}
