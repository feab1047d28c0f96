package dev.disputemodel.bench;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.BulkModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to generate a whole, valid model with the test kit's bulk generator, including
 * {@code DisputeModel.build()}'s validation (single shot: each iteration builds one model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BulkGenerationBenchmark {
  /** Number of claims in the generated model. */
  @Param({"1000000"})
  public int claims;

  /** Generates the model from a fixed seed. */
  @Benchmark
  public DisputeModel generate() {
    return BulkModels.generate(42, claims);
  }

  /** Rebuilds an already generated model: the cost of DisputeModel.build()'s validation alone. */
  @Benchmark
  public DisputeModel validateOnly(Generated generated) {
    return DisputeModel.builder().from(generated.model).build();
  }

  /** A model generated once per trial, for {@link #validateOnly}. */
  @State(Scope.Benchmark)
  public static class Generated {
    DisputeModel model;

    /** Generates the model the validation benchmark rebuilds. */
    @org.openjdk.jmh.annotations.Setup
    public void setUp(BulkGenerationBenchmark b) {
      model = BulkModels.generate(42, b.claims);
    }
  }
}
