package dev.disputemodel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap measurements for benchmarks' setups (retained memory of indexes). */
final class Heap {
  private Heap() {}

  /**
   * Returns the bytes of heap in use after full collections: {@link System#gc()} until two
   * readings in a row differ by less than 1 MB (at most ten times), as reported by
   * {@link MemoryMXBean#getHeapMemoryUsage()}.
   */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring the heap", e);
      }
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(last - used) < 1_000_000) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
