package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contested times and figures of facts ({@link FactTime}, {@link FactFigure}): when they
 * contradict, what the model records, and that claims giving them contest a question. The dates
 * and votes follow the examples' sources (the 1974 war in Cyprus: UCDP 1974-06-20 against 20 July;
 * the Kumanovo agreement: 9 or 10 June 1999; the ICJ's 2020 judgment: 12–4 or 14–2); ids are test
 * data.
 */
class FactTimeAndFigureTest {
  static final ConflictId WAR = ConflictId.of("C3");
  static final AgreementId KUMANOVO = AgreementId.of("S1");
  static final RulingId JUDGMENT = RulingId.of("J3");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final SourceId SRC = SourceId.of("S");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  @Test
  void timesContradictOnlyWhenDefinitelyDisjoint() {
    FactTime july20 = new FactTime(WAR, TimeAspect.STARTED, day(1974, 7, 20));
    FactTime june20 = new FactTime(WAR, TimeAspect.STARTED, day(1974, 6, 20));
    FactTime july = new FactTime(WAR, TimeAspect.STARTED, FuzzyTime.inMonth(YearMonth.of(1974, 7)));
    FactTime aboutJuly22 = new FactTime(WAR, TimeAspect.STARTED, FuzzyTime.about(LocalDate.of(1974, 7, 22)));
    FactTime ended = new FactTime(WAR, TimeAspect.ENDED, day(1974, 6, 20));
    assertTrue(july20.contradicts(june20));
    assertTrue(june20.contradicts(july20), "symmetric");
    assertFalse(july20.contradicts(july), "the day may be in the month");
    assertFalse(july20.contradicts(aboutJuly22), "about 22 July allows the 20th");
    assertFalse(july20.contradicts(july20));
    assertFalse(july20.contradicts(ended), "another aspect is another question");
    assertFalse(july20.contradicts(new FactTime(ConflictId.of("C4"), TimeAspect.STARTED, day(1974, 6, 20))));
    assertEquals(new PropositionKey(PropositionType.FACT_TIME, List.of(WAR), "STARTED"), july20.key());
    assertEquals(List.of(new Reference("subject", WAR)), july20.references());
  }

