package dev.disputemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where the large, independent pieces of work of an index build, a check or a JSON read run: on
 * the common fork-join pool ({@link #commonPool()}, the default), on a fork-join pool of the
 * application's ({@link #of(ForkJoinPool)}), or on the calling thread only
 * ({@link #callingThread()}). Pass it to {@code Checker.Builder.parallelism},
 * {@code ModelQueries.over(model, parallelism)}, {@code ModelIndex.of(model, parallelism)} or
 * {@code JsonFormat.withParallelism}.
 *
 * <p>Results never depend on it: every loop returns its results in the order of its items, so a
 * check gives the same report, an index the same answers and a read the same model however they
 * were scheduled. The work
 * it runs must be safe to call from several threads at once (the {@code Rule} contract asks for
 * pure functions).
 *
 * <p>Immutable and thread-safe; equal when they run work in the same place.
 */
public final class Parallelism {
  /**
   * Below this many items, {@link #map} runs on the calling thread: splitting a small loop costs
   * more than it saves.
   */
  public static final int SPLIT_THRESHOLD = 4_096;

  private static final Parallelism COMMON_POOL = new Parallelism(null, true);
  private static final Parallelism CALLING_THREAD = new Parallelism(null, false);

  private final @Nullable ForkJoinPool pool; // null: the common pool (when parallel)
  private final boolean parallel;

  private Parallelism(@Nullable ForkJoinPool pool, boolean parallel) {
    this.pool = pool;
    this.parallel = parallel;
  }

  /**
   * Returns work split across the common fork-join pool, the calling thread taking part: the
   * default of checks and queries.
   */
  public static Parallelism commonPool() {
    return COMMON_POOL;
  }

  /**
   * Returns work split across {@code pool}, for applications that keep work off the common pool
   * or bound it. The common pool given here is {@link #commonPool()}.
   */
  public static Parallelism of(ForkJoinPool pool) {
    Objects.requireNonNull(pool, "pool");
    return pool == ForkJoinPool.commonPool() ? COMMON_POOL : new Parallelism(pool, true);
  }

  /** Returns work run on the calling thread only, one piece after another. */
  public static Parallelism callingThread() {
    return CALLING_THREAD;
  }

  /** Returns true unless this is {@link #callingThread()}. */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * Returns {@code fn} applied to each item, in the items' order, without the null results.
   * Splits the items across the pool when there are at least {@link #SPLIT_THRESHOLD} of them
   * (many small pieces of work, such as one per question); fewer run on the calling thread.
   */
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends @Nullable R> fn) {
    return items.size() < SPLIT_THRESHOLD ? mapHere(items, fn) : mapEach(items, fn);
  }

  /**
   * Returns {@code fn} applied to each item, in the items' order, without the null results; any
   * item may run on a thread of its own, however few there are (a few large pieces of work, such
   * as the rules of a check).
   */
  public <T, R> List<R> mapEach(List<T> items, Function<? super T, ? extends @Nullable R> fn) {
    Objects.requireNonNull(fn, "fn");
    if (!parallel) {
      return mapHere(items, fn);
    }
    return inPool(() -> items.parallelStream().<R>map(fn).filter(Objects::nonNull).toList());
  }

  /**
   * Starts {@code work} on the pool, where a worker may take it while the calling thread does
   * something else, and returns what joins it: the first {@code get()} waits for the result (or
   * runs the work on the calling thread if it is sequential, or if no worker has taken it from
   * the common pool); later calls return the same result.
   */
  public <T> Supplier<T> fork(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    ForkJoinTask<T> task = ForkJoinTask.adapt(work::get);
    if (!parallel) {
      return task::invoke;
    }
    ForkJoinPool target = pool != null ? pool : ForkJoinPool.commonPool();
    if (ForkJoinTask.getPool() == target) {
      task.fork();
    } else {
      target.execute(task);
    }
    return task::join;
  }

  private <R> R inPool(Supplier<R> job) {
    if (pool == null || ForkJoinTask.getPool() == pool) {
      return job.get(); // a parallel stream runs in the pool of the thread that starts it
    }
    return pool.submit(job::get).join();
  }

  private static <T, R> List<R> mapHere(
      List<T> items, Function<? super T, ? extends @Nullable R> fn) {
    List<R> out = new ArrayList<>();
    for (T item : items) {
      R r = fn.apply(item);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Parallelism p && p.parallel == parallel && p.pool == pool;
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(pool), parallel);
  }

  /** Returns {@code Parallelism[common pool]}, {@code [calling thread]} or {@code [pool ...]}. */
  @Override
  public String toString() {
    return "Parallelism[" + (!parallel ? "calling thread" : pool == null ? "common pool" : "pool " + pool) + "]";
  }
}
