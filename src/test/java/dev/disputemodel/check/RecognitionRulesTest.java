package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code recognized-sovereigns-overlap} on territories and their parts; the fixtures are shared
 * with {@link RecognizedSovereignsDifferRuleTest}.
 */
class RecognitionRulesTest {
  static final TerritoryId WHOLE = TerritoryId.of("T");
  static final TerritoryId PART = TerritoryId.of("T1");

  static SovereigntyStatus recognizedBy(String sovereign, String... recognizers) {
    SovereigntyStatus.Builder b = SovereigntyStatus.builder().sovereign(p(sovereign)).source(SRC);
    for (String r : recognizers) {
      b.addRecognizer(p(r));
    }
    return b.build();
  }

  static SovereigntyStatus none(String... recognizers) {
    SovereigntyStatus.Builder b = SovereigntyStatus.builder().source(SRC);
    for (String r : recognizers) {
      b.addRecognizer(p(r));
    }
    return b.build();
  }

  static DisputeModel model(List<SovereigntyStatus> whole, List<SovereigntyStatus> part) {
    return Fixtures.model().addParties(state("A"), state("B"), state("X"), state("Y"))
        .addTerritories(
            Territory.builder().id(WHOLE).name("Whole").kind(TerritoryKind.REGION).addAllSovereignty(whole).build(),
            Territory.builder().id(PART).name("Part").kind(TerritoryKind.REGION).parent(WHOLE)
                .addAllSovereignty(part).build())
        .build();
  }

  @Test
  void oneObserverRecognizingTwoSovereignsOfATerritoryIsAnError() {
    DisputeModel m = model(List.of(), List.of(recognizedBy("A", "X"), recognizedBy("B", "X", "Y")));
    List<Finding> f = alone(new RecognizedSovereignsOverlapRule(), m);
    assertEquals(1, f.size());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("Territory:T1 has Party:A (sovereignty[0], no period) and Party:B (sovereignty[1], no period)"
        + " as sovereigns recognized by Party:X at the same time. Give each status its period, or record the"
        + " contested one as recognized only by its recognizers", f.get(0).message());
    assertEquals(List.of(), alone(new RecognizedSovereignsDifferRule(), m));
  }

  @Test
  void aStatusOnTheWholeConcernsEachPart() {
    DisputeModel m = model(List.of(recognizedBy("A", "X")), List.of(recognizedBy("B", "X")));
    List<Finding> f = alone(new RecognizedSovereignsOverlapRule(), m);
    assertEquals(1, f.size());
    assertEquals("Territory:T1.sovereignty[0] = Party:B", f.get(0).focus().orElseThrow() + "." + f.get(0).path().orElseThrow()
        + " = " + f.get(0).value().orElseThrow());
    assertEquals("Territory:T1 has Party:A (Territory:T.sovereignty[0], no period) and Party:B (sovereignty[0],"
        + " no period) as sovereigns recognized by Party:X at the same time. Give each status its period, or"
        + " record the contested one as recognized only by its recognizers", f.get(0).message());
  }

  @Test
  void recognizingNoSovereignAndASovereignAtOnceIsAnErrorToo() {
    DisputeModel m = model(List.of(), List.of(none("X"), recognizedBy("B", "X")));
    assertEquals(1, alone(new RecognizedSovereignsOverlapRule(), m).size());
  }

  @Test
  void statusesInDisjointPeriodsDoNotOverlap() {
    SovereigntyStatus before = recognizedBy("A", "X").withPeriod(FuzzyPeriod.of(day(1990, 1, 1), day(1999, 12, 31)));
    SovereigntyStatus after = recognizedBy("B", "X").withPeriod(FuzzyPeriod.since(day(2000, 1, 1)));
    assertEquals(List.of(), alone(new RecognizedSovereignsOverlapRule(), model(List.of(), List.of(before, after))));
    SovereigntyStatus month = recognizedBy("B", "X").withPeriod(FuzzyPeriod.since(month(1999, 12)));
    List<Finding> possible = alone(new RecognizedSovereignsOverlapRule(), model(List.of(), List.of(before, month)));
    assertEquals(Certainty.POSSIBLY, possible.get(0).certainty());
    assertEquals(Severity.WARNING, possible.get(0).severity());
  }

  @Test
  void aHierarchyCycleMakesNoTerritoryContainAnother() {
    DisputeModel m = Fixtures.model().addParties(state("A"), state("B"), state("X"))
        .addTerritories(
            Territory.builder().id(WHOLE).name("Whole").kind(TerritoryKind.REGION).parent(PART)
                .addSovereignty(recognizedBy("A", "X")).build(),
            Territory.builder().id(PART).name("Part").kind(TerritoryKind.REGION).parent(WHOLE)
                .addSovereignty(recognizedBy("B", "X")).build())
        .build();
    assertEquals(List.of(), alone(new RecognizedSovereignsOverlapRule(), m));
  }

  /** Runs one rule alone, whether or not it is a standard rule. */
  static List<Finding> alone(Rule rule, DisputeModel model) {
    return Checker.builder().addRule(rule).build().check(model).findings();
  }
}
