package dev.disputemodel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Parallelism;
import dev.disputemodel.json.JsonFormat;
import dev.disputemodel.testing.BulkModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
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
 * JSON write and read of a whole bulk-generated model ({@link BulkModels}), against Jackson's own
 * tree parse ({@link ObjectMapper#readTree(byte[])}) of the same bytes as the baseline. Single
 * shot: each iteration writes or reads the whole model once.
 *
 * <p>The model and its JSON bytes (written once by {@link JsonFormat#standard()}, indented) are
 * prepared per trial, outside the measurement; the setup prints their size and entity count, from
 * which MB/s and entities/s follow (docs/performance.md). {@code read} includes everything a
 * reader of the format pays: the streaming parse, the codecs with their checks, and
 * {@code DisputeModel.build()}'s validation; it reads in two parts at once, as the default format
 * does, and {@code readOnCallingThread} on one thread. It reads with the default limits: a 1M-claim
 * document (about 315 MB indented) is within them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// AlwaysPreTouch: keeps G1's first-touch page faults out of the figures (docs/performance.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {
  /** Number of claims in the generated model. */
  @Param({"100000", "1000000"})
  public int claims;

  /** The format as a user gets it, with its default limits. */
  JsonFormat json;
  /** The same, reading on the calling thread only. */
  JsonFormat oneThread;
  /** The plain Jackson mapper of the baseline. */
  ObjectMapper mapper;
  /** The generated model. */
  DisputeModel model;
  /** The model written once as JSON (UTF-8). */
  byte[] bytes;

  /** Generates the model, writes it once, and prints the document's size and entity count. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = JsonFormat.standard();
    oneThread = json.withParallelism(Parallelism.callingThread());
    mapper = new ObjectMapper();
    model = BulkModels.generate(42, claims);
    bytes = writeModel();
    System.out.printf(Locale.ROOT, "%n[json] claims=%d entities=%d bytes=%d (%.1f MB)%n",
        claims, model.size(), bytes.length, bytes.length / 1e6);
  }

  private byte[] writeModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(
        bytes == null ? 64 * 1024 * 1024 : bytes.length + 1024);
    json.write(model, out);
    return out.toByteArray();
  }

  /** Writes the model to UTF-8 bytes with {@link JsonFormat}. */
  @Benchmark
  public byte[] write() throws IOException {
    return writeModel();
  }

  /**
   * Reads the model from the bytes with {@link JsonFormat} as a user gets it: parse, decode, check
   * and build, in two parts at once on the common pool ({@link JsonFormat#parallelism()}).
   */
  @Benchmark
  public DisputeModel read() {
    return json.read(bytes);
  }

  /** Reads the model from the bytes on the calling thread only. */
  @Benchmark
  public DisputeModel readOnCallingThread() {
    return oneThread.read(bytes);
  }

  /** Baseline: Jackson's own tree parse of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** Baseline for writing: Jackson writing the same document from its own tree. */
  @Benchmark
  public byte[] jacksonWriteTree(Tree tree) throws IOException {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree.root);
  }

  /** The document parsed once as a Jackson tree, for {@link #jacksonWriteTree}. */
  @State(Scope.Benchmark)
  public static class Tree {
    JsonNode root;

    /** Parses the benchmark's bytes once. */
    @Setup(Level.Trial)
    public void setUp(JsonBenchmark b) throws IOException {
      root = b.mapper.readTree(b.bytes);
    }
  }
}
