package dev.disputemodel.bench;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Proposition;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.testing.BulkModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Index build of the query module: {@code ModelQueries.over(model)} (which builds the checker's
 * {@code ModelIndex}) plus one query of each kind that forces the lazy indexes the selective
 * queries use (the claim index and the entity index), cold on every invocation; and the same with
 * the index of positions ({@code positions()}) forced too. The model is
 * generated once per trial, outside the measurement. Figures: docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
// AlwaysPreTouch: keeps G1's first-touch page faults out of the figures (docs/performance.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class QueryIndexBuildBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int claims;

  DisputeModel model;
  Proposition proposition;

  @Setup(Level.Trial)
  public void setUp() {
    model = BulkModels.generate(42, claims);
    int i = model.claims().size() / 2;
    while (model.claims().get(i).propositions().isEmpty()) { // a withdrawal states nothing
      i++;
    }
    proposition = model.claims().get(i).propositions().get(0);
  }

  /** Builds the queries and forces the claim and entity indexes; returns a sum so nothing is dead code. */
  @Benchmark
  public int buildIndexes() {
    ModelQueries q = ModelQueries.over(model);
    int n = q.claims().on(proposition.key()).list().size();
    n += q.ceasefiresInEffect(When.anyTime()).size();
    n += q.speaker(model.claims().get(0)).hashCode();
    return n;
  }

  /** As {@link #buildIndexes()}, and forces the index of positions by time and territory too. */
  @Benchmark
  public int buildIndexesWithPositions() {
    ModelQueries q = ModelQueries.over(model);
    int n = q.claims().on(proposition.key()).list().size();
    n += q.ceasefiresInEffect(When.anyTime()).size();
    n += q.speaker(model.claims().get(0)).hashCode();
    n += q.positions().inForce(proposition.key(), model.claims().get(0).madeAt()).size();
    return n;
  }
}