  @Test
  void figuresContradictWhenNoCountFitsBoth() {
    FactFigure twelve = new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.exact(12));
    FactFigure fourteen = new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.exact(14));
    assertTrue(twelve.contradicts(fourteen));
    assertFalse(twelve.contradicts(new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.atLeast(10))));
    assertFalse(twelve.contradicts(new FactFigure(JUDGMENT, FigureKind.VOTES_AGAINST, Estimate.exact(14))));
    assertEquals(new PropositionKey(PropositionType.FACT_FIGURE, List.of(JUDGMENT), "VOTES_FOR"), twelve.key());
  }

  @Test
  void anAspectOrFigureTheSubjectDoesNotHaveIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new FactTime(WAR, TimeAspect.TOOK_EFFECT, day(1999, 6, 9)));
    assertEquals("FactTime.aspect = TOOK_EFFECT: does not apply to a Conflict (Conflict:C3)", e.getMessage());
    InvalidValueException f = assertThrows(InvalidValueException.class,
        () -> new FactFigure(WAR, FigureKind.VOTES_FOR, Estimate.exact(12)));
    assertEquals("FactFigure.kind = VOTES_FOR: does not apply to a Conflict (Conflict:C3)", f.getMessage());
    assertTrue(TimeAspect.ENDED.appliesTo(CeasefireId.of("X")), "an accord of either kind");
    assertTrue(TimeAspect.STARTED.appliesTo(A));
    assertFalse(TimeAspect.OCCURRED.appliesTo(A));
  }

  /** The recorded times of a conflict, a party, an accord, a ruling and an event. */
  @Test
  void recordedValuesComeFromTheEntities() {
    DisputeModel m = model();
    assertEquals(Optional.of(new FactTime(WAR, TimeAspect.STARTED, day(1974, 7, 20))),
        new FactTime(WAR, TimeAspect.STARTED, day(1974, 6, 20)).recordedIn(m));
    assertEquals(Optional.of(day(1974, 8, 16)),
        new FactTime(WAR, TimeAspect.ENDED, day(1974, 8, 1)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.of(day(1999, 6, 9)),
        new FactTime(KUMANOVO, TimeAspect.TOOK_EFFECT, day(1999, 6, 10)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.of(day(1999, 6, 8)),
        new FactTime(KUMANOVO, TimeAspect.AGREED, day(1999, 6, 10)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.empty(), new FactTime(KUMANOVO, TimeAspect.ENDED, day(2000, 1, 1)).recordedIn(m));
    assertEquals(Optional.of(day(1983, 11, 15)),
        new FactTime(B, TimeAspect.STARTED, day(1983, 11, 16)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.empty(), new FactTime(B, TimeAspect.ENDED, day(1983, 11, 16)).recordedIn(m));
    assertEquals(Optional.of(day(2020, 12, 18)),
        new FactTime(JUDGMENT, TimeAspect.ISSUED, day(2020, 12, 19)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.of(day(1974, 7, 20)),
        new FactTime(EventId.of("E"), TimeAspect.OCCURRED, day(1974, 7, 21)).recordedIn(m).map(FactTime::time));
    assertEquals(Optional.of(Estimate.exact(1000)),
        new FactFigure(EventId.of("E"), FigureKind.TROOPS, Estimate.exact(1)).recordedIn(m).map(FactFigure::value));
    assertEquals(Optional.empty(),
        new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.exact(12)).recordedIn(m));
    assertEquals(Optional.empty(), new FactTime(ConflictId.of("absent"), TimeAspect.STARTED, day(1974, 1, 1))
        .recordedIn(DisputeModel.builder().build()));
  }

  /**
   * Two reports of the vote (12–4 and 14–2) contest the questions of the votes for and against;
   * two dates of an entry into force a day apart contest it; the month and a day in it do not.
   */
  @Test
  void claimsGivingDifferentTimesOrFiguresContestTheQuestion() {
    DisputeModel m = model().withClaims(List.of(
        claim("K1", A, new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.exact(12)),
            new FactFigure(JUDGMENT, FigureKind.VOTES_AGAINST, Estimate.exact(4))),
        claim("K2", B, new FactFigure(JUDGMENT, FigureKind.VOTES_FOR, Estimate.exact(14)),
            new FactFigure(JUDGMENT, FigureKind.VOTES_AGAINST, Estimate.exact(2))),
        claim("K3", A, new FactTime(KUMANOVO, TimeAspect.TOOK_EFFECT, day(1999, 6, 9))),
        claim("K4", B, new FactTime(KUMANOVO, TimeAspect.TOOK_EFFECT, day(1999, 6, 10))),
        claim("K5", A, new FactTime(WAR, TimeAspect.STARTED, FuzzyTime.inMonth(YearMonth.of(1974, 7)))),
        claim("K6", B, new FactTime(WAR, TimeAspect.STARTED, day(1974, 7, 20)))));
    assertEquals(List.of("FACT_FIGURE[Ruling:J3]/VOTES_AGAINST", "FACT_FIGURE[Ruling:J3]/VOTES_FOR",
            "FACT_TIME[Agreement:S1]/TOOK_EFFECT"),
        ModelQueries.over(m).contested().stream().map(q -> q.key().toString()).sorted().toList());
    Question start = ModelIndex.of(m).question(new FactTime(WAR, TimeAspect.STARTED, day(1974, 7, 20)).key());
    assertEquals(Certainty.NOT, start.contested());
    assertEquals(2, start.versions().size());
  }

  static Claim claim(String id, PartyId by, Proposition... ps) {
    return Claim.builder().id(ClaimId.of(id)).claimant(by).source(SRC).madeAt(day(2023, 1, 1))
        .addPropositions(ps).build();
  }

  /** Conflict C3 (20 July to 16 August 1974), S1 (agreed 8 June, effective 9 June 1999), J3, E. */
  static DisputeModel model() {
    return DisputeModel.builder()
        .addParties(Party.builder().id(A).name("A").kind(PartyKind.STATE).build(),
            Party.builder().id(B).name("B").kind(PartyKind.DE_FACTO_STATE).proclaimed(day(1983, 11, 15)).build())
        .addConflict(Conflict.builder().id(WAR).name("War")
            .period(FuzzyPeriod.of(day(1974, 7, 20), day(1974, 8, 16))).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(WAR).kind(EventKind.DEPLOYMENT)
            .time(day(1974, 7, 20)).troops(Estimate.exact(1000)).source(SRC).build())
        .addAgreement(Agreement.builder().id(KUMANOVO).name("Agreement").kind(AgreementKind.MILITARY_TECHNICAL)
            .conflict(WAR).agreed(day(1999, 6, 8)).effective(day(1999, 6, 9)).source(SRC).build())
        .addRuling(Ruling.builder().id(JUDGMENT).name("Judgment").body(A).issued(day(2020, 12, 18))
            .binding(true).addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true))
            .source(SRC).build())
        .addSource(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("Report").build())
        .build();
  }
}
