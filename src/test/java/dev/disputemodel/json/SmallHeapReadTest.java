package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading holds memory for the model read, not for the input: hostile documents just under a
 * 64 MiB input limit are read in a JVM of its own with a {@value #HEAP} heap, and refused with a
 * bounded {@link JsonFormatException}, never an {@link OutOfMemoryError}. The input is made as it
 * is read, so it takes no memory of its own.
 */
class SmallHeapReadTest {
  private static final String HEAP = "-Xmx40m";
  private static final int LIMIT = 64 << 20;

  @ParameterizedTest
  @ValueSource(strings = {"empty-objects", "broken-parties", "long-unknown-array"})
  void aNearLimitHostileDocumentIsRefusedInASmallHeap(String kind) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-XX:+UseSerialGC", "-cp", classPath(), Child.class.getName(), kind));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "still running: " + out);
    assertEquals(0, child.exitValue(), out);
    assertTrue(out.startsWith("refused "), out);
  }

  /** The class path of this test run, the module path included, for a class-path child JVM. */
  private static String classPath() {
    return Stream.of("jdk.module.path", "java.class.path")
        .map(p -> System.getProperty(p, ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .filter(p -> !p.isEmpty())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Reads one generated hostile document and prints how it was refused. */
  static final class Child {
    private Child() {}

    public static void main(String[] args) throws IOException {
      String kind = args[0];
      InputStream in = switch (kind) {
        case "empty-objects" -> document("{\"formatVersion\":\"1.1\",\"parties\":[", "{},", "{}]}");
        case "broken-parties" -> new Repeated("{\"formatVersion\":\"1.1\",\"parties\":[",
            i -> "{\"id\":\"P" + i + "\"},", "{}]}");
        case "long-unknown-array" -> document("{\"formatVersion\":\"1.1\",\"x\":[", "0,", "0]}");
        default -> throw new IllegalArgumentException(kind);
      };
      try {
        JsonFormat.standard().withMaxInputLength(LIMIT).read(in);
        System.out.println("read a model");
      } catch (JsonFormatException e) {
        if (e.getMessage().length() > 100_000) {
          System.out.println("message of " + e.getMessage().length() + " characters");
          System.exit(2);
        }
        System.out.println("refused " + e.problems().size() + " + " + e.omittedProblems());
      } catch (OutOfMemoryError e) {
        System.out.println("out of memory");
        System.exit(3);
      }
    }

    /** A document of {@code head}, then {@code item} repeated to just under the limit, then {@code tail}. */
    private static InputStream document(String head, String item, String tail) {
      return new Repeated(head, i -> item, tail);
    }
  }

  /** Generated text: a head, items until about 1 MiB below {@link #LIMIT}, a tail. */
  private static final class Repeated extends InputStream {
    private final java.util.function.IntFunction<String> item;
    private final String tail;
    private byte[] chunk;
    private int at;
    private long written;
    private int index;
    private boolean ended;

    Repeated(String head, java.util.function.IntFunction<String> item, String tail) {
      this.item = item;
      this.tail = tail;
      this.chunk = head.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length && !next()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      written += n;
      return n;
    }

    private boolean next() {
      if (ended) {
        return false;
      }
      StringBuilder text = new StringBuilder(8192);
      if (written + (1 << 20) > LIMIT) {
        text.append(tail);
        ended = true;
      } else {
        while (text.length() < 8192) {
          text.append(item.apply(index++));
        }
      }
      chunk = text.toString().getBytes(StandardCharsets.UTF_8);
      at = 0;
      return true;
    }
  }
}
