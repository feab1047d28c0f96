package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import dev.disputemodel.Claim;
import dev.disputemodel.CountingPool;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Parallelism;
import dev.disputemodel.Reference;
import dev.disputemodel.testing.BulkModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading bytes in two parts at once ({@link SplitRead}): the same model as a read on one thread,
 * references sharing their entity's id object within a part, and, for a document with any
 * problem, nothing from the split read and the one-thread read's exact report from
 * {@link JsonFormat#read(byte[])}.
 */
class JsonSplitReadTest {
  private static final JsonFormat ONE_THREAD =
      JsonFormat.standard().withParallelism(Parallelism.callingThread());

  private static byte[] bytes(JsonFormat format, DisputeModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static SplitRead split(byte[] doc, Parallelism parallelism) {
    return new SplitRead(new JsonFactory(), JsonFormat.DEFAULT_MAX_PROBLEMS, doc, parallelism);
  }

  /** Reads {@code doc} split, however short, or on one thread if the split read gives nothing. */
  private static DisputeModel splitOrOneThread(byte[] doc) {
    DisputeModel model = split(doc, Parallelism.commonPool()).tryRead();
    return model != null ? model : ONE_THREAD.read(doc);
  }

  @Test
  void readsGeneratedModelsInTwoPartsSharingTheIdsReadBeforeTheClaims() {
    for (long seed = 1; seed <= 4; seed++) {
      DisputeModel model = BulkModels.generate(seed, 300);
      for (boolean pretty : new boolean[] {true, false}) {
        byte[] doc = bytes(JsonFormat.standard().withPretty(pretty), model);
        SplitRead split = split(doc, Parallelism.commonPool());
        DisputeModel read = split.tryRead();
        assertTrue(split.wasSplit(), "seed " + seed);
        assertEquals(model, read);
        assertIdsSharedBeforeClaims(read);
        assertClaimsNumberedInOrder(split, model.claims().size());
      }
    }
  }

  @Test
  void aLargeDocumentReadsTheSameWithEveryParallelismFromBytesAndFiles(@TempDir Path dir)
      throws IOException {
    DisputeModel model = BulkModels.generate(11, 4_000);
    byte[] doc = bytes(JsonFormat.standard(), model);
    assertTrue(doc.length >= JsonFormat.SPLIT_LENGTH, "bytes " + doc.length);
    Path file = Files.write(dir.resolve("model.json"), doc);
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      for (Parallelism p : List.of(Parallelism.commonPool(), Parallelism.of(pool),
          Parallelism.callingThread())) {
        JsonFormat format = JsonFormat.standard().withParallelism(p);
        assertEquals(model, format.read(doc), p.toString());
        assertEquals(model, format.read(file), p.toString());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theSecondPartIsForkedOnTheGivenPool() {
    DisputeModel model = BulkModels.generate(8, 200);
    try (CountingPool pool = new CountingPool(1)) {
      SplitRead split = split(bytes(JsonFormat.standard(), model), pool.parallelism());
      assertEquals(model, split.tryRead());
      assertTrue(split.wasSplit());
      assertTrue(pool.workersStarted() >= 1,
          "a worker is started only for work handed to the pool");
    }
  }

  @Test
  void theCallingThreadReadsTheSecondPartWhenNoWorkerIsFree() throws Exception {
    DisputeModel model = BulkModels.generate(7, 200);
    byte[] doc = bytes(JsonFormat.standard(), model);
    ForkJoinPool pool = new ForkJoinPool(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(1);
    try {
      pool.execute(() -> { // the pool's only worker waits until the read is over
        busy.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      busy.await();
      SplitRead split = split(doc, Parallelism.of(pool));
      DisputeModel read = assertTimeoutPreemptively(Duration.ofSeconds(30), split::tryRead);
      assertEquals(model, read);
      assertTrue(split.wasSplit());
    } finally {
      release.countDown();
      pool.shutdown();
    }
  }

  /**
   * Asserts that every reference to an entity read before the claims (a party, a territory,
   * ...) is the entity's own id object, in both parts, and that references to the others are
   * equal to their entity's id.
   */
  private static void assertIdsSharedBeforeClaims(DisputeModel model) {
    Map<EntityId, EntityId> declared = new HashMap<>();
    for (Entity e : model.entities()) {
      declared.put(e.id(), e.id());
    }
    Set<EntityId> beforeClaims = new HashSet<>();
    model.parties().forEach(e -> beforeClaims.add(e.id()));
    model.territories().forEach(e -> beforeClaims.add(e.id()));
    model.conflicts().forEach(e -> beforeClaims.add(e.id()));
    int shared = 0;
    for (Claim c : model.claims()) {
      for (Reference r : c.references()) {
        EntityId target = declared.get(r.target());
        assertEquals(target, r.target(), c.id() + " " + r.field());
        if (beforeClaims.contains(target)) {
          assertSame(target, r.target(), c.id() + " " + r.field());
          shared++;
        }
      }
    }
    assertTrue(shared > 300, "references shared " + shared);
  }

  @Test
  void findsTheFirstElementFromTheTargetOutsideStringsAndNestedValues() {
    String text = "[{\"a\":\"x,{\\\"\"}, {\"b\":[1,2]},\n {\"c\":\"]\"} ]";
    byte[] doc = text.getBytes(StandardCharsets.UTF_8);
    int b = text.indexOf("{\"b");
    int c = text.indexOf("{\"c");
    assertEquals((1L << 32) | b, SplitRead.boundary(doc, 0, 1));
    assertEquals((1L << 32) | b, SplitRead.boundary(doc, 0, b));
    assertEquals((2L << 32) | c, SplitRead.boundary(doc, 0, b + 1));
    assertEquals(-1, SplitRead.boundary(doc, 0, c + 1)); // the array ends first
    byte[] notAnObject = "[{}, 1, {}]".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, SplitRead.boundary(notAnObject, 0, 2));
  }

  @Test
  void findsTheWritersSeparatorBetweenEntitiesFromTheTarget() {
    String pretty = "{\n  \"claims\" : [ {\n    \"id\" : \"K1\"\n  }, {\n    \"id\" : \"K2\"\n  } ]\n}";
    int k2 = pretty.indexOf("{\n    \"id\" : \"K2");
    assertEquals(k2, SplitRead.separatorAfter(ascii(pretty), 0));
    assertEquals(k2, SplitRead.separatorAfter(ascii(pretty), k2), "the separator begins before");
    assertEquals(-1, SplitRead.separatorAfter(ascii(pretty), k2 + 1));
    String compact = "{\"claims\":[{\"id\":\"K1\",\"propositions\":[{\"type\":\"a\"},"
        + "{\"type\":\"b\"}]},{\"id\":\"K2\"}]}";
    int c2 = compact.indexOf("{\"id\":\"K2");
    assertEquals(c2, SplitRead.separatorAfter(ascii(compact), 0), "not between propositions");
    assertEquals(c2, SplitRead.separatorAfter(ascii(compact), c2));
    assertEquals(-1, SplitRead.separatorAfter(ascii(compact), c2 + 1));
    String far = "[" + " ".repeat(SplitRead.SEPARATOR_SEARCH) + pretty;
    assertEquals(-1, SplitRead.separatorAfter(ascii(far), 1), "further than it looks");
    String separator = "\n  }, {";
    String atTheEdge = "[" + " ".repeat(SplitRead.SEPARATOR_SEARCH - separator.length()) + separator;
    assertEquals(SplitRead.SEPARATOR_SEARCH, SplitRead.separatorAfter(ascii(atTheEdge), 1),
        "the last separator it looks at ends at the end of the search");
    assertEquals(-1, SplitRead.separatorAfter(ascii(" " + atTheEdge), 1));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aSeparatorThatIsNotBetweenEntitiesIsReadOnByTheFirstPart() {
    DisputeModel model = BulkModels.generate(13, 3_000);
    String text = JsonFormat.standard().withPretty(false).write(model);
    int open = text.indexOf("\"claims\":[") + "\"claims\":".length();
    long target = open + (long) ((text.length() - open) * SplitRead.FIRST_SHARE);
    int nested = text.indexOf("},{\"type\"", (int) target); // between two propositions of a claim
    assertTrue(nested > 0 && nested < target + 10_000, "two propositions after " + target);
    // the indented writer's separator, where no entity begins
    String doc = text.substring(0, nested) + "\n  }, {" + text.substring(nested + 3);
    assertEquals(nested + 6, SplitRead.separatorAfter(ascii(doc), target));
    SplitRead split = split(ascii(doc), Parallelism.commonPool());
    assertEquals(model, split.tryRead());
    assertFalse(split.wasSplit());
    assertClaimsNumberedInOrder(split, model.claims().size());
  }

  /** Asserts that the parts numbered the claims as their places in the whole array. */
  private static void assertClaimsNumberedInOrder(SplitRead split, int claims) {
    for (int i = 0; i < claims; i++) {
      assertEquals("$.claims[" + i + "]", split.claimPath(i));
    }
  }

  @Test
  void aDocumentWithoutTheWritersSeparatorsIsSplitAfterAScan() {
    DisputeModel model = BulkModels.generate(14, 400);
    String text = JsonFormat.standard().write(model);
    // as another writer indents: each element of an array on a line of its own
    String other = text.replace("\n  }, {", "\n  },\n  {");
    assertFalse(other.equals(text));
    long open = other.indexOf("\"claims\" : [") + "\"claims\" : ".length();
    assertEquals(-1, SplitRead.separatorAfter(ascii(other), open));
    SplitRead split = split(ascii(other), Parallelism.commonPool());
    assertEquals(model, split.tryRead());
    assertTrue(split.wasSplit());
    assertClaimsNumberedInOrder(split, model.claims().size());
  }

  @Test
  void findsNoElementInInputThatEndsFirst() {
    for (String text : new String[] {"[{}", "[{\"a\":\"x", "[{\"a\":\"x\\", "[{},", "[{}, \n",
        "[{}, {\"a\":[1,"}) {
      byte[] doc = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(-1, SplitRead.boundary(doc, 0, doc.length), text);
      assertEquals(-1, SplitRead.boundary(doc, 0, Long.MAX_VALUE), text);
    }
  }

  @Test
  void aDocumentItCannotSplitIsReadWholeOnTheCallingThread() {
    DisputeModel generated = BulkModels.generate(9, 40);
    DisputeModel model = DisputeModel.builder().from(generated).mediators(List.of()).build();
    // no claims array (and no mediators, whose roles name claims)
    DisputeModel noClaims = DisputeModel.builder().from(model).claims(List.of()).build();
    // claims that end before the split point: the sources after them are most of the document
    DisputeModel fewClaims = DisputeModel.builder().from(model)
        .claims(model.claims().stream().filter(c -> c.ends().isEmpty()).limit(2).toList())
        .build();
    for (DisputeModel m : List.of(noClaims, fewClaims)) {
      SplitRead split = split(bytes(JsonFormat.standard(), m), Parallelism.commonPool());
      assertEquals(m, split.tryRead());
      assertFalse(split.wasSplit());
    }
  }

  @Test
  void aDocumentWithAnyProblemGetsNothingFromTheSplitReadAndTheOneThreadReport() {
    DisputeModel model = BulkModels.generate(3, 100);
    byte[] good = bytes(JsonFormat.standard(), model);
    Random random = new Random(12);
    int refused = 0;
    for (int i = 0; i < 200; i++) {
      byte[] doc = mutate(good, random);
      DisputeModel one;
      String report;
      try {
        one = ONE_THREAD.read(doc);
        report = null;
      } catch (JsonFormatException e) {
        one = null;
        report = e.getMessage();
      }
      DisputeModel fromSplit = split(doc, Parallelism.commonPool()).tryRead();
      if (one == null) {
        refused++;
        assertTrue(fromSplit == null, report);
        JsonFormatException e =
            assertThrows(JsonFormatException.class, () -> splitOrOneThread(doc));
        assertEquals(report, e.getMessage());
      } else {
        if (fromSplit != null) {
          assertEquals(one, fromSplit);
        }
        assertEquals(one, splitOrOneThread(doc));
      }
    }
    assertTrue(refused > 100, "refused " + refused);
  }

  /**
   * Returns {@code doc} with one random change: a byte replaced by one that matters to JSON, a
   * few bytes taken out, a stretch repeated (a claim twice: a duplicate id), or a digit changed
   * (an id no entity has).
   */
  private static byte[] mutate(byte[] doc, Random random) {
    byte[] out = doc.clone();
    int at = random.nextInt(doc.length);
    switch (random.nextInt(4)) {
      case 0 -> out[at] = (byte) "{}[],:\"\\ x0-\u00e9".charAt(random.nextInt(13));
      case 1 -> {
        int n = Math.min(1 + random.nextInt(12), doc.length - at);
        out = new byte[doc.length - n];
        System.arraycopy(doc, 0, out, 0, at);
        System.arraycopy(doc, at + n, out, at, doc.length - at - n);
      }
      case 2 -> {
        int n = Math.min(1 + random.nextInt(600), doc.length - at);
        int to = random.nextInt(doc.length);
        out = new byte[doc.length + n];
        System.arraycopy(doc, 0, out, 0, to);
        System.arraycopy(doc, at, out, to, n);
        System.arraycopy(doc, to, out, to + n, doc.length - to);
      }
      default -> {
        for (int i = at; i < doc.length; i++) {
          if (doc[i] >= '0' && doc[i] <= '9') {
            out[i] = (byte) ('0' + (doc[i] - '0' + 1 + random.nextInt(9)) % 10);
            break;
          }
        }
      }
    }
    return out;
  }

  @Test
  void theSecondPartReportsWhatIsWrongAfterTheClaims() {
    DisputeModel model = BulkModels.generate(6, 300);
    String text = JsonFormat.standard().write(model);
    String noVersion = text.replaceFirst("\"formatVersion\" *: *\"[0-9.]+\" *,", "");
    assertFalse(noVersion.equals(text));
    for (String doc : List.of(noVersion, text + " {}", text + " x")) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertEquals(null, split(bytes, Parallelism.commonPool()).tryRead());
      JsonFormatException one =
          assertThrows(JsonFormatException.class, () -> ONE_THREAD.read(bytes));
      JsonFormatException e =
          assertThrows(JsonFormatException.class, () -> splitOrOneThread(bytes));
      assertEquals(one.getMessage(), e.getMessage());
    }
  }

  @Test
  void readsOtherEncodingsAndAByteOrderMarkAsOnOneThread() {
    DisputeModel model = BulkModels.generate(5, 100);
    String text = JsonFormat.standard().write(model);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    SplitRead withMark = split(bom, Parallelism.commonPool());
    assertEquals(model, withMark.tryRead());
    assertTrue(withMark.wasSplit());
    for (byte[] chars : List.of(text.getBytes(StandardCharsets.UTF_16BE),
        text.getBytes(StandardCharsets.UTF_16LE))) {
      SplitRead split = split(chars, Parallelism.commonPool());
      assertEquals(model, split.tryRead()); // read whole: its offsets are not in bytes
      assertFalse(split.wasSplit());
    }
  }

  @Test
  void aDocumentAboveTheInputLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    byte[] doc = bytes(JsonFormat.standard(), BulkModels.generate(5, 4_000));
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JsonFormat.standard().withMaxInputLength(doc.length - 1).read(doc));
    assertTrue(e.getMessage().contains("(" + doc.length + " bytes)"), e.getMessage());
    Path file = Files.write(dir.resolve("model.json"), doc);
    e = assertThrows(JsonFormatException.class,
        () -> JsonFormat.standard().withMaxInputLength(doc.length - 1).read(file));
    assertTrue(e.getMessage().contains("(" + doc.length + " bytes)"), e.getMessage());
    assertEquals(BulkModels.generate(5, 4_000),
        JsonFormat.standard().withMaxInputLength(doc.length).read(doc));
  }

  @Test
  void readsAreParallelByDefaultAndCanBeKeptOnTheCallingThread() {
    assertEquals(Parallelism.commonPool(), JsonFormat.standard().parallelism());
    assertEquals(Parallelism.callingThread(), ONE_THREAD.parallelism());
    assertEquals(Parallelism.callingThread(), ONE_THREAD.withMaxProblems(3).parallelism());
    assertEquals(Parallelism.callingThread(), ONE_THREAD.withPretty(false).parallelism());
    assertEquals(Parallelism.callingThread(), ONE_THREAD.withMaxNestingDepth(3).parallelism());
    assertEquals(Parallelism.callingThread(), ONE_THREAD.withMaxInputLength(3).parallelism());
    assertTrue(ONE_THREAD.toString().endsWith(", pretty, reads on the calling thread]"),
        ONE_THREAD.toString());
    assertThrows(NullPointerException.class, () -> JsonFormat.standard().withParallelism(null));
  }
}
