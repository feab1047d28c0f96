package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.AccordId;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#chain}: a chain walked in order from any member, and ceasefires in effect
 * along it. The chain of three has uncertain dates; dates are test data shaped like a truce
 * renewed twice and then succeeded by an agreement.
 */
class ChainQueryTest {
  static final SourceId S = SourceId.of("S");
  static final ConflictId C = ConflictId.of("C");
  static final CeasefireId S1 = CeasefireId.of("S1");
  static final CeasefireId S2 = CeasefireId.of("S2");
  static final CeasefireId S3 = CeasefireId.of("S3");
  static final CeasefireId OTHER = CeasefireId.of("S9");
  static final AgreementId PEACE = AgreementId.of("A");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Ceasefire.Builder ceasefire(CeasefireId id) {
    return Ceasefire.builder().id(id).name("Truce " + id.value()).conflict(C).source(S);
  }

  /** Added out of order on purpose: the chain's order comes from its links, not the model's. */
  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
      .addConflicts(Conflict.builder().id(C).name("C").build())
      .addCeasefires(
          ceasefire(S3).agreed(FuzzyTime.inMonth(YearMonth.of(2022, 8))).addLinks(ChainLink.renews(S2)).build(),
          ceasefire(OTHER).effective(day(2022, 5, 1)).build(),
          ceasefire(S1).agreed(FuzzyTime.inMonth(YearMonth.of(2022, 3))).effective(day(2022, 4, 2)).build(),
          ceasefire(S2).effective(FuzzyTime.inMonth(YearMonth.of(2022, 6))).addLinks(ChainLink.renews(S1)).build())
      .addAgreements(Agreement.builder().id(PEACE).name("Peace").kind(AgreementKind.PARTIAL).conflict(C)
          .agreed(FuzzyTime.inMonth(YearMonth.of(2023, 1))).addLinks(ChainLink.succeeds(S3)).source(S).build())
      .build());

  @Test
  void aChainOfThreeWithUncertainDatesIsWalkedInOrderFromAnyMember() {
    List<AccordId> order = List.of(S1, S2, S3, PEACE);
    for (AccordId member : order) {
      assertEquals(order, Q.chain(member).ids(), "from " + member);
    }
    AccordChain chain = Q.chain(S2);
    assertEquals(List.of("Ceasefire:S1 <- Ceasefire:S2", "Ceasefire:S2 <- Ceasefire:S3", "Ceasefire:S3 <- Agreement:A"),
        chain.steps().stream().map(s -> s.earlier().id() + " <- " + s.later().id()).toList());
    assertEquals(List.of(S3), chain.after(S2).stream().map(s -> s.later().id()).toList());
    assertEquals(List.of(OTHER), Q.chain(OTHER).ids(), "an accord with no links is a chain of one");
  }

  @Test
  void eachRenewalEndsTheTruceBeforeItWithoutAnEndDate() {
    // in model order: S3, S9, S1, S2
    assertEquals(List.of(OTHER, S1), ids(Q.ceasefiresInEffect(When.definitelyOn(day(2022, 5, 15)))));
    assertEquals(List.of(OTHER, S2), ids(Q.ceasefiresInEffect(When.definitelyOn(day(2022, 7, 15)))));
    // in June 2022 S1 was renewed by S2 at a day nobody states: both possibly in effect
    assertEquals(List.of(OTHER), ids(Q.ceasefiresInEffect(When.definitelyOn(day(2022, 6, 15)))));
    assertEquals(List.of(OTHER, S1, S2), ids(Q.ceasefiresInEffect(When.possiblyOn(day(2022, 6, 15)))));
    assertEquals(List.of(OTHER), ids(Q.ceasefiresInEffect(When.definitelyOn(day(2023, 2, 1)))),
        "the agreement succeeded S3 in January 2023");
  }

  @Test
  void branchesTheLinksLeaveUnorderedComeInTheOrderTheyTakeEffectUndatedLast() {
    ModelQueries q = ModelQueries.over(DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build())
        .addCeasefires(
            ceasefire(S3).addLinks(ChainLink.recommitsTo(S1)).build(),
            ceasefire(S2).effective(day(2021, 2, 25)).addLinks(ChainLink.recommitsTo(S1)).build(),
            ceasefire(OTHER).effective(day(2008, 1, 1)).addLinks(ChainLink.recommitsTo(S1)).build(),
            ceasefire(S1).effective(day(2003, 11, 26)).build())
        .build());
    assertEquals(List.of(S1, OTHER, S2, S3), q.chain(S3).ids());
  }

  @Test
  void anAccordIsPlacedOnlyOnceEveryAccordItContinuesIsPlacedEvenWhenItTakesEffectEarlier() {
    // dates out of link order on purpose: the links, not the dates, put S2 before S3
    ModelQueries q = ModelQueries.over(DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build())
        .addCeasefires(
            ceasefire(S1).effective(day(2022, 1, 1)).build(),
            ceasefire(S2).effective(day(2021, 1, 1)).addLinks(ChainLink.renews(S1)).build(),
            ceasefire(S3).effective(day(2020, 1, 1)).addLinks(ChainLink.renews(S2)).build())
        .build());
    assertEquals(List.of(S1, S2, S3), q.chain(S3).ids());
  }

  @Test
  void aChainWithTwoCyclesGoesOnFromTheEarliestAccordNotYetPlacedEachTime() {
    // cycles are reported by the checker's chain-cycle rule; the query still walks every member once
    CeasefireId s4 = CeasefireId.of("S4");
    ModelQueries q = ModelQueries.over(DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build())
        .addCeasefires(
            ceasefire(s4).effective(day(2023, 1, 1)).addLinks(ChainLink.renews(S3)).build(),
            ceasefire(S3).effective(day(2022, 1, 1)).addLinks(ChainLink.renews(S2), ChainLink.recommitsTo(s4)).build(),
            ceasefire(S2).effective(day(2021, 1, 1)).addLinks(ChainLink.renews(S1)).build(),
            ceasefire(S1).effective(day(2020, 1, 1)).addLinks(ChainLink.renews(S2)).build())
        .build());
    for (AccordId member : List.of(S1, S2, S3, s4)) {
      assertEquals(List.of(S1, S2, S3, s4), q.chain(member).ids(), "from " + member);
    }
  }

  @Test
  void anUnknownMemberIsRejected() {
    assertThrows(InvalidValueException.class, () -> Q.chain(CeasefireId.of("nope")));
    assertThrows(NullPointerException.class, () -> Q.chain(null));
  }

  private static List<CeasefireId> ids(List<Ceasefire> ceasefires) {
    return ceasefires.stream().map(Ceasefire::id).toList();
  }
}
