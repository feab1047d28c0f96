package dev.disputemodel.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static index of items active over half-open intervals {@code [lo, hi)} of epoch seconds (the
 * widest reading of an uncertain period), answering "which items may overlap {@code [qlo, qhi)}"
 * without scanning them all.
 *
 * <p>Bounded items are grouped by the power of two of their length; each group is sorted by
 * {@code lo} and knows its longest item, so a query reads, per group, only the items starting in
 * {@code (qlo - longest, qhi)}: within a group lengths differ by at most a factor of two, so
 * nearly every item read is a hit. Items with an open end ({@code hi = MAX}) are sorted by
 * {@code lo} (a prefix matches), items with an unknown start ({@code lo = MIN}) by {@code hi} (a
 * suffix matches), and items with neither are always candidates. Cost: O(g log n + k) for g
 * groups (at most 64) and k candidates; memory 20 bytes per item. Candidates are a superset of
 * the items that possibly overlap; callers filter them exactly.
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
    int n = lo.length;
    List<List<Integer>> buckets = new ArrayList<>();
    for (int b = 0; b < 64; b++) {
      buckets.add(new ArrayList<>());
    }
    List<Integer> openEnd = new ArrayList<>();
    List<Integer> openStart = new ArrayList<>();
    IntList both = new IntList();
    for (int i = 0; i < n; i++) {
      boolean noLo = lo[i] == Long.MIN_VALUE;
      boolean noHi = hi[i] == Long.MAX_VALUE;
      if (noLo && noHi) {
        both.add(i);
      } else if (noHi) {
        openEnd.add(i);
      } else if (noLo) {
        openStart.add(i);
      } else {
        buckets.get(63 - Long.numberOfLeadingZeros(Math.max(1, hi[i] - lo[i]))).add(i);
      }
    }
    List<long[]> los = new ArrayList<>();
    List<long[]> his = new ArrayList<>();
    List<int[]> poss = new ArrayList<>();
    List<Long> longest = new ArrayList<>();
    for (List<Integer> bucket : buckets) {
      if (bucket.isEmpty()) {
        continue;
      }
      bucket.sort((a, b) -> Long.compare(lo[a], lo[b]));
      long[] l = new long[bucket.size()];
      long[] h = new long[bucket.size()];
      int[] p = new int[bucket.size()];
      long max = 0;
      for (int j = 0; j < p.length; j++) {
        p[j] = bucket.get(j);
        l[j] = lo[p[j]];
        h[j] = hi[p[j]];
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
    openEnd.sort((a, b) -> Long.compare(lo[a], lo[b]));
    openEndPos = openEnd.stream().mapToInt(Integer::intValue).toArray();
    openEndLo = Arrays.stream(openEndPos).mapToLong(i -> lo[i]).toArray();
    openStart.sort((a, b) -> Long.compare(hi[a], hi[b]));
    openStartPos = openStart.stream().mapToInt(Integer::intValue).toArray();
    openStartHi = Arrays.stream(openStartPos).mapToLong(i -> hi[i]).toArray();
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
      for (int j = firstAbove(l, from); j < l.length && l[j] < qhi; j++) {
        if (bucketHi[b][j] > qlo) {
          out.add(bucketPos[b][j]);
        }
      }
    }
    for (int j = 0; j < openEndLo.length && openEndLo[j] < qhi; j++) {
      out.add(openEndPos[j]);
    }
    for (int j = firstAbove(openStartHi, qlo); j < openStartHi.length; j++) {
      out.add(openStartPos[j]);
    }
    for (int p : always) {
      out.add(p);
    }
    int[] result = out.toArray();
    Arrays.sort(result);
    return result;
  }

  /** Returns the first index j with {@code a[j] > v}. */
  private static int firstAbove(long[] a, long v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] > v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
