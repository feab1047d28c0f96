package dev.disputemodel.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Sorting and searching of item positions by primitive time keys (epoch seconds, with
 * {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} for unbounded), without boxing: what the time
 * indexes are built from.
 */
final class Positions {
  private Positions() {}

  /** Returns the positions {@code 0..keys.length-1} sorted by {@code keys}, ties in position order. */
  static int[] sortedBy(long[] keys) {
    return sortedBy(IntStream.range(0, keys.length).toArray(), keys);
  }

  /**
   * Returns {@code items} (ascending positions) sorted by {@code keys[item]}, ties in position
   * order. When the keys' range allows, each key's rank and the item's index are packed into one
   * long and sorted as primitives; MIN and MAX sort first and last.
   */
  static int[] sortedBy(int[] items, long[] keys) {
    int n = items.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int item : items) {
      long k = keys[item];
      if (k != Long.MIN_VALUE && k != Long.MAX_VALUE) {
        min = Math.min(min, k);
        max = Math.max(max, k);
      }
    }
    if (min > max) {
      min = 0;
      max = 0;
    }
    long range = max - min + 3;
    if (range > 0 && range < (Long.MAX_VALUE >> 1) / Math.max(1, n)) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        long k = keys[items[i]];
        long rank = k == Long.MIN_VALUE ? 0 : k == Long.MAX_VALUE ? range - 1 : k - min + 1;
        packed[i] = rank * n + i;
      }
      Arrays.sort(packed);
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = items[(int) (packed[i] % n)];
      }
      return out;
    }
    return Arrays.stream(items).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> keys[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Returns {@code keys[items[j]]} for each j. */
  static long[] keysOf(int[] items, long[] keys) {
    long[] out = new long[items.length];
    for (int j = 0; j < items.length; j++) {
      out[j] = keys[items[j]];
    }
    return out;
  }

  /** Returns the first index j of ascending {@code a} with {@code a[j] >= v}. */
  static int firstAtLeast(long[] a, long v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] >= v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Returns the first index j of ascending {@code a} with {@code a[j] > v}. */
  static int firstAbove(long[] a, long v) {
    return v == Long.MAX_VALUE ? a.length : firstAtLeast(a, v + 1);
  }

  /**
   * Returns the first index j at or after {@code from} of strictly ascending {@code a} (a posting
   * list) with {@code a[j] >= v}, by galloping: O(log distance), for walking one sorted list along
   * another.
   */
  static int gallop(int[] a, int from, int v) {
    if (from >= a.length) {
      return a.length;
    }
    int step = 1;
    int lo = from;
    int hi = from;
    while (hi < a.length && a[hi] < v) {
      lo = hi + 1;
      hi += step;
      step <<= 1;
    }
    int found = Arrays.binarySearch(a, lo, Math.min(hi, a.length), v);
    return found >= 0 ? found : -found - 1;
  }
}
