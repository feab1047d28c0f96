package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.index.CeasefireStanding.State;
import dev.disputemodel.query.ContestedCeasefires;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CeasefireStanding} on a hand-built model (test data, not a real dispute): ceasefire S
 * took effect on 1 June 2020; party A declared it over in March 2021 (month only) and withdrew
 * that declaration on 1 June 2021 by a claim that it holds; party B said it holds on 1 April
 * 2021; ceasefire T took effect in 2019 and ended on 1 January 2020.
 */
class CeasefireStandingTest {
  static final SourceId SRC = SourceId.of("src");
  static final ConflictId C = ConflictId.of("C");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final PartyId A_MINISTER = PartyId.of("A-minister");
  static final CeasefireId S = CeasefireId.of("S");
  static final CeasefireId T = CeasefireId.of("T");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static Claim.Builder says(String id, PartyId who, FuzzyTime at, CeasefireState state) {
    return Claim.builder().id(ClaimId.of(id)).claimant(who).source(SRC).madeAt(at)
        .addPropositions(new CeasefireStatus(S, state));
  }

  static final DisputeModel MODEL = DisputeModel.builder()
      .addSources(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("src").build())
      .addParties(Party.builder().id(A).name("A").kind(PartyKind.STATE).build(),
          Party.builder().id(B).name("B").kind(PartyKind.STATE).build(),
          Party.builder().id(A_MINISTER).name("A's minister").kind(PartyKind.PERSON).office("Minister")
              .actsFor(A).build())
      .addConflicts(Conflict.builder().id(C).name("C").build())
      .addEvents(Event.builder().id(EventId.of("E1")).conflict(C).kind(EventKind.CLASH)
          .time(day(2020, 9, 1)).source(SRC).build())
      .addCeasefires(
          Ceasefire.builder().id(S).name("S").conflict(C).addSignatories(A, B)
              .effective(day(2020, 6, 1)).source(SRC).build(),
          Ceasefire.builder().id(T).name("T").conflict(C).effective(FuzzyTime.inYear(java.time.Year.of(2019)))
              .ended(day(2020, 1, 1)).source(SRC).build())
      .addClaims(
          says("KA", A_MINISTER, FuzzyTime.inMonth(YearMonth.of(2021, 3)), CeasefireState.ENDED).build(),
          says("KB", B, day(2021, 4, 1), CeasefireState.HOLDING).build(),
          says("KA2", A, day(2021, 6, 1), CeasefireState.VIOLATED).replaces(ClaimId.of("KA")).build())
      .build();
  static final ModelIndex INDEX = ModelIndex.of(MODEL);
  static final ModelQueries Q = ModelQueries.over(INDEX);

  static CeasefireStanding on(FuzzyTime date) {
    return CeasefireStanding.of(INDEX, S, AskedTime.on(date));
  }

  @Test
  void beforeItTookEffectItIsNotYetInEffect() {
    CeasefireStanding s = on(day(2020, 5, 1));
    assertEquals(State.NOT_YET_IN_EFFECT, s.state());
    assertEquals(Certainty.NOT, s.inEffect());
  }

  @Test
  void undisputedItIsInEffectAndViolatedByTheClashAfterIt() {
    CeasefireStanding s = on(day(2021, 1, 1));
    assertEquals(State.IN_EFFECT, s.state());
    assertEquals(Certainty.DEFINITELY, s.certainty());
    assertEquals(Certainty.DEFINITELY, s.inEffect());
    assertEquals(List.of(EventId.of("E1")), s.hostilities().stream().map(Event::id).toList());
    assertEquals(List.of(), on(day(2020, 8, 1)).hostilities(), "the clash comes after the date asked");
  }

