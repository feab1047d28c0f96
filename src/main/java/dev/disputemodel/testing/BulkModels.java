package dev.disputemodel.testing;

import com.google.common.base.Preconditions;
import dev.disputemodel.DisputeModel;
import java.util.SplittableRandom;

/**
 * Generates large dispute models for benchmarks, quickly and deterministically: the same seed and
 * claim count always give the same model. Parties, territories, conflicts and sources grow in
 * proportion to the claims ({@link #configFor(int)}). The models are as valid and consistent as
 * those of {@link Generators#models(ModelConfig)} (the same algorithm makes them, without
 * recording decisions for shrinking), and are built through {@link DisputeModel#builder()}, whose
 * validation they pass.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class BulkModels {
  private BulkModels() {}

  /**
   * Returns the configuration for a model of about {@code claims} claims: one party per 200
   * claims, one territory per 500, one top-level conflict per 1,000, one source per 100 (with
   * small minimums), dates from 1900 to 2024.
   *
   * @throws IllegalArgumentException if {@code claims} is negative
   */
  public static ModelConfig configFor(int claims) {
    Preconditions.checkArgument(claims >= 0, "claims must not be negative: %s", claims);
    int parties = Math.max(10, claims / 200);
    int territories = Math.max(4, claims / 500);
    int conflicts = Math.max(2, claims / 1000);
    return ModelConfig.builder()
        .parties(parties, parties)
        .territories(territories, territories)
        .conflicts(conflicts, conflicts)
        .claims(claims, claims)
        .maxSources(Math.max(4, claims / 100))
        .maxRelations(parties)
        .dates(java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(2024, 1, 1))
        .build();
  }

  /**
   * Returns a model of about {@code claims} claims (a few may be left out where no consistent
   * claim could be placed) generated from {@code seed} with {@link #configFor(int)}.
   *
   * @throws IllegalArgumentException if {@code claims} is negative
   */
  public static DisputeModel generate(long seed, int claims) {
    return generate(seed, configFor(claims));
  }

  /** Returns a model generated from {@code seed} with {@code config}, without recording for shrinking. */
  public static DisputeModel generate(long seed, ModelConfig config) {
    return ModelPlanner.generate(Choices.unrecorded(new SplittableRandom(seed), 30), config);
  }
}
