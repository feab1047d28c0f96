package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The accords of a model with their links resolved, and when each is in effect by its recorded
 * times: a renewal or a successor ends the earlier accord at its own date, else when it takes
 * effect; a recommitment ends nothing. Dates are test data shaped like a truce renewed twice.
 */
class AccordIndexTest {
  static final SourceId S = SourceId.of("S");
  static final ConflictId C = ConflictId.of("C");

  static Ceasefire.Builder ceasefire(String id) {
    return Ceasefire.builder().id(CeasefireId.of(id)).name("Truce " + id).conflict(C).source(S);
  }

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static AccordIndex index(Ceasefire.Builder... ceasefires) {
    DisputeModel.Builder b = DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build());
    for (Ceasefire.Builder c : ceasefires) {
      b.addCeasefires(c.build());
    }
    return ModelIndex.of(b.build()).accords();
  }

  @Test
  void aRenewalEndsTheEarlierTruceWhenItTakesEffectOrAtItsOwnDate() {
    AccordIndex a = index(
        ceasefire("S1").agreed(FuzzyTime.inMonth(YearMonth.of(2022, 3))).effective(day(2022, 4, 2)),
        ceasefire("S2").effective(day(2022, 6, 2)).addLinks(ChainLink.renews(CeasefireId.of("S1"))),
        ceasefire("S3").agreed(FuzzyTime.inMonth(YearMonth.of(2022, 8)))
            .addLinks(ChainLink.renews(CeasefireId.of("S2")).withDate(day(2022, 8, 2))));
    assertEquals(Optional.of(FuzzyPeriod.of(day(2022, 4, 2), day(2022, 6, 2))),
        a.inEffectOnRecord(CeasefireId.of("S1")));
    assertEquals(Optional.of(FuzzyPeriod.of(day(2022, 6, 2), day(2022, 8, 2))),
        a.inEffectOnRecord(CeasefireId.of("S2")), "the link's own date, not the month S3 was agreed");
    assertEquals(Optional.of(FuzzyPeriod.since(FuzzyTime.inMonth(YearMonth.of(2022, 8)))),
        a.inEffectOnRecord(CeasefireId.of("S3")));
    assertEquals(List.of("Ceasefire:S2"), a.continuations(CeasefireId.of("S1")).stream()
        .map(s -> s.later().id().toString()).toList());
    assertEquals(List.of("Ceasefire:S2"), a.continued(CeasefireId.of("S3")).stream()
        .map(s -> s.earlier().id().toString()).toList());
  }

  @Test
  void theFirstEndCountsAndARecommitmentEndsNothing() {
    AccordIndex a = index(
        ceasefire("S1").effective(day(2003, 11, 26)).ended(day(2010, 1, 1)),
        ceasefire("S2").effective(day(2008, 1, 1)).addLinks(ChainLink.succeeds(CeasefireId.of("S1"))),
        ceasefire("S3").effective(day(2021, 2, 25)).addLinks(ChainLink.recommitsTo(CeasefireId.of("S2"))));
    assertEquals(Optional.of(FuzzyPeriod.of(day(2003, 11, 26), day(2008, 1, 1))), a.inEffectOnRecord(CeasefireId.of("S1")));
    assertEquals(Optional.of(FuzzyPeriod.since(day(2008, 1, 1))), a.inEffectOnRecord(CeasefireId.of("S2")));
  }

  @Test
  void uncertainEndsGiveTheEarlierOfEveryReading() {
    AccordIndex a = index(
        ceasefire("S1").effective(day(2022, 1, 1)),
        ceasefire("S2").effective(FuzzyTime.in(YearMonth.of(2022, 6), dev.disputemodel.time.PartOfMonth.EARLY))
            .addLinks(ChainLink.renews(CeasefireId.of("S1"))),
        ceasefire("S3").effective(FuzzyTime.of(LocalDate.of(2022, 5, 20).atStartOfDay(),
            LocalDate.of(2022, 6, 20).atStartOfDay(), dev.disputemodel.time.Precision.DAY))
            .addLinks(ChainLink.succeeds(CeasefireId.of("S1"))));
    // early June (1 to 10 June) or 20 May to 19 June, whichever comes first: 20 May to 10 June
    FuzzyTime end = a.inEffectOnRecord(CeasefireId.of("S1")).flatMap(FuzzyPeriod::end).orElseThrow();
    assertEquals(LocalDate.of(2022, 5, 20).atStartOfDay(), end.earliest());
    assertEquals(LocalDate.of(2022, 6, 11).atStartOfDay(), end.latest());
  }

  @Test
  void undatedEndedOnlyAndBackwardsAccords() {
    AccordIndex a = index(
        ceasefire("S1"),
        ceasefire("S2").ended(day(2020, 1, 1)),
        ceasefire("S3").effective(day(2022, 6, 2)),
        ceasefire("S4").effective(day(2022, 6, 1)).addLinks(ChainLink.succeeds(CeasefireId.of("S3"))));
    assertEquals(Optional.empty(), a.inEffectOnRecord(CeasefireId.of("S1")));
    assertEquals(Optional.of(FuzzyPeriod.until(day(2020, 1, 1))), a.inEffectOnRecord(CeasefireId.of("S2")));
    assertEquals(Optional.of(FuzzyPeriod.at(day(2022, 6, 2))), a.inEffectOnRecord(CeasefireId.of("S3")),
        "a successor recorded before it leaves it in effect at one moment");
    assertThrows(InvalidValueException.class, () -> a.inEffectOnRecord(CeasefireId.of("S9")));
  }

  @Test
  void agreementsComeAfterCeasefiresAndCanEndThem() {
    DisputeModel m = DisputeModel.builder()
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
        .addConflicts(Conflict.builder().id(C).name("C").build())
        .addAgreements(Agreement.builder().id(AgreementId.of("A")).name("Peace").kind(AgreementKind.FULL)
            .conflict(C).agreed(day(2001, 1, 1)).addLinks(ChainLink.succeeds(CeasefireId.of("S1"))).source(S).build())
        .addCeasefires(ceasefire("S1").effective(day(2000, 1, 1)).build())
        .build();
    AccordIndex a = ModelIndex.of(m).accords();
    assertEquals(List.of(CeasefireId.of("S1"), AgreementId.of("A")), a.all().stream().map(x -> x.id()).toList());
    assertEquals(Optional.of(FuzzyPeriod.of(day(2000, 1, 1), day(2001, 1, 1))), a.inEffectOnRecord(CeasefireId.of("S1")));
  }
}
