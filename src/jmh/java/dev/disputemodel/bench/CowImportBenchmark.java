package dev.disputemodel.bench;

import dev.disputemodel.cow.CowImport;
import dev.disputemodel.cow.CowImporter;
import dev.disputemodel.cow.PartyMatching;
import dev.disputemodel.ucdp.UcdpImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to import the real Correlates of War files: the state list (states2016.csv) alone, and
 * with the territorial changes (tc2018.csv, names from tc-entities.csv); and to match the result
 * with the UCDP import and merge the two (the UCDP import done once, in the setup).
 *
 * <p>The files are the repository's copies, read from {@code src/test/resources/data/}
 * relative to the working directory (run from the project directory), or from the directory named
 * by the system property {@code data.dir}; the setup fails with the missing path if they are not
 * there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CowImportBenchmark {
  Path states;
  Path entities;
  Path changes;
  CowImport cow;
  dev.disputemodel.DisputeModel ucdp;

  /** Locates the files, failing clearly if one is missing, and imports what the matching needs. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("data.dir", "src/test/resources/data"));
    states = existing(dir.resolve("cow/states2016.csv"));
    entities = existing(dir.resolve("cow/tc-entities.csv"));
    changes = existing(dir.resolve("cow/tc2018.csv"));
    System.out.printf(Locale.ROOT, "%n[cow] states=%d bytes, entities=%d bytes, changes=%d bytes%n",
        Files.size(states), Files.size(entities), Files.size(changes));
    cow = CowImporter.importAll(states, entities, changes);
    ucdp = UcdpImporter.importAll(existing(dir.resolve("ucdp/ucdp-prio-acd-231.csv")),
        existing(dir.resolve("ucdp/ucdp-peace-agreements-221.csv"))).model();
  }

  private static Path existing(Path file) {
    return DataFiles.existing(file, "data.dir");
  }

  /** Imports the state list. */
  @Benchmark
  public CowImport states() throws IOException {
    return CowImporter.importStates(states);
  }

  /** Imports the state list, the entity names and the territorial changes. */
  @Benchmark
  public CowImport statesAndChanges() throws IOException {
    return CowImporter.importAll(states, entities, changes);
  }

  /** Matches the COW import with the UCDP import and merges them. */
  @Benchmark
  public dev.disputemodel.DisputeModel matchAndMerge() {
    return PartyMatching.match(cow.model(), ucdp).merge();
  }
}