  @Test
  void aDeclarationDatedToTheMonthPossiblyContestsItWithinThatMonth() {
    CeasefireStanding s = on(day(2021, 3, 15));
    assertEquals(State.CONTESTED, s.state());
    assertEquals(Certainty.POSSIBLY, s.certainty());
    assertEquals(Certainty.POSSIBLY, s.inEffect());
    assertEquals(Set.of(A), s.saysOver(), "the minister speaks for A");
    assertEquals(Set.of(), s.saysInEffect(), "B has not spoken yet");
  }

  @Test
  void declaredOverByOnePartyAndUpheldByTheOtherItIsContested() {
    CeasefireStanding s = on(day(2021, 4, 15));
    assertEquals(State.CONTESTED, s.state());
    assertEquals(Certainty.DEFINITELY, s.certainty());
    assertEquals(Certainty.POSSIBLY, s.inEffect(), "never definitely in effect while contested");
    assertEquals(Certainty.DEFINITELY, s.onRecord(), "the declaration does not change the facts");
    assertEquals(Set.of(A), s.saysOver());
    assertEquals(Set.of(B), s.saysInEffect());
    assertEquals(Certainty.NOT, s.accordingTo(A), "over in A's account");
    assertEquals(Certainty.DEFINITELY, s.accordingTo(B));
    assertEquals(Certainty.DEFINITELY, s.accordingTo(SRC), "a speaker who said nothing sees the record");

    FuzzyTime date = day(2021, 4, 15);
    assertEquals(List.of(), ids(Q.ceasefiresInEffect(When.definitelyOn(date))));
    assertEquals(List.of(S), ids(Q.ceasefiresInEffect(When.possiblyOn(date))));
    assertEquals(List.of(S), ids(Q.ceasefiresInEffect(When.possiblyOn(date), ContestedCeasefires.INCLUDE)));
    assertEquals(List.of(), ids(Q.ceasefiresInEffect(When.possiblyOn(date), ContestedCeasefires.EXCLUDE)));
    assertEquals(State.CONTESTED, Q.ceasefireStanding(S, When.definitelyOn(date)).state());
  }

  @Test
  void aReplacedDeclarationNoLongerContestsIt() {
    CeasefireStanding s = on(day(2021, 6, 15));
    assertEquals(State.IN_EFFECT, s.state());
    assertEquals(Certainty.DEFINITELY, s.inEffect());
    assertEquals(Set.of(A, B), s.saysInEffect(), "A now says it is violated: in effect, broken");
    assertEquals(List.of(S), ids(Q.ceasefiresInEffect(When.definitelyOn(day(2021, 6, 15)))));
  }

  @Test
  void afterItsRecordedEndItEnded() {
    CeasefireStanding t = CeasefireStanding.of(INDEX, T, AskedTime.on(day(2020, 2, 1)));
    assertEquals(State.ENDED, t.state());
    assertEquals(Certainty.DEFINITELY, t.certainty());
    assertEquals(Certainty.POSSIBLY,
        CeasefireStanding.of(INDEX, T, AskedTime.on(day(2019, 6, 1))).inEffect(), "took effect in 2019");
  }

  @Test
  void anUnknownCeasefireIsRejected() {
    assertThrows(InvalidValueException.class,
        () -> CeasefireStanding.of(INDEX, CeasefireId.of("nope"), AskedTime.on(day(2020, 1, 1))));
    assertThrows(InvalidValueException.class,
        () -> Q.ceasefireStanding(CeasefireId.of("nope"), When.anyTime()));
  }

  static List<CeasefireId> ids(List<Ceasefire> cfs) {
    return cfs.stream().map(Ceasefire::id).toList();
  }

  @Test
  void itsTextGivesTheStateAndWhoSaysWhatOnlyWhenContested() {
    assertEquals("Ceasefire:S CONTESTED (DEFINITELY) over per [Party:A], in effect per [Party:B]",
        on(day(2021, 4, 15)).toString());
    assertEquals("Ceasefire:S IN_EFFECT (DEFINITELY)", on(day(2021, 1, 1)).toString());
  }
}
