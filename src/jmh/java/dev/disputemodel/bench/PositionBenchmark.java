package dev.disputemodel.bench;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.PositionQuery;
import dev.disputemodel.testing.BulkModels;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The position queries ({@link PositionQuery}) on generated models of 10k, 100k and 1M claims
 * ({@link BulkModels#generate(long, int)}, seed 42: holding periods, withdrawals and
 * replacements among them), each beside a naive stream filter over every claim of the same model
 * in the same run. The arguments are picked in the setup from the middle of the model (a question
 * with several claims, one of its claimants, a territory with sovereignty claims, a date among
 * their times); the setup checks that the indexed and naive answers have the same size. Figures:
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class PositionBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int claims;

  DisputeModel model;
  PositionQuery positions;
  PropositionKey key;
  EntityId claimant;
  TerritoryId territory;
  FuzzyTime date;
  /** For a question of sovereignty over a territory: the territories containing it. */
  java.util.Set<TerritoryId> wholes = java.util.Set.of();

  @Setup(Level.Trial)
  public void setUp() {
    long generating = System.nanoTime();
    model = BulkModels.generate(42, claims);
    System.out.printf("%n[position-bench] claims=%d generated in %.1f s%n", claims,
        (System.nanoTime() - generating) / 1e9);
    ModelQueries q = ModelQueries.over(model);
    positions = q.positions();
    List<Claim> all = model.claims();
    for (int i = all.size() / 2; i < all.size() && territory == null; i++) {
      Claim c = all.get(i);
      for (Proposition p : c.propositions()) {
        if (key == null && q.question(p.key()).claims().size() >= 3) {
          key = p.key();
          claimant = q.speaker(c);
          // the day after the claim is surely known (made, and its source published), so that
          // the claimant's latest position as known then is this claim or a later one
          java.time.LocalDateTime known = c.madeAt().latest();
          java.util.Optional<FuzzyTime> published =
              model.source(c.source()).flatMap(dev.disputemodel.Source::published);
          if (published.isPresent() && published.get().latest().isAfter(known)) {
            known = published.get().latest();
          }
          date = FuzzyTime.onDay(known.toLocalDate().plusDays(1));
        }
        if (territory == null && key != null && p instanceof Sovereignty s
            && c.polarity() == Polarity.ASSERTS) {
          territory = s.territory();
        }
      }
    }
    if (key.type() == dev.disputemodel.PropositionType.SOVEREIGNTY
        && key.subjects().get(0) instanceof TerritoryId t) {
      wholes = java.util.Set.copyOf(model.enclosing(t));
    }
    System.out.printf("%n[position-bench] claims=%d question %s (%d claims), claimant %s,"
        + " territory %s, date %s%n", claims, key, q.question(key).claims().size(), claimant,
        territory, date);
    measureIndex(q);
    report("inForce", positions.inForce(key, date).size(), naiveInForce().size());
    report("latest", positions.latest(key, claimant, date).isPresent() ? 1 : 0,
        naiveLatest().isPresent() ? 1 : 0);
    report("claimantsOf", positions.claimantsOf(territory, date).size(), naiveClaimantsOf().size());
  }

  /**
   * Builds the claim index, then the index of positions (forced by a first query), printing the
   * time the latter took and the heap both retain.
   */
  private void measureIndex(ModelQueries q) {
    long before = Heap.usedAfterGc();
    q.claims().on(key).list();
    long withClaims = Heap.usedAfterGc();
    long building = System.nanoTime();
    positions.claimantsOf(territory, date);
    long built = System.nanoTime() - building;
    long withPositions = Heap.usedAfterGc();
    System.out.printf("[position-bench] claim index retains %.1f bytes/claim; index of positions"
        + " built by the first query in %d ms, retains %.1f bytes/claim more%n",
        (withClaims - before) / (double) claims, built / 1_000_000,
        (withPositions - withClaims) / (double) claims);
  }

  private static void report(String what, int indexed, int naive) {
    System.out.printf("[position-bench] %s: %d results (naive %d)%n", what, indexed, naive);
    if (indexed != naive) {
      throw new IllegalStateException(what + ": indexed " + indexed + ", naive " + naive);
    }
  }

  /** The positions on the question in force on the date, as known now. */
  @Benchmark
  public int inForce() {
    return positions.inForce(key, date).size();
  }

  /** One claimant's latest position on the question as known on the date. */
  @Benchmark
  public Optional<PositionQuery.Position> latest() {
    return positions.latest(key, claimant, date);
  }

  /** Who claims the territory on the date, through what contains it and what it contains. */
  @Benchmark
  public int claimantsOf() {
    return positions.claimantsOf(territory, date).size();
  }

  /** Naive: every claim with a proposition of the key, or asserting a sovereign over a whole. */
  @Benchmark
  public List<Claim> naiveInForce() {
    List<Claim> out = new ArrayList<>();
    for (Claim c : model.claims()) {
      if (answers(c, key) && model.inForce(c, date).isPossible()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Naive: the claimant's claims on the key in force as known on the date, the last made. */
  @Benchmark
  public Optional<Claim> naiveLatest() {
    Claim last = null;
    for (Claim c : model.claims()) {
      if (answers(c, key) && model.speaker(c).equals(claimant)
          && model.inForce(c, date, date).isPossible()
          && (last == null || FuzzyTime.ORDER.compare(c.madeAt(), last.madeAt()) >= 0)) {
        last = c;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Naive: asserted sovereignty claims on the territory, a whole or a part of it, in force. */
  @Benchmark
  public List<List<Object>> naiveClaimantsOf() {
    List<List<Object>> out = new ArrayList<>();
    for (Claim c : model.claims()) {
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (Proposition p : c.propositions()) {
        if (p instanceof Sovereignty s
            && model.containment(s.territory(), territory).isPresent()
            && model.inForce(c, date).isPossible()) {
          List<Object> entry = List.of(model.speaker(c), s.sovereign(), s.territory());
          if (!out.contains(entry)) {
            out.add(entry);
          }
        }
      }
    }
    return out;
  }

  private boolean answers(Claim c, PropositionKey key) {
    for (Proposition p : c.propositions()) {
      if (p.key().equals(key) || (p instanceof Sovereignty s && c.polarity() == Polarity.ASSERTS
          && wholes.contains(s.territory()))) {
        return true;
      }
    }
    return false;
  }
}
