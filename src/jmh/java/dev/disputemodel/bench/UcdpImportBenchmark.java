package dev.disputemodel.bench;

import dev.disputemodel.ucdp.UcdpImport;
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
 * Time to import the real UCDP releases: the full UCDP/PRIO Armed Conflict Dataset 23.1 alone, and
 * with the Peace Agreement Dataset 22.1 (reading the CSV files, mapping, and building the model).
 *
 * <p>The files are the repository's copies, read from {@code src/test/resources/data/ucdp/}
 * relative to the working directory (run from the project directory), or from the directory named
 * by the system property {@code ucdp.dir}; the setup fails with the missing path if they are not
 * there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UcdpImportBenchmark {
  /** The ACD 23.1 file. */
  Path acd;
  /** The peace agreements 22.1 file. */
  Path agreements;

  /** Locates both files, failing clearly if either is missing, and prints their sizes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("ucdp.dir", "src/test/resources/data/ucdp"));
    acd = existing(dir.resolve("ucdp-prio-acd-231.csv"));
    agreements = existing(dir.resolve("ucdp-peace-agreements-221.csv"));
    System.out.printf(Locale.ROOT, "%n[ucdp] acd=%d bytes, agreements=%d bytes%n",
        Files.size(acd), Files.size(agreements));
  }

  private static Path existing(Path file) {
    return DataFiles.existing(file, "ucdp.dir");
  }

  /** Imports the full ACD 23.1. */
  @Benchmark
  public UcdpImport acd() throws IOException {
    return UcdpImporter.importAcd(acd);
  }

  /** Imports the ACD 23.1 and then the peace agreements 22.1. */
  @Benchmark
  public UcdpImport acdAndAgreements() throws IOException {
    return UcdpImporter.importAll(acd, agreements);
  }
}
