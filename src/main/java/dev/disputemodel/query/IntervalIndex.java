package dev.disputemodel.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A static index of items active over half-open intervals {@code [lo, hi)} of epoch seconds,
 * answering "which items overlap {@code [qlo, qhi)}" without scanning them all.
 *
 * <p>Bounded items are grouped by the power of two of their length; each group is sorted by
 * {@code lo} and knows its longest item, so a query reads, per group, only the items starting in
 * {@code (qlo - longest, qhi)}: within a group lengths differ by at most a factor of two, so
 * nearly every item read is a hit. Items with an open end ({@code hi = MAX}) are sorted by
 * {@code lo} (a prefix matches), items with an unknown start ({@code lo = MIN}) by {@code hi} (a
 * suffix matches), and items with neither are always candidates. An item with {@code hi <= lo}
 * (possible when the bounds are the narrow reading of uncertain dates) overlaps a query that
 * contains {@code [hi, lo]}. Cost: O(g log n + k) for g groups (at most 64) and k candidates;
 * memory 20 bytes per item. Built with primitive sorts, O(n log n).
 */
final class IntervalIndex {
  private final long[][] bucketLo;
  private final long[][] bucketHi;
  private final int[][] bucketPos;
  private final long[] bucketLongest;
  private final long[] openEndLo; // hi == MAX, sorted by lo
  private final int[] openEndPos;
  private final long[] openStartHi; // lo == MIN, sorted by hi
  private final int[] openStartPos;
  private final int[] always; // both unbounded

  /** Builds the index of items {@code 0..n-1} with bounds {@code lo[i]}, {@code hi[i]}. */
  IntervalIndex(long[] lo, long[] hi) {
    this(lo, hi, IntStream.range(0, lo.length).toArray());
  }

  /** Builds the index of {@code items} (ascending positions) with bounds {@code lo[i]}, {@code hi[i]}. */
  IntervalIndex(long[] lo, long[] hi, int[] items) {
    IntList[] buckets = new IntList[64];
    IntList openEnd = new IntList();
    IntList openStart = new IntList();
    IntList both = new IntList();
    for (int i : Positions.sortedBy(items, lo)) {
      boolean noLo = lo[i] == Long.MIN_VALUE;
      boolean noHi = hi[i] == Long.MAX_VALUE;
      if (noLo && noHi) {
        both.add(i);
      } else if (noHi) {
        openEnd.add(i);
      } else if (noLo) {
        openStart.add(i);
      } else {
        int b = 63 - Long.numberOfLeadingZeros(Math.max(1, hi[i] - lo[i]));
        if (buckets[b] == null) {
          buckets[b] = new IntList();
        }
        buckets[b].add(i);
      }
    }
    List<long[]> los = new ArrayList<>();
    List<long[]> his = new ArrayList<>();
    List<int[]> poss = new ArrayList<>();
    List<Long> longest = new ArrayList<>();
    for (IntList bucket : buckets) {
      if (bucket == null) {
        continue;
      }
      int[] p = bucket.toArray(); // already sorted by lo
      long[] l = Positions.keysOf(p, lo);
      long[] h = Positions.keysOf(p, hi);
      long max = 0;
      for (int j = 0; j < p.length; j++) {
        max = Math.max(max, h[j] - l[j]);
      }
      los.add(l);
      his.add(h);
      poss.add(p);
      longest.add(max);
    }
    bucketLo = los.toArray(new long[0][]);
    bucketHi = his.toArray(new long[0][]);
    bucketPos = poss.toArray(new int[0][]);
    bucketLongest = longest.stream().mapToLong(Long::longValue).toArray();
    openEndPos = openEnd.toArray();
    openEndLo = Positions.keysOf(openEndPos, lo);
    openStartPos = Positions.sortedBy(openStart.toArray(), hi);
    openStartHi = Positions.keysOf(openStartPos, hi);
    always = both.toArray();
  }

  /**
   * Returns, ascending, the positions of the items whose interval meets {@code [qlo, qhi)}
   * ({@code lo < qhi && hi > qlo}); {@code MIN}/{@code MAX} mean unbounded.
   */
  int[] overlapping(long qlo, long qhi) {
    IntList out = new IntList();
    for (int b = 0; b < bucketPos.length; b++) {
      long[] l = bucketLo[b];
      long from = qlo == Long.MIN_VALUE ? Long.MIN_VALUE : qlo - bucketLongest[b];
      for (int j = Positions.firstAbove(l, from); j < l.length && l[j] < qhi; j++) {
        if (bucketHi[b][j] > qlo) {
          out.add(bucketPos[b][j]);
        }
      }
    }
    for (int j = 0; j < openEndLo.length && openEndLo[j] < qhi; j++) {
      out.add(openEndPos[j]);
    }
    for (int j = Positions.firstAbove(openStartHi, qlo); j < openStartHi.length; j++) {
      out.add(openStartPos[j]);
    }
    for (int p : always) {
      out.add(p);
    }
    int[] result = out.toArray();
    Arrays.sort(result);
    return result;
  }
}
