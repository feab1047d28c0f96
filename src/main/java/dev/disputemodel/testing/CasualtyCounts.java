package dev.disputemodel.testing;

import dev.disputemodel.CasualtyKind;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The true casualty counts of the planned world, drawn when a question first needs one: every
 * casualty figure claimed allows its count (or, when contested, under-reports it). A conflict's
 * count includes its episodes', and an all-sides count its parties', so no whole is less than its
 * parts. Mutable, for one planning run.
 */
final class CasualtyCounts {
  private static final List<CasualtyKind> COUNTED =
      List.of(CasualtyKind.KILLED, CasualtyKind.WOUNDED, CasualtyKind.MISSING);

  private final Choices c;
  private final long maxFigure;
  private final Map<Long, Long> counts = new HashMap<>();

  CasualtyCounts(Choices c, long maxFigure) {
    this.c = c;
    this.maxFigure = maxFigure;
  }

  /**
   * Returns the true count of {@code kind} casualties of {@code party} (or of all sides, for -1)
   * in {@code plan}: the conflict's own plus its episodes'; unspecified casualties are the
   * killed, wounded and missing together.
   */
  long of(ConflictPlan plan, CasualtyKind kind, int party) {
    if (kind == CasualtyKind.UNSPECIFIED) {
      long sum = 0;
      for (CasualtyKind k : COUNTED) {
        sum += of(plan, k, party);
      }
      return sum;
    }
    long key = ((long) plan.index << 34) | ((long) (party + 1) << 2) | kind.ordinal();
    Long known = counts.get(key);
    if (known != null) {
      return known;
    }
    long value = 0;
    if (party >= 0) {
      value = c.nextLong(maxFigure + 1);
    } else {
      for (int p : new LinkedHashSet<>(plan.involved)) {
        value += of(plan, kind, p);
      }
      value += c.nextLong(maxFigure / 10 + 1);
    }
    for (ConflictPlan episode : plan.episodes) {
      value += of(episode, kind, party);
    }
    counts.put(key, value);
    return value;
  }
}
