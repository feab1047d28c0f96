package dev.disputemodel.bench;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.RuleDescriptor;
import dev.disputemodel.Parallelism;
import dev.disputemodel.testing.BulkModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The consistency checker on generated models of 10k, 100k and 1M claims ({@link BulkModels},
 * built once per trial in {@link #setUp()}; only the check is measured, including the indexes it
 * builds). Besides the whole standard checker: the two rules that compare claims with each other
 * (contested-question, self-contradiction) alone, and a naive baseline doing their work by
 * comparing every pair of claims that share a question. The all-pairs scan over the whole model
 * is {@link NaiveAllPairsBenchmark}. Figures: docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// AlwaysPreTouch: keeps G1's first-touch page faults out of the figures (docs/performance.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class CheckerBenchmark {
  static final Set<String> CLAIM_PAIR_RULES = Set.of("contested-question", "self-contradiction");

  @Param({"10000", "100000", "1000000"})
  public int claims;

  DisputeModel model;
  Checker claimPairRules;

  @Setup(Level.Trial)
  public void setUp() {
    model = BulkModels.generate(42, claims);
    Checker.Builder b = Checker.standard().toBuilder();
    for (RuleDescriptor d : Checker.standard().rules()) {
      if (!CLAIM_PAIR_RULES.contains(d.id())) {
        b.disable(d.id());
      }
    }
    claimPairRules = b.build();
  }

  /** All 15 standard rules. */
  @Benchmark
  public Report standardChecker() {
    return Checker.standard().check(model);
  }

  private static final Checker SEQUENTIAL =
      Checker.standard().toBuilder().parallelism(Parallelism.callingThread()).build();

  /** The same check on the calling thread only ({@code Parallelism.callingThread()}). */
  @Benchmark
  public Report sequentialChecker() {
    return SEQUENTIAL.check(model);
  }

  /** contested-question and self-contradiction only (grouped by question, sorted by time). */
  @Benchmark
  public Report claimPairRules() {
    return claimPairRules.check(model);
  }

  /**
   * Naive baseline for {@link #claimPairRules()}: group claims by question, then compare every
   * pair in a group with {@link Claim#contradicts}, telling contested pairs (different claimants)
   * from self-contradictions (same claimant).
   */
  @Benchmark
  public long naivePairsPerQuestion() {
    Map<PropositionKey, List<Claim>> byKey = new HashMap<>();
    for (Claim c : model.claims()) {
      Set<PropositionKey> keys = new LinkedHashSet<>();
      for (Proposition p : c.propositions()) {
        keys.add(p.key());
      }
      keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
    }
    long contested = 0;
    long self = 0;
    for (List<Claim> group : byKey.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Claim a = group.get(i);
          Claim b = group.get(j);
          if (a.contradicts(b)) {
            if (a.claimant().equals(b.claimant())) {
              self++;
            } else {
              contested++;
            }
          }
        }
      }
    }
    return contested * 31 + self;
  }
}
