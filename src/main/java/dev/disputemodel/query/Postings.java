package dev.disputemodel.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * An inverted index from a key to the ascending positions, in a model list, of the items filed
 * under it: the posting lists of a search engine. Positions are ints, so a posting costs four
 * bytes and lists merge in model order. Immutable once built; the arrays are never exposed to
 * users.
 */
final class Postings<K> {
  private final Map<K, Integer> ordinals;
  private final int[][] lists;

  private Postings(Map<K, Integer> ordinals, int[][] lists) {
    this.ordinals = ordinals;
    this.lists = lists;
  }

  /** Returns the positions filed under {@code key}, ascending; empty if none. Do not modify. */
  int[] get(K key) {
    Integer ordinal = ordinals.get(key);
    return ordinal == null ? IntList.EMPTY : lists[ordinal];
  }

  /** Returns the sorted union of the lists of {@code keys}, without repeats. */
  int[] union(Iterable<? extends K> keys) {
    int[] out = IntList.EMPTY;
    for (K k : keys) {
      out = merge(out, get(k));
    }
    return out;
  }

  /** Returns the sorted union of two ascending lists, without repeats. */
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

  /**
   * Builds postings in two steps, as a bulk loader does: {@link #add} looks the key up once and
   * records an (ordinal, position) pair in two int arrays; {@link #build} counts the pairs per
   * ordinal and places the positions, so no list per key grows while loading. Positions must be
   * added in ascending order; a repeat of the last position under a key is dropped. Not
   * thread-safe.
   */
  static final class Builder<K> {
    private final Map<K, Integer> ordinals = new HashMap<>();
    private final IntList pairOrdinals = new IntList();
    private final IntList pairPositions = new IntList();

    /** Gives the keys ordinals 0, 1, ... in iteration order, so that {@link #ordinal} is known up front. */
    Builder<K> withKeys(Iterable<? extends K> keys) {
      keys.forEach(this::ordinal);
      return this;
    }

    /** Returns the key's ordinal, giving it the next one if it has none. */
    int ordinal(K key) {
      Integer ordinal = ordinals.get(key);
      if (ordinal == null) {
        ordinal = ordinals.size();
        ordinals.put(key, ordinal);
      }
      return ordinal;
    }

    /** Files {@code position} under {@code key}. */
    void add(K key, int position) {
      add(ordinal(key), position);
    }

    /** Files {@code position} under the key with {@code ordinal} (from {@link #ordinal}). */
    void add(int ordinal, int position) {
      pairOrdinals.add(ordinal);
      pairPositions.add(position);
    }

    Postings<K> build() {
      int keys = ordinals.size();
      int pairs = pairOrdinals.size();
      int[] ord = pairOrdinals.values();
      int[] pos = pairPositions.values();
      int[] counts = new int[keys];
      int[] last = new int[keys];
      Arrays.fill(last, -1);
      boolean[] repeat = new boolean[pairs];
      for (int i = 0; i < pairs; i++) {
        if (last[ord[i]] == pos[i]) {
          repeat[i] = true;
        } else {
          last[ord[i]] = pos[i];
          counts[ord[i]]++;
        }
      }
      int[][] lists = new int[keys][];
      for (int k = 0; k < keys; k++) {
        lists[k] = counts[k] == 0 ? IntList.EMPTY : new int[counts[k]];
      }
      int[] fill = new int[keys];
      for (int i = 0; i < pairs; i++) {
        if (!repeat[i]) {
          lists[ord[i]][fill[ord[i]]++] = pos[i];
        }
      }
      return new Postings<>(Collections.unmodifiableMap(ordinals), lists);
    }
  }
}
