package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Where work runs, and that results keep the items' order wherever it runs. */
class ParallelismTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(2);

  @AfterAll
  static void shutDown() {
    POOL.shutdown();
  }

  static List<Parallelism> all() {
    return List.of(Parallelism.commonPool(), Parallelism.callingThread(), Parallelism.of(POOL));
  }

  @Test
  void mapKeepsTheItemsOrderAndDropsNulls() {
    for (int size : new int[] {10, Parallelism.SPLIT_THRESHOLD + 1_000}) {
      List<Integer> items = IntStream.range(0, size).boxed().toList();
      List<Integer> expected = new ArrayList<>();
      items.stream().filter(i -> i % 3 != 0).forEach(i -> expected.add(i * 2));
      for (Parallelism p : all()) {
        assertEquals(expected, p.map(items, i -> i % 3 == 0 ? null : i * 2), p + " " + size);
        assertEquals(expected, p.mapEach(items, i -> i % 3 == 0 ? null : i * 2), p + " " + size);
      }
    }
  }

  @Test
  void theCallingThreadRunsEverythingItself() {
    Parallelism here = Parallelism.callingThread();
    assertFalse(here.isParallel());
    Thread me = Thread.currentThread();
    List<Integer> items = IntStream.range(0, Parallelism.SPLIT_THRESHOLD * 2).boxed().toList();
    assertEquals(Set.of(me), threadsOf(here.map(items, i -> Thread.currentThread())));
    assertEquals(Set.of(me), threadsOf(here.mapEach(List.of(1, 2, 3), i -> Thread.currentThread())));
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    Supplier<String> forked = here.fork(() -> {
      ranOn.set(Thread.currentThread());
      return "done";
    });
    assertEquals(null, ranOn.get(), "nothing runs before it is asked for");
    assertEquals("done", forked.get());
    assertSame(me, ranOn.get());
    assertEquals("done", forked.get(), "asked again: the same result");
  }

  @Test
  void aGivenPoolRunsTheWork() {
    Parallelism pool = Parallelism.of(POOL);
    assertTrue(pool.isParallel());
    List<Integer> items = IntStream.range(0, Parallelism.SPLIT_THRESHOLD * 2).boxed().toList();
    assertEquals(Set.of(POOL), poolsOf(pool.map(items, i -> ForkJoinTask.getPool())));
    assertEquals(Set.of(POOL), poolsOf(pool.mapEach(List.of(1, 2, 3, 4), i -> ForkJoinTask.getPool())));
    // nested, as contested-question splits its questions inside a rule the checker runs
    List<List<ForkJoinPool>> nested = pool.mapEach(List.of(1, 2),
        i -> pool.map(items, j -> ForkJoinTask.getPool()));
    nested.forEach(pools -> assertEquals(Set.of(POOL), poolsOf(pools)));
    assertSame(POOL, pool.fork(ForkJoinTask::getPool).get());
  }

  @Test
  void theCommonPoolIsTheDefaultAndEqualsItself() {
    assertSame(Parallelism.commonPool(), Parallelism.of(ForkJoinPool.commonPool()));
    assertEquals(Parallelism.of(POOL), Parallelism.of(POOL));
    assertEquals(Parallelism.of(POOL).hashCode(), Parallelism.of(POOL).hashCode());
    assertNotEquals(Parallelism.of(POOL), Parallelism.commonPool());
    assertNotEquals(Parallelism.callingThread(), Parallelism.commonPool());
    assertEquals("Parallelism[calling thread]", Parallelism.callingThread().toString());
    assertThrows(NullPointerException.class, () -> Parallelism.of(null));
  }

  private static Set<Thread> threadsOf(List<Thread> threads) {
    Set<Thread> out = ConcurrentHashMap.newKeySet();
    out.addAll(threads);
    return out;
  }

  private static Set<ForkJoinPool> poolsOf(List<ForkJoinPool> pools) {
    Set<ForkJoinPool> out = ConcurrentHashMap.newKeySet();
    out.addAll(pools);
    return out;
  }
}
