package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code claim-contradicts-fact}: a sovereignty or control claim against the recorded status, a
 * time or figure against the recorded one.
 */
class ClaimContradictsFactRuleTest {
  private static final String RULE = "claim-contradicts-fact";

  /** T: A occupies it from 1994 to 10 November 2020, with the sovereignty {@code statuses}. */
  private static Territory territory(SovereigntyStatus... statuses) {
    return territoryT().addSovereignty(statuses)
        .addControl(ControlStatus.builder().controller(p("A")).kind(ControlKind.OCCUPIES)
            .period(FuzzyPeriod.of(day(1994, 1, 1), day(2020, 11, 10))).source(SRC).build())
        .build();
  }

  private static Claim denies(String id, String claimant, Claim from) {
    return from.withId(k(id)).withClaimant(p(claimant)).withPolarity(Polarity.DENIES);
  }

  @Test
  void claimsAgainstRecognizedSovereigntyAndRecordedControl() {
    DisputeModel m = claimants().addTerritory(territory(recognized("B", null)))
        .addClaims(
            claim("K1", "A", day(2022, 9, 13), new Sovereignty(T, p("A"))),
            claim("K2", "B", day(2022, 9, 13), new Sovereignty(T, p("B"))),
            claim("K3", "B", day(2010, 1, 1), new Control(T, p("B"))),
            claim("K4", "A", day(2010, 1, 1), new Control(T, p("A"))),
            claim("K5", "B", day(2022, 1, 1), new Control(T, p("B"))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of("Claim:K1", "Claim:K3"),
        f.stream().map(x -> x.focus().get().toString()).toList());
    assertEquals(
        List.of("WARNING DEFINITELY Claim:K1.propositions[0] = sovereign Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K3.propositions[0] = controller Party:B [Territory:T]"),
        summaries(f));
  }

  /** K3 and K4 deny what is recorded; K5 and K6 deny what is not (K6 after A's control ended). */
  @Test
  void denyingARecordedFactContradictsIt() {
    Claim control = claim("K1", "A", day(2010, 1, 1), new Control(T, p("A")));
    Claim sovereignty = claim("K2", "B", day(2022, 9, 13), new Sovereignty(T, p("B")));
    DisputeModel m = claimants().addTerritory(territory(recognized("B", null)))
        .addClaims(denies("K3", "B", control), denies("K4", "A", sovereignty),
            denies("K5", "B", claim("K", "B", day(2022, 9, 13), new Sovereignty(T, p("A")))),
            denies("K6", "A", claim("K", "B", day(2022, 1, 1), new Control(T, p("A")))))
        .build();
    assertEquals(
        List.of("WARNING DEFINITELY Claim:K3.propositions[0] = not controller Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K4.propositions[0] = not sovereign Party:B [Territory:T]"),
        summaries(run(RULE, m)));
  }

  @Test
  void partialRecognitionsAreNotFactsAndFuzzyTimesArePossible() {
    SovereigntyStatus partial = SovereigntyStatus.builder().sovereign(p("B"))
        .addRecognizer(p("R")).source(SRC).build();
    DisputeModel positions = claimants().addTerritory(territory(partial))
        .addClaim(claim("K1", "A", day(2022, 9, 13), new Sovereignty(T, p("A")))).build();
    assertEquals(List.of(), run(RULE, positions));
    DisputeModel fuzzy = claimants().addTerritory(territory())
        .addClaim(claim("K1", "B", year(2020), new Control(T, p("B")))).build();
    assertEquals(List.of("WARNING POSSIBLY Claim:K1.propositions[0] = controller Party:B [Territory:T]"),
        summaries(run(RULE, fuzzy)));
  }

  /**
   * Conflict C started on 20 July 1974 by the record (the 1974 war in Cyprus); K1 dates it to
   * 20 June (UCDP's date), K2 to July 1974, K3 denies the recorded day, K4 denies another day.
   * Event E had 1,000 to 2,000 troops; K5 says 3,000, K6 "about 1,500". Only K1, K3 and K5
   * contradict the record.
   */
  @Test
  void timesAndFiguresAgainstTheRecordedOnes() {
    Event e = Event.builder().id(EventId.of("E")).conflict(c("C")).kind(EventKind.DEPLOYMENT)
        .time(day(1974, 7, 20)).troops(Estimate.range(1000, 2000)).source(SRC).build();
    DisputeModel m = model().addParties(state("A"), state("B"))
        .addConflict(conflict("C").period(FuzzyPeriod.of(day(1974, 7, 20), day(1974, 8, 16))).build())
        .addEvent(e)
        .addClaims(
            claim("K1", null, day(2023, 1, 1), new FactTime(c("C"), TimeAspect.STARTED, day(1974, 6, 20))),
            claim("K2", "A", day(2023, 1, 1), new FactTime(c("C"), TimeAspect.STARTED, month(1974, 7))),
            denies("K3", "B", claim("K", "B", day(2023, 1, 1),
                new FactTime(c("C"), TimeAspect.STARTED, day(1974, 7, 20)))),
            denies("K4", "B", claim("K", "B", day(2023, 1, 1),
                new FactTime(c("C"), TimeAspect.STARTED, day(1974, 7, 21)))),
            claim("K5", "A", day(2023, 1, 1),
                new FactFigure(EventId.of("E"), FigureKind.TROOPS, Estimate.exact(3000))),
            claim("K6", "B", day(2023, 1, 1),
                new FactFigure(EventId.of("E"), FigureKind.TROOPS, Estimate.about(1500))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of(
            "WARNING DEFINITELY Claim:K1.propositions[0] = STARTED 1974-06-20 [Conflict:C]",
            "WARNING DEFINITELY Claim:K3.propositions[0] = not STARTED 1974-07-20 [Conflict:C]",
            "WARNING DEFINITELY Claim:K5.propositions[0] = TROOPS 3000 [Event:E]"),
        summaries(f));
    assertEquals("Claim:K1 says STARTED 1974-06-20 of Conflict:C (2023-01-01), but the model"
        + " records STARTED 1974-07-20. If the record is wrong, correct it; if the claim is a"
        + " position, keep both", f.get(0).message());
  }

  /** Nothing recorded, nothing contradicted: an unstated start, a ruling's vote. */
  @Test
  void noRecordedValueNoFinding() {
    Ruling j = Ruling.builder().id(RulingId.of("J")).name("Judgment").body(p("A"))
        .issued(day(2020, 12, 18)).binding(true)
        .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true)).source(SRC).build();
    DisputeModel m = model().addParties(state("A"), state("B"))
        .addConflict(conflict("C").build()).addRuling(j)
        .addClaims(
            claim("K1", "A", day(2023, 1, 1), new FactTime(c("C"), TimeAspect.STARTED, day(1974, 6, 20))),
            claim("K2", "B", day(2023, 1, 1),
                new FactFigure(RulingId.of("J"), FigureKind.VOTES_FOR, Estimate.exact(12))),
            claim("K3", "B", day(2023, 1, 1), new FactTime(RulingId.of("J"), TimeAspect.ISSUED, day(2020, 12, 19))))
        .build();
    assertEquals(List.of("WARNING DEFINITELY Claim:K3.propositions[0] = ISSUED 2020-12-19 [Ruling:J]"),
        summaries(run(RULE, m)));
  }

