package dev.disputemodel.query;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * When items were active, indexed for {@link When}: the widest reading of each period (earliest
 * start to latest end) answers {@code possibly} questions; the narrowest (latest start to earliest
 * end) answers {@code definitely} ones, so that a definite question about one day reads only the
 * items that may definitely be active then, not every item whose uncertain dates merely touch it.
 * Candidates are a superset of the answer; callers decide each with {@link When#accepts}.
 */
final class TimeIndex {
  private final IntervalIndex possibly;
  private final IntervalIndex definitely;

  private TimeIndex(IntervalIndex possibly, IntervalIndex definitely) {
    this.possibly = possibly;
    this.definitely = definitely;
  }

  /** Indexes {@code items} by {@code period} (empty: no period stated, possibly active any time). */
  static <T> TimeIndex of(List<T> items, Function<T, Optional<FuzzyPeriod>> period) {
    int n = items.size();
    long[] wideLo = new long[n];
    long[] wideHi = new long[n];
    long[] narrowLo = new long[n];
    long[] narrowHi = new long[n];
    IntList definite = new IntList();
    for (int i = 0; i < n; i++) {
      Optional<FuzzyPeriod> p = period.apply(items.get(i));
      Optional<FuzzyTime> start = p.flatMap(FuzzyPeriod::start);
      Optional<FuzzyTime> end = p.flatMap(FuzzyPeriod::end);
      wideLo[i] = start.map(FuzzyTime::earliestEpochSecond).orElse(Long.MIN_VALUE);
      wideHi[i] = p.isEmpty() ? Long.MAX_VALUE : end.map(FuzzyTime::latestEpochSecond).orElse(Long.MAX_VALUE);
      // only a stated start can make an item definitely active (see When#certaintyOf)
      if (start.isPresent()) {
        narrowLo[i] = start.get().latestEpochSecond();
        narrowHi[i] = end.map(FuzzyTime::earliestEpochSecond).orElse(Long.MAX_VALUE);
        definite.add(i);
      }
    }
    return new TimeIndex(new IntervalIndex(wideLo, wideHi),
        new IntervalIndex(narrowLo, narrowHi, definite.toArray()));
  }

  /** Returns, ascending, the positions of every item that may meet {@code when}. */
  int[] candidates(When when) {
    if (when.lo() == Long.MIN_VALUE || when.required() == Certainty.POSSIBLY) {
      return possibly.overlapping(when.lo(), when.hi());
    }
    // definitely active in [from, until): latest start <= until and earliest end >= from
    return definitely.overlapping(when.lo() - 1, when.hi() + 1);
  }
}
