package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.Parallelism;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole document held in memory as bytes in two parts at once, one on the calling thread
 * and one forked on a {@link Parallelism}: when the calling thread reaches the {@code claims}
 * array, the other part reads from a claim that begins about the middle of the rest of the
 * document to the document's end with a parser of its own, while the calling thread reads the
 * claims before it. The second part's claims follow the first's, and the model is built once from
 * both, its integrity proved on the same {@code Parallelism}
 * ({@link DisputeModel.Builder#build(Parallelism)}).
 *
 * <p>Where the second part begins is found without reading the first: after the separator this
 * package's writer puts between two entities ({@link #separatorAfter}), which the calling
 * thread's parser confirms (it stops at the first claim beginning there or later, and reads on
 * itself if that claim does not begin exactly there); failing a separator, by a structural scan
 * of the bytes from the array's start (strings and escapes respected, {@link #boundary}).
 *
 * <p>Each part interns ids in tables of its own, the second starting from copies of the tables
 * the first had when it reached the array: the parts share no mutable state, and a reference
 * shares its entity's id object with every reference read in the same part (an id met in both
 * parts for the first time is two equal objects).
 *
 * <p>Only a valid document is read this way: on any problem (or input the two parsers do not
 * agree on) {@link #read} returns null, and the caller reads the document again on one thread,
 * which reports every problem with its path, in document order, as for any other input.
 *
 * <p>One per read; not thread-safe (the second part hands its results over through
 * {@link Parallelism#fork}).
 */
final class SplitRead implements ModelCodec.Split {
  /**
   * The calling thread's share of the bytes from the array's start to the document's end: a
   * little more than half, as the other part reads the arrays after the claims too and starts
   * with its caches cold (at 100k claims, 0.55 gave the shortest reads of 0.50, 0.55 and 0.60,
   * interleaved in one JVM; decision 0007).
   */
  static final double FIRST_SHARE = 0.55;

  private static final String ARRAY = "claims";

  private final JsonFactory factory;
  private final int maxProblems;
  private final byte[] bytes;
  private final Parallelism parallelism;
  /** The second part, once forked. */
  private @Nullable Second<?> second;
  /** The whole document, once the second part has read its rest. */
  private ModelCodec.@Nullable Document whole;
  /** The context of the second part, once it has read the rest of the document. */
  private @Nullable ReadContext rest;
  /** The claims read, once both parts are, or once the calling thread has read them all. */
  private EntityArray.@Nullable Read<?> claims;

  SplitRead(JsonFactory factory, int maxProblems, byte[] bytes, Parallelism parallelism) {
    this.factory = factory;
    this.maxProblems = maxProblems;
    this.bytes = bytes;
    this.parallelism = parallelism;
  }

  /**
   * Returns the model in the bytes, read in two parts at once if its claims can be split, or null
   * if the document has a problem or its parts do not meet: the caller then reads it on one
   * thread. Call once.
   */
  @Nullable DisputeModel tryRead() {
    try {
      return read();
    } catch (IOException | RuntimeException e) {
      return null; // read again on one thread, which reports what is wrong
    } finally {
      awaitSecond();
    }
  }

  /**
   * Returns the JSON path recorded for the {@code i}th claim read (after {@link #tryRead}, if the
   * claims were read in two parts, or the first part read on past a guess), as a problem with it
   * would be reported: {@code $.claims[i]}. For tests of the parts' numbering.
   *
   * @throws IllegalStateException if the claims were not read so
   */
  String claimPath(int i) {
    if (claims == null) {
      throw new IllegalStateException("the claims were not read in parts");
    }
    return claims.path(i);
  }

  /** Returns true if the second part read the rest of the document (after {@link #tryRead}). */
  boolean wasSplit() {
    return whole != null;
  }

  /**
   * After the read: keeps the second part from beginning if it has not, else waits for it, so no
   * work of a read outlives it.
   */
  private void awaitSecond() {
    if (second != null) {
      try {
        second.cancelOrAwait();
      } catch (RuntimeException e) {
        // already failed: the caller reads the document again
      }
    }
  }

  private @Nullable DisputeModel read() throws IOException {
    try (JsonParser p = factory.createParser(bytes)) {
      ReadContext in = new ReadContext(p, maxProblems);
      ModelCodec.Document doc = new ModelCodec.Document();
      if (ModelCodec.readFields(in, doc, ModelCodec.start(in), this)) {
        return ModelCodec.finish(in, doc);
      }
      if (in.problemCount() > 0 || rest == null || whole == null || rest.problemCount() > 0) {
        return null;
      }
      return ModelCodec.build(rest, whole.read, whole.broken, parallelism);
    }
  }

  @Override
  public boolean wants(EntityArray<?> array) {
    return second == null && array.name.equals(ARRAY);
  }

  @Override
  public boolean read(ReadContext in, ModelCodec.Document doc, EntityArray<?> array)
      throws IOException {
    return readSplit(in, doc, array);
  }

  private <T extends Entity> boolean readSplit(
      ReadContext in, ModelCodec.Document doc, EntityArray<T> array) throws IOException {
    JsonParser p = in.parser();
    long open = p.currentTokenLocation().getByteOffset();
    int order = doc.read.size();
    if (open < 0 || open >= bytes.length || bytes[(int) open] != '[') { // not bytes as expected
      doc.read.add(array.read(in, order, doc.broken));
      return false;
    }
    long target = open + (long) ((bytes.length - open) * FIRST_SHARE);
    int guess = separatorAfter(bytes, target);
    Second<T> work = new Second<>(array, order, (int) open, target, guess, in.copyIds(),
        new ModelCodec.Document(doc));
    second = work;
    work.fork(parallelism);
    EntityArray.Read<T> first = array.newRead(order);
    int stop = array.readElements(in, first, 0, guess >= 0 ? guess : target, doc.broken);
    if (stop < 0) { // the array ended before the split point: it is read, whole, here
      doc.read.add(first);
      return false;
    }
    long stoppedAt = p.currentTokenLocation().getByteOffset();
    if (guess >= 0 && stoppedAt != guess) { // no element begins at the guess: read on here
      array.readFrom(in, first, stop, doc.broken);
      doc.read.add(first);
      claims = first;
      return false;
    }
    work.join();
    if (work.read == null || work.start != stoppedAt || guess < 0 && work.index != stop) {
      throw new IllegalStateException("the parts do not meet"); // read again on one thread
    }
    first.addAll(work.read, stop);
    claims = first;
    work.doc.read.set(order, first);
    whole = work.doc;
    rest = work.in;
    return true;
  }

  /**
   * The second part: finds where it begins, then reads from there to the document's end. It runs
   * once, on the thread that begins it first: a worker of the {@link Parallelism}, or the calling
   * thread if no worker has begun it when the first part is read (a pool with no free worker
   * does not hold a read up).
   */
  private final class Second<T extends Entity> {
    private static final int NOT_BEGUN = 0;
    private static final int BEGUN_BY_WORKER = 1;
    private static final int BEGUN_HERE = 2;

    /** Who began this part, if anyone. */
    private final AtomicInteger begun = new AtomicInteger(NOT_BEGUN);
    private @Nullable Supplier<Second<T>> forked;
    private final EntityArray<T> array;
    private final int order;
    private final int open;
    private final long target;
    /** Where the part begins if a separator was found ({@link #separatorAfter}), else -1. */
    private final int guess;
    private final IdTable[] ids;
    final ModelCodec.Document doc;
    /**
     * The index of the first element read here, found by the structural scan; -1 if the array
     * ends before the target, or if the part begins at a guess (then the first part's index of
     * the element at the guess is its index).
     */
    int index = -1;
    /** The byte at which that element begins. */
    long start = -1;
    @Nullable ReadContext in;
    EntityArray.@Nullable Read<T> read;

    Second(EntityArray<T> array, int order, int open, long target, int guess, IdTable[] ids,
        ModelCodec.Document doc) {
      this.array = array;
      this.order = order;
      this.open = open;
      this.target = target;
      this.guess = guess;
      this.ids = ids;
      this.doc = doc;
    }

    /** Starts this part on {@code parallelism}, where a worker may begin it. */
    void fork(Parallelism parallelism) {
      forked = parallelism.fork(() -> {
        if (begun.compareAndSet(NOT_BEGUN, BEGUN_BY_WORKER)) {
          read();
        }
        return this;
      });
    }

    /**
     * Returns once this part is read: reads it on the calling thread if no worker has begun it,
     * else waits for the worker.
     *
     * @throws UncheckedIOException if the input failed, or a runtime exception the part threw
     */
    void join() {
      if (begun.compareAndSet(NOT_BEGUN, BEGUN_HERE)) {
        read();
      } else {
        awaitWorker();
      }
    }

    /** Keeps this part from beginning if it has not, else waits for it to end. */
    void cancelOrAwait() {
      if (!begun.compareAndSet(NOT_BEGUN, BEGUN_HERE)) {
        awaitWorker();
      }
    }

    private void awaitWorker() {
      if (begun.get() == BEGUN_BY_WORKER && forked != null) {
        forked.get();
      }
    }

    private void read() {
      try {
        readRest();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // left to the read on one thread
      }
    }

    private Second<T> readRest() throws IOException {
      if (guess >= 0) {
        start = guess;
      } else {
        long found = boundary(bytes, open, target);
        if (found < 0) {
          return this;
        }
        index = (int) (found >>> 32);
        start = (int) found;
      }
      byte[] head = ("{\"" + array.name + "\":[").getBytes(StandardCharsets.UTF_8);
      InputStream tail = new SequenceInputStream(new ByteArrayInputStream(head),
          new ByteArrayInputStream(bytes, (int) start, bytes.length - (int) start));
      try (JsonParser p = factory.createParser(tail)) {
        ReadContext context = new ReadContext(p, maxProblems, ids);
        in = context;
        if (!array.name.equals(ModelCodec.start(context))) {
          throw new IllegalStateException("not the array's head");
        }
        p.nextToken(); // the array's start
        EntityArray.Read<T> part = array.newRead(order);
        read = part;
        array.readElements(context, part, 0, Long.MAX_VALUE, doc.broken); // numbered from 0
        doc.read.add(part);
        ModelCodec.readFields(context, doc, p.nextFieldName(), null);
        ModelCodec.checkEnd(context, doc);
      }
      return this;
    }
  }

  /**
   * The separator the writer puts between two elements of one of the document's arrays when it
   * indents: a line feed, the two spaces of that depth, and {@code "}, {"}. A raw line feed is
   * never inside a JSON string, and deeper objects are indented further.
   */
  private static final byte[] INDENTED = "\n  }, {".getBytes(StandardCharsets.US_ASCII);
  /**
   * The separator the compact writer puts before an entity, which begins with its id:
   * {@code },{"id":"}. A raw {@code {"} is never inside a JSON string.
   */
  private static final byte[] COMPACT = "},{\"id\":\"".getBytes(StandardCharsets.US_ASCII);
  /** How many bytes past the target {@link #separatorAfter} looks for a separator. */
  static final int SEPARATOR_SEARCH = 64 * 1024;

  /**
   * Returns the byte at which, after the first separator the writer puts between two entities
   * ({@link #INDENTED}, else {@link #COMPACT}) within {@value #SEPARATOR_SEARCH} bytes, the
   * next entity's object begins, if that is at {@code target} or later; else -1. It is only a
   * guess, found without scanning the document from the array's start: the first part's parser
   * confirms it, as the second part begins there only if an element of the array does.
   */
  static int separatorAfter(byte[] b, long target) {
    int end = (int) Math.min(b.length, target + SEPARATOR_SEARCH);
    int at = indexOf(b, INDENTED, target - (INDENTED.length - 1), end);
    if (at >= 0) {
      return at + INDENTED.length - 1;
    }
    at = indexOf(b, COMPACT, target - 2, end);
    return at < 0 ? -1 : at + 2;
  }

  /** Returns the first index from {@code from} of {@code pattern} within {@code b[.., end)}, or -1. */
  private static int indexOf(byte[] b, byte[] pattern, long from, int end) {
    byte head = pattern[0];
    for (int i = (int) Math.max(0, from); i <= end - pattern.length; i++) {
      if (b[i] == head && Arrays.equals(b, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the first element of the array that opens at byte {@code open} that begins at byte
   * {@code target} or later, as its index in the array (high 32 bits) and its first byte (low 32
   * bits); or -1 if the array ends before, or that element is not an object. Scans the bytes
   * only for structure: brackets and braces outside strings, and the commas between elements.
   */
  static long boundary(byte[] b, int open, long target) {
    int depth = 0;
    int index = 0;
    int i = open + 1;
    while (i < b.length) {
      byte c = b[i++];
      if (c == '"') {
        while (i < b.length) {
          byte d = b[i++];
          if (d == '\\') {
            i++;
          } else if (d == '"') {
            break;
          }
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return -1;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        index++;
        int j = i;
        while (j < b.length && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t')) {
          j++;
        }
        if (j >= target) {
          return j < b.length && b[j] == '{' ? (long) index << 32 | j : -1;
        }
      }
    }
    return -1;
  }
}
