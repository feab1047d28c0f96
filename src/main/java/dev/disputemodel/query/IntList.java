package dev.disputemodel.query;

import java.util.Arrays;

/** A growable list of ints, for building index postings without boxing. Not thread-safe. */
final class IntList {
  static final int[] EMPTY = new int[0];

  private int[] values = new int[4];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  /** Returns the backing array, whose first {@link #size()} values are the list; no copy. */
  int[] values() {
    return values;
  }

  int[] toArray() {
    return size == 0 ? EMPTY : Arrays.copyOf(values, size);
  }
}
