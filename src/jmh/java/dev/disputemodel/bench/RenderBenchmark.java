package dev.disputemodel.bench;

import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.AlignmentPicture;
import dev.disputemodel.render.RenderOptions;
import dev.disputemodel.render.TerritoryPicture;
import dev.disputemodel.render.TimelinePicture;
import dev.disputemodel.testing.BulkModels;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.time.FuzzyTime;
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
 * Drawing the three pictures of one conflict as SVG, for a conflict with 100, 1,000 and 10,000
 * claims from the kit's bulk generator (one top-level conflict, so every item belongs to it), on
 * queries whose indexes are already built (their build is {@code QueryIndexBuildBenchmark}'s).
 * The baseline, in the same run: listing every item the timeline covers as one line of text (its
 * id, time and words), the least a picture of them must do. Figures: docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RenderBenchmark {
  @Param({"100", "1000", "10000"})
  public int items;

  DisputeModel model;
  ModelQueries queries;
  ConflictId conflict;
  FuzzyTime date;
  List<TerritoryId> territories;

  @Setup(Level.Trial)
  public void setUp() {
    model = BulkModels.generate(42, ModelConfig.builder().from(BulkModels.configFor(items)).conflicts(1, 1).build());
    queries = ModelQueries.over(model);
    Conflict root = model.conflicts().stream().filter(c -> c.parent().isEmpty()).findFirst().orElseThrow();
    conflict = root.id();
    date = root.period().flatMap(p -> p.end().or(p::start)).orElseThrow();
    territories = model.territories().stream().filter(t -> t.parent().isEmpty()).map(Territory::id).toList();
    // Build every index the pictures read, once.
    TimelinePicture.of(queries, conflict, RenderOptions.defaults()).toSvg();
    AlignmentPicture.of(queries, conflict, date, RenderOptions.defaults()).toSvg();
    TerritoryPicture.of(queries, territories, RenderOptions.defaults()).toSvg();
  }

  /** The timeline of the conflict, summarized beyond 60 rows. */
  @Benchmark
  public String timelineSvg() {
    return TimelinePicture.of(queries, conflict, RenderOptions.defaults()).toSvg();
  }

  /** The alignments on the conflict's last day. */
  @Benchmark
  public String alignmentsSvg() {
    return AlignmentPicture.of(queries, conflict, date, RenderOptions.defaults()).toSvg();
  }

  /** The status of every top-level territory, first page. */
  @Benchmark
  public String territoriesSvg() {
    return TerritoryPicture.of(queries, territories, RenderOptions.defaults()).toSvg();
  }

  /** Baseline: every claim and event of the model as a line of text. */
  @Benchmark
  public int baselineListing() {
    StringBuilder out = new StringBuilder();
    for (Event e : model.events()) {
      out.append(e.id()).append(' ').append(e.time()).append(' ').append(e.kind()).append('\n');
    }
    for (Claim c : model.claims()) {
      out.append(c.id()).append(' ').append(c.madeAt()).append(' ').append(c.propositions()).append('\n');
    }
    return out.length();
  }
}
