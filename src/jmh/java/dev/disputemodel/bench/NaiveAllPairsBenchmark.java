package dev.disputemodel.bench;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.BulkModels;
import java.util.List;
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
 * The naive contradiction scan the checker avoids: every pair of claims in the model compared
 * with {@link Claim#contradicts}. Quadratic, so measured on the 10k-claim model only (50 million
 * pairs); at 100k it would take about a hundred times longer. Compare with
 * {@link CheckerBenchmark} at the same size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NaiveAllPairsBenchmark {
  @Param({"10000"})
  public int claims;

  List<Claim> all;

  @Setup(Level.Trial)
  public void setUp() {
    DisputeModel model = BulkModels.generate(42, claims);
    all = model.claims();
  }

  @Benchmark
  public long naiveAllPairs() {
    long found = 0;
    for (int i = 0; i < all.size(); i++) {
      Claim a = all.get(i);
      for (int j = i + 1; j < all.size(); j++) {
        if (a.contradicts(all.get(j))) {
          found++;
        }
      }
    }
    return found;
  }
}
