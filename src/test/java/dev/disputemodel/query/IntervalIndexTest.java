package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The interval index returns exactly the intervals that meet the query, on random intervals. */
class IntervalIndexTest {
  @Test
  void overlappingEqualsBruteForce() {
    Random r = new Random(42);
    int hits = 0;
    for (int round = 0; round < 300; round++) {
      int n = r.nextInt(200);
      long[] lo = new long[n];
      long[] hi = new long[n];
      for (int i = 0; i < n; i++) {
        lo[i] = r.nextInt(10) == 0 ? Long.MIN_VALUE : r.nextInt(10_000);
        long len = 1 + (long) Math.pow(2, r.nextInt(12)) + r.nextInt(100);
        hi[i] = r.nextInt(10) == 0 ? Long.MAX_VALUE : (lo[i] == Long.MIN_VALUE ? r.nextInt(10_000) : lo[i] + len);
      }
      IntervalIndex index = new IntervalIndex(lo, hi);
      int[] all = IntStream.range(0, n).toArray();
      for (int q = 0; q < 20; q++) {
        long qlo = r.nextInt(8) == 0 ? Long.MIN_VALUE : r.nextInt(11_000) - 500;
        long qhi = r.nextInt(8) == 0 ? Long.MAX_VALUE : (qlo == Long.MIN_VALUE ? r.nextInt(11_000) : qlo + 1 + r.nextInt(3000));
        hits += assertSameAsScan(index, lo, hi, all, qlo, qhi);
      }
    }
    assertTrue(hits > 10_000, "the random intervals overlap often enough to test something: " + hits);
  }

  /**
   * The narrow reading of uncertain dates (latest start, earliest end) may end before it starts;
   * such an item meets every query that contains its reversed span. Only the items given are
   * indexed.
   */
  @Test
  void reversedIntervalsAndSubsets() {
    Random r = new Random(7);
    int hits = 0;
    for (int round = 0; round < 300; round++) {
      int n = r.nextInt(200);
      long[] lo = new long[n];
      long[] hi = new long[n];
      for (int i = 0; i < n; i++) {
        lo[i] = r.nextInt(10_000);
        hi[i] = r.nextInt(12) == 0 ? Long.MAX_VALUE : lo[i] + r.nextInt(4_000) - 2_000;
      }
      int[] items = IntStream.range(0, n).filter(i -> r.nextInt(4) != 0).toArray();
      IntervalIndex index = new IntervalIndex(lo, hi, items);
      for (int q = 0; q < 20; q++) {
        long qlo = r.nextInt(11_000) - 500;
        hits += assertSameAsScan(index, lo, hi, items, qlo, qlo + 1 + r.nextInt(3000));
      }
    }
    assertTrue(hits > 5_000, "the random intervals overlap often enough to test something: " + hits);
  }

  /** Asserts the index answers [qlo, qhi) as a scan of {@code items} does; returns the hits. */
  private static int assertSameAsScan(
      IntervalIndex index, long[] lo, long[] hi, int[] items, long qlo, long qhi) {
    int[] expected = IntStream.of(items).filter(i -> lo[i] < qhi && hi[i] > qlo).toArray();
    assertArrayEquals(expected, index.overlapping(qlo, qhi), "query [" + qlo + ", " + qhi + ")");
    return expected.length;
  }
}
