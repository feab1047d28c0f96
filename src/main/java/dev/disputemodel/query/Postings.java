package dev.disputemodel.query;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An inverted index from a key to the ascending positions, in a model list, of the items filed
 * under it: the posting lists of a search engine. Positions are ints, so a posting costs four
 * bytes and lists merge in model order. Immutable once built; the arrays are never exposed.
 */
final class Postings<K> {
  private final ImmutableMap<K, int[]> lists;

  private Postings(ImmutableMap<K, int[]> lists) {
    this.lists = lists;
  }

  /** Returns the positions filed under {@code key}, ascending; empty if none. Do not modify. */
  int[] get(K key) {
    int[] p = lists.get(key);
    return p == null ? IntList.EMPTY : p;
  }

  /** Returns every key. */
  Iterable<K> keys() {
    return lists.keySet();
  }

  /** Returns the sorted union of the lists of {@code keys}, without repeats. */
  int[] union(Iterable<? extends K> keys) {
    int[] out = IntList.EMPTY;
    for (K k : keys) {
      out = merge(out, get(k));
    }
    return out;
  }

  static int[] merge(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int v;
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        v = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[n++] = v;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Builds postings; positions must be added in ascending order per key. Not thread-safe. */
  static final class Builder<K> {
    private final Map<K, IntList> lists = new HashMap<>();

    void add(K key, int position) {
      lists.computeIfAbsent(key, k -> new IntList()).addDistinct(position);
    }

    Postings<K> build() {
      ImmutableMap.Builder<K, int[]> b = ImmutableMap.builderWithExpectedSize(lists.size());
      lists.forEach((k, v) -> b.put(k, v.toArray()));
      return new Postings<>(b.buildOrThrow());
    }
  }
}
