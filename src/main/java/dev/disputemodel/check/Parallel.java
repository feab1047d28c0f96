package dev.disputemodel.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Data parallelism for the checker's large, independent loops (one item per question, say): the
 * items are mapped on the common fork-join pool, the calling thread taking part, and the results
 * come back in the items' order, so a check gives the same report however it was scheduled.
 * Small inputs, where splitting costs more than it saves, run on the calling thread.
 */
final class Parallel {
  /** Below this many items, a loop runs on the calling thread. */
  static final int THRESHOLD = 4_096;

  private Parallel() {}

  /**
   * Returns {@code fn} applied to each item, in the items' order, without the null results;
   * {@code fn} must be safe to call from several threads at once. Runs on the calling thread
   * unless {@code parallel}.
   */
  static <T, R> List<R> map(boolean parallel, List<T> items, Function<? super T, ? extends R> fn) {
    if (!parallel || items.size() < THRESHOLD) {
      List<R> out = new ArrayList<>();
      for (T item : items) {
        R r = fn.apply(item);
        if (r != null) {
          out.add(r);
        }
      }
      return out;
    }
    return items.parallelStream().<R>map(fn).filter(Objects::nonNull).toList();
  }
}
