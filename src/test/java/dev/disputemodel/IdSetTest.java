package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The id set behind the model builder's integrity check finds ids by equality, not only by
 * identity, keeps kinds apart, and holds as many ids as it was made for, also when their slots
 * collide.
 */
class IdSetTest {

  @Test
  void findsAnEqualIdOfAnotherObject() {
    IdSet set = new IdSet(2);
    assertTrue(set.add(PartyId.of("P1")));
    assertTrue(set.test(PartyId.of("P1")));
    assertFalse(set.add(PartyId.of("P1")), "an equal id is here already");
    assertFalse(set.test(PartyId.of("P2")));
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreDifferent() {
    IdSet set = new IdSet(3);
    assertTrue(set.add(PartyId.of("X")));
    assertTrue(set.add(SourceId.of("X")));
    assertFalse(set.test(ClaimId.of("X")));
    assertTrue(set.test(SourceId.of("X")));
  }

  @Test
  void holdsAsManyIdsAsItWasMadeForAndNoMore() {
    int n = 5000; // ids of one pattern ("K1", "K2", ...), whose hashes run in near sequences
    IdSet set = new IdSet(n);
    for (int i = 0; i < n; i++) {
      assertTrue(set.add(ClaimId.of("K" + i)), "K" + i);
    }
    for (int i = 0; i < 2 * n; i++) {
      assertEquals(i < n, set.test(ClaimId.of("K" + i)), "K" + i);
    }
    assertFalse(set.add(ClaimId.of("K0")), "a full set still finds what it holds");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> set.add(ClaimId.of("K" + n)));
    assertEquals("more than 5000 ids", e.getMessage());
  }

  @Test
  void anEmptySetHoldsNothing() {
    IdSet set = new IdSet(0);
    assertFalse(set.test(PartyId.of("P1")));
    assertThrows(IllegalStateException.class, () -> set.add(PartyId.of("P1")));
  }

  /**
   * Two threads add equal ids, each as its own object, round after round, released together by
   * a spinning barrier and then each delayed by a varying few steps, so that over the rounds the
   * two adds of a round meet at every offset, the same instant included: of each pair exactly
   * one must be added. (An add that reads an empty slot and then writes it, without a
   * compare-and-set, is caught here, about once in five rounds on two cores: a barrier that parks
   * its threads releases them microseconds apart, and the test below did not always catch it.)
   */
  @Test
  void ofEqualIdsAddedByTwoThreadsAtTheSameInstantExactlyOneIsAdded() throws Exception {
    int rounds = 50_000;
    IdSet set = new IdSet(rounds);
    ClaimId[][] ids = new ClaimId[2][rounds];
    for (int r = 0; r < rounds; r++) {
      ids[0][r] = ClaimId.of("K" + r);
      ids[1][r] = ClaimId.of("K" + r);
    }
    AtomicInteger arrived = new AtomicInteger();
    int[] addedBy = new int[2];
    Thread[] threads = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int me = t;
      threads[t] = new Thread(() -> {
        int added = 0;
        for (int r = 0; r < rounds; r++) {
          arrived.incrementAndGet();
          for (int spins = 0; arrived.get() < 2 * (r + 1); spins++) {
            if (spins < 1_000) {
              Thread.onSpinWait();
            } else {
              Thread.yield(); // the other thread has no core of its own just now
            }
          }
          for (int d = (r * (me == 0 ? 7 : 13)) % 32; d > 0; d--) {
            Thread.onSpinWait();
          }
          if (set.addShared(ids[me][r])) {
            added++;
          }
        }
        addedBy[me] = added;
      });
      threads[t].setDaemon(true); // a thread that failed leaves the other waiting: not the JVM
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join(120_000);
      assertFalse(t.isAlive(), "a thread failed, or the machine is too busy: " + t);
    }
    assertEquals(rounds, addedBy[0] + addedBy[1], "added by each: " + Arrays.toString(addedBy));
  }

  @Test
  void ofEqualIdsAddedByThreadsAtOnceExactlyOneIsAdded() throws Exception {
    int n = 3_000;
    int threads = 4;
    IdSet set = new IdSet(n);
    AtomicInteger added = new AtomicInteger();
    CyclicBarrier step = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < n; i++) { // every thread the same id at once, as another object
            ClaimId id = ClaimId.of("K" + i);
            step.await();
            if (set.addShared(id)) {
              added.incrementAndGet();
            }
            assertTrue(set.test(id), "an id added is found at once");
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(n, added.get());
    for (int i = 0; i <= n; i++) {
      assertEquals(i < n, set.test(ClaimId.of("K" + i)), "K" + i);
    }
  }
}
