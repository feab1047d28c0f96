package dev.disputemodel.check;

import static dev.disputemodel.check.RecognitionRulesTest.*;
import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code recognized-sovereigns-differ}: different observers, different sovereigns (INFO). */
class RecognizedSovereignsDifferRuleTest {
  @Test
  void differentObserversRecognizingDifferentSovereignsIsADisagreementInTheWorld() {
    DisputeModel m = model(List.of(recognizedBy("A", "X")), List.of(recognizedBy("B", "Y")));
    assertEquals(List.of(), alone(new RecognizedSovereignsOverlapRule(), m));
    List<Finding> f = alone(new RecognizedSovereignsDifferRule(), m);
    assertEquals(1, f.size());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertEquals("Territory:T1: Party:A (Territory:T.sovereignty[0], no period) according to Party:X, Party:B"
        + " (sovereignty[0], no period) according to Party:Y. A disagreement in the world: keep both",
        f.get(0).message());
  }

  @Test
  void theObserversNamedAreTheInternationalCommunityTheRecognizersAndTheirCount() {
    SovereigntyStatus byCount = SovereigntyStatus.builder().sovereign(p("A")).addRecognizer(p("X"))
        .recognizerCount(Estimate.exact(2)).source(SRC).build();
    SovereigntyStatus byAll = SovereigntyStatus.builder().sovereign(p("B"))
        .internationallyRecognized(true).source(SRC).build();
    List<Finding> f = alone(new RecognizedSovereignsDifferRule(), model(List.of(byCount), List.of(byAll)));
    assertEquals(List.of("Territory:T1: Party:A (Territory:T.sovereignty[0], no period) according to"
        + " Party:X, 2 recognizers, Party:B (sovereignty[0], no period) according to the international"
        + " community. A disagreement in the world: keep both"),
        f.stream().map(Finding::message).toList());
  }
}
