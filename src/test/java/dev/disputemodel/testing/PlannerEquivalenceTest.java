package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.time.Precision;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Temporary, while splitting the planner: the new planners give the legacy planner's models. */
class PlannerEquivalenceTest {
  private static final List<ModelConfig> CONFIGS = List.of(
      ModelConfig.defaults(),
      ModelConfig.builder().parties(2, 25).conflicts(0, 5).claims(0, 60).maxEpisodes(4)
          .contestedShare(0.6).build(),
      ModelConfig.builder().parties(2, 30).territories(1, 12).conflicts(0, 6).maxEpisodes(4)
          .claims(0, 80).contestedShare(0.8).maxCeasefiresPerConflict(4)
          .maxMediatorsPerConflict(4).maxRelations(20).maxEventsPerConflict(8)
          .precisionWeight(Precision.DECADE, 4).precisionWeight(Precision.YEAR, 4)
          .precisionWeight(Precision.MONTH, 3).build(),
      BulkModels.configFor(3_000));

  @Test
  void sameModelsAsTheLegacyPlanner() {
    for (ModelConfig config : CONFIGS) {
      for (long seed = 0; seed < Long.getLong("eq.seeds", 400); seed++) {
        DisputeModel legacy = LegacyModelPlanner.generate(Choices.random(seed, 30), config);
        DisputeModel now = ModelPlanner.generate(Choices.random(seed, 30), config);
        same(legacy, now, "seed " + seed + " " + config);
      }
    }
    DisputeModel legacy = LegacyModelPlanner.generate(
        Choices.unrecorded(new SplittableRandom(42), 30), BulkModels.configFor(50_000));
    same(legacy, BulkModels.generate(42, 50_000), "bulk");
  }

  private static void same(DisputeModel legacy, DisputeModel now, String label) {
        String a = legacy.toString();
        String b = now.toString();
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 300);
        assertEquals(a.substring(from, Math.min(a.length(), at + 200)),
            b.substring(from, Math.min(b.length(), at + 200)), label);
  }
}