  /**
   * T's sovereignty is recorded as B's, recognized by R (named) and counted "90 to 110"; and as
   * no sovereign, recognized by X. K1 (R recognizes A), K2 (R does not recognize B), K4 (X
   * recognizes A) and K5 (B recognized by 150) contradict the records; K3 (R recognizes B), K6
   * (B recognized by at least 90) and K7 (A recognized by 5: no count is recorded for A) do not.
   */
  @Test
  void recognitionsAndCountsAgainstTheStatusesThatNameThem() {
    SovereigntyStatus byR = SovereigntyStatus.builder().sovereign(p("B")).addRecognizer(p("R"))
        .recognizerCount(Estimate.range(90, 110)).source(SRC).build();
    SovereigntyStatus noneByX = SovereigntyStatus.builder().addRecognizer(p("X")).source(SRC).build();
    DisputeModel m = claimants().addParty(state("X")).addTerritory(territory(byR, noneByX))
        .addClaims(
            claim("K1", "A", day(2022, 9, 13), new Recognizes(p("R"), T, p("A"))),
            denies("K2", "A", claim("K", "A", day(2022, 9, 13), new Recognizes(p("R"), T, p("B")))),
            claim("K3", "B", day(2022, 9, 13), new Recognizes(p("R"), T, p("B"))),
            claim("K4", "A", day(2022, 9, 13), new Recognizes(p("X"), T, p("A"))),
            claim("K5", "A", day(2022, 9, 13), new RecognitionCount(T, p("B"), Estimate.exact(150))),
            claim("K6", "B", day(2022, 9, 13), new RecognitionCount(T, p("B"), Estimate.atLeast(90))),
            claim("K7", "A", day(2022, 9, 13), new RecognitionCount(T, p("A"), Estimate.exact(5))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of(
            "WARNING DEFINITELY Claim:K1.propositions[0] = recognizes Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K2.propositions[0] = not recognizes Party:B [Territory:T]",
            "WARNING DEFINITELY Claim:K4.propositions[0] = recognizes Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K5.propositions[0] = recognized by 150 [Territory:T]"),
        summaries(f));
    assertTrue(f.get(0).message().contains("sovereignty[0]: Party:B recognized by Party:R"), f.get(0).message());
    assertTrue(f.get(2).message().contains("sovereignty[1]: no sovereign recognized by Party:X"), f.get(2).message());
    assertTrue(f.get(3).message().contains("sovereignty[0]: Party:B recognized by 90-110"), f.get(3).message());
  }

  @Test
  void aClaimThatAnAgreementWasNeverInForceAgainstItsRecordedTimesAndTheReverse() {
    // The Port of Spain Protocol's shape (essequibo-facts.md S3): in force 1970-1982 by its UN
    // registration, "never enforced" by another source; and an agreement recorded as lapsed.
    DisputeModel m = claimants()
        .addAgreements(
            Agreement.builder().id(AgreementId.of("AG1")).name("Protocol").kind(AgreementKind.PROCESS)
                .conflict(c("C")).effective(day(1970, 6, 18)).ended(day(1982, 6, 18)).source(SRC).build(),
            Agreement.builder().id(AgreementId.of("AG2")).name("Plan").kind(AgreementKind.FULL)
                .conflict(c("C")).lapsed(day(2004, 4, 24)).source(SRC).build())
        .addClaims(
            claim("K1", null, day(2020, 1, 1), new AgreementStatus(AgreementId.of("AG1"), AgreementStage.NEVER_IN_FORCE)),
            claim("K2", "A", day(2020, 1, 1), new AgreementStatus(AgreementId.of("AG1"), AgreementStage.SIGNED)),
            claim("K3", "B", day(2020, 1, 1), new AgreementStatus(AgreementId.of("AG2"), AgreementStage.IN_FORCE)),
            claim("K4", "R", day(2020, 1, 1), new AgreementStatus(AgreementId.of("AG2"), AgreementStage.NEVER_IN_FORCE)),
            claim("K5", "R", day(2020, 1, 1), new FactTime(AgreementId.of("AG2"), TimeAspect.TOOK_EFFECT, day(2004, 5, 1))),
            claim("K6", "R", day(2020, 1, 1), new FactTime(AgreementId.of("AG2"), TimeAspect.AGREED, day(2004, 5, 1))))
        .build();
    List<Finding> f = run("claim-contradicts-fact", m);
    assertEquals(List.of(
        "WARNING DEFINITELY Claim:K1.propositions[0] = NEVER_IN_FORCE [Agreement:AG1]",
        "WARNING DEFINITELY Claim:K3.propositions[0] = IN_FORCE [Agreement:AG2]",
        "WARNING DEFINITELY Claim:K5.propositions[0] = TOOK_EFFECT 2004-05-01 [Agreement:AG2]"), summaries(f));
    assertTrue(f.get(2).message().contains("but the model records lapsed 2004-04-24, never in force"), f.get(2).message());
    assertTrue(f.get(0).message().endsWith("but the model records ENDED. If the record is wrong, correct it;"
        + " if the claim is a position, keep both"), f.get(0).message());
  }
}
