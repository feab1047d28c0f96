package dev.disputemodel.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Precision;

/**
 * Checker soundness on valid data: generated models are consistent, so nothing above INFO. The
 * counterpart of {@link InjectedFaultProperties} (every injected fault is found).
 */
class ValidModelProperties {
  /**
   * Larger models, mostly contested, with many ceasefires, mediators, episodes and relations, and
   * mostly coarse dates (decades, years, months), where possible violations are likeliest.
   */
  static Gen<DisputeModel> crowdedAndCoarse() {
    return Generators.models(ModelConfig.builder().parties(2, 30).territories(1, 12)
        .conflicts(0, 6).maxEpisodes(4).claims(0, 80).contestedShare(0.8)
        .maxCeasefiresPerConflict(4).maxMediatorsPerConflict(4).maxRelations(20)
        .maxEventsPerConflict(8)
        .precisionWeight(Precision.DECADE, 4).precisionWeight(Precision.YEAR, 4)
        .precisionWeight(Precision.MONTH, 3).build());
  }

  @PropertyTest
  void validGeneratedModelsHaveNoErrorOrWarning(DisputeModel model) {
    Report report = Checker.standard().check(model).atLeast(Severity.WARNING);
    assertTrue(report.isEmpty(), report::toText);
  }

  @PropertyTest
  void crowdedModelsWithCoarseDatesHaveNoErrorOrWarning(
      @ForAll("crowdedAndCoarse") DisputeModel model) {
    Report report = Checker.standard().check(model).atLeast(Severity.WARNING);
    assertTrue(report.isEmpty(), report::toText);
  }
}
