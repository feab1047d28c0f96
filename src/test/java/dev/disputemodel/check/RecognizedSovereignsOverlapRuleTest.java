package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code recognized-sovereigns-overlap}: two internationally recognized sovereigns at once. */
class RecognizedSovereignsOverlapRuleTest {
  private static final String RULE = "recognized-sovereigns-overlap";

  private static DisputeModel territoryWith(SovereigntyStatus... statuses) {
    return model().addParties(state("A"), state("B"), state("R"))
        .addTerritory(territoryT().addSovereignty(statuses).build()).build();
  }

  @Test
  void twoRecognizedSovereignsAtOnce() {
    List<Finding> f = run(RULE, territoryWith(
        recognized("A", FuzzyPeriod.since(day(1991, 1, 1))),
        recognized("B", FuzzyPeriod.of(day(1990, 1, 1), day(1992, 1, 1)))));
    assertEquals(1, f.size());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals(List.of("ERROR DEFINITELY Territory:T.sovereignty[1] = Party:B [Party:A, Party:B]"),
        summaries(f));
    assertEquals(List.of(), run(RULE, territoryWith(
        recognized("A", FuzzyPeriod.since(day(1991, 12, 26))),
        recognized("B", FuzzyPeriod.of(day(1922, 1, 1), day(1991, 12, 25))))));
    List<Finding> p = run(RULE, territoryWith(
        recognized("A", FuzzyPeriod.since(year(1991))),
        recognized("B", FuzzyPeriod.of(day(1922, 1, 1), day(1991, 6, 1)))));
    assertEquals(Certainty.POSSIBLY, p.get(0).certainty());
    assertEquals(Severity.WARNING, p.get(0).severity());
    assertEquals(List.of("WARNING POSSIBLY Territory:T.sovereignty[1] = Party:B [Party:A, Party:B]"),
        summaries(p));
  }

  @Test
  void aStatusWithoutPeriodOverlapsEveryOther() {
    assertEquals(List.of("ERROR DEFINITELY Territory:T.sovereignty[1] = Party:B [Party:A, Party:B]"),
        summaries(run(RULE, territoryWith(
            recognized("A", FuzzyPeriod.since(day(1991, 1, 1))), recognized("B", null)))));
  }

  @Test
  void theSameSovereignTwiceOrAPartialRecognitionIsNoOverlap() {
    SovereigntyStatus partial = SovereigntyStatus.builder().sovereign(p("B")).addRecognizer(p("R"))
        .source(SRC).build();
    assertEquals(List.of(), run(RULE, territoryWith(recognized("A", null), partial)));
    assertEquals(List.of(), run(RULE, territoryWith(
        recognized("A", FuzzyPeriod.since(day(1991, 1, 1))), recognized("A", null))));
  }
}
