package dev.disputemodel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fork-join pool for tests that counts the worker threads it starts: it starts none until work
 * is handed to it, so a count of zero shows that none was. Closing it shuts the pool down, after
 * which work handed to it is rejected.
 */
public final class CountingPool implements AutoCloseable {
  private final AtomicInteger workers = new AtomicInteger();
  private final ForkJoinPool pool;

  /** A pool of at most {@code threads} workers. */
  public CountingPool(int threads) {
    this.pool = new ForkJoinPool(threads, p -> {
      workers.incrementAndGet();
      return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
    }, null, false);
  }

  /** Returns the parallelism of this pool. */
  public Parallelism parallelism() {
    return Parallelism.of(pool);
  }

  /** Returns the number of worker threads started so far. */
  public int workersStarted() {
    return workers.get();
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
