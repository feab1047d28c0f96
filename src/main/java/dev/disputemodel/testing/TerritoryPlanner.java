package dev.disputemodel.testing;

import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Estimate;
import dev.disputemodel.Share;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the territories: a hierarchy no deeper than {@link ModelConfig#territoryDepth()} (a
 * parent is always planned earlier, so there are no cycles), and up to two sovereignty and two
 * control statuses each, in disjoint periods in order, with at most one internationally
 * recognized sovereign; sovereignty only on roots. A status not recognized internationally names
 * its observers (parties) or counts them, or both; now and then a status recognizes no sovereign.
 * Territories left without statuses of a kind are noted in the draft: only they (and, for
 * sovereignty, their parts) may be the subject of claims of that kind.
 */
final class TerritoryPlanner {
  private static final List<TerritoryKind> KINDS = List.of(TerritoryKind.values());
  private static final List<ControlKind> CONTROL_KINDS = List.of(ControlKind.values());

  private final ModelDraft d;
  private final Choices c;

  TerritoryPlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /**
   * Per territory: the largest area a part of it may have (its own, else its parent's bound; 0
   * when unbounded) and the percent of it its parts' shares have left.
   */
  private long[] areaBound;
  private int[] shareLeft;

  /** Plans {@code n} territories. */
  void plan(Choices.Length n) {
    int[] depth = new int[n.n()];
    areaBound = new long[n.n()];
    shareLeft = new int[n.n()];
    c.each(n, i -> territory(i, depth));
  }

  private void territory(int i, int[] depth) {
    Territory.Builder b = Territory.builder().id(d.territories.id(i))
        .kind(c.pick(KINDS)).name("Territory " + (i + 1));
    depth[i] = 1;
    boolean part = false;
    int parentIndex = -1;
    if (i > 0 && c.nextBoolean(0.5)) {
      List<Integer> parents = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (depth[j] < d.config.territoryDepth()) {
          parents.add(j);
        }
      }
      if (!parents.isEmpty()) {
        int parent = c.pick(parents);
        parentIndex = parent;
        b.parent(d.territories.id(parent));
        depth[i] = depth[parent] + 1;
        part = true;
      }
    }
    if (c.nextBoolean(0.2)) {
      b.addAlias("Territory " + (i + 1) + " (alias)");
    }
    if (i > 0 && c.nextBoolean(0.3)) {
      b.addAdjacentTo(d.territories.id(c.nextInt(i)));
    }
    // a status or claim on a whole concerns its parts: only roots carry sovereignty, so that
    // valid models never recognize or claim two sovereigns of a part at once
    List<Optional<FuzzyPeriod>> sovereignty = sequentialPeriods(part ? 0 : c.nextInt(3));
    boolean international = false;
    for (Optional<FuzzyPeriod> period : sovereignty) {
      SovereigntyStatus.Builder s = SovereigntyStatus.builder().source(d.anySource());
      if (c.nextBoolean(0.85)) {
        s.sovereign(d.parties.id(c.pick(d.roles.sovereignCandidates)));
      } // else its observers recognize no sovereign (a non-self-governing territory)
      if (!international && c.nextBoolean(0.5)) {
        international = true;
        s.internationallyRecognized(true);
      } else {
        observers(s);
      }
      period.ifPresent(s::period);
      b.addSovereignty(s.build());
    }
    if (sovereignty.isEmpty() && !part) {
      d.sovereigntyFree.add(i);
    }
    List<Optional<FuzzyPeriod>> control = sequentialPeriods(c.nextInt(3));
    for (Optional<FuzzyPeriod> period : control) {
      ControlStatus.Builder s = ControlStatus.builder()
          .controller(d.parties.id(d.roles.controller(c)))
          .kind(c.pick(CONTROL_KINDS)).source(d.anySource());
      period.ifPresent(s::period);
      b.addControl(s.build());
    }
    if (control.isEmpty()) {
      d.controlFree.add(i);
    }
    if (c.nextBoolean(0.4)) {
      b.addPopulation(population());
    }
    size(b, i, parentIndex);
    d.territories.add(b.build());
  }

  /**
   * Now and then records an area (no larger than that of the nearest territory containing it with
   * one) and, for a part, a share of its parent (the parent's parts' shares add up to at most
   * 100 %): sizes {@code part-exceeds-whole} finds nothing wrong with.
   */
  private void size(Territory.Builder b, int i, int parent) {
    long bound = parent < 0 ? 0 : areaBound[parent];
    areaBound[i] = bound;
    shareLeft[i] = 100;
    if (c.nextBoolean(0.3)) {
      long area = 1 + c.nextLong(bound > 0 ? bound : 1_000_000);
      b.area(c.nextBoolean(0.5) ? Estimate.exact(area) : Estimate.about(area));
      areaBound[i] = area;
    }
    if (parent >= 0 && shareLeft[parent] > 0 && c.nextBoolean(0.3)) {
      int share = 1 + c.nextInt(shareLeft[parent]);
      shareLeft[parent] -= share;
      b.share(new TerritoryShare(d.territories.id(parent), Share.percent(Integer.toString(share))));
    }
  }

  /**
   * Adds the observers of a status not recognized internationally: one to three parties named,
   * and now and then a count of recognizers as a source gives it, naming some or none of them
   * ("recognized by dozens of states").
   */
  private void observers(SovereigntyStatus.Builder s) {
    int named = c.nextBoolean(0.2) ? 0 : 1 + c.nextInt(Math.min(3, d.parties.size()));
    Set<Integer> recognizers = new TreeSet<>();
    for (int k = 0; k < named; k++) {
      recognizers.add(c.nextInt(d.parties.size()));
    }
    recognizers.forEach(r -> s.addRecognizer(d.parties.id(r)));
    if (recognizers.isEmpty() || c.nextBoolean(0.3)) {
      long more = 1 + c.nextInt(60);
      s.recognizerCount(c.nextBoolean(0.5)
          ? Estimate.atLeast(recognizers.size() + more)
          : Estimate.about(recognizers.size() + more).withWording("dozens of states"));
    }
  }

  private PopulationStatus population() {
    PopulationStatus.Builder s = PopulationStatus.builder()
        .group("Group " + (1 + c.nextInt(d.parties.size()))).source(d.anySource());
    if (c.nextBoolean(0.5)) {
      s.kinState(d.parties.id(c.pick(d.roles.sovereignCandidates)));
    }
    if (c.nextBoolean(0.5)) {
      s.size(Figures.allowing(c, c.nextLong(d.config.maxFigure() * 100 + 1)));
    }
    if (c.nextBoolean(0.5)) {
      d.anyPeriod(d.time.start, d.time.factsEnd).ifPresent(s::period);
    }
    return s.build();
  }

  /**
   * Returns {@code n} periods in disjoint, ordered slices of the facts window: one alone may be
   * absent or of any shape; of several, the first may have an unknown start and the last may be
   * ongoing, and each ends certainly before the next begins.
   */
  private List<Optional<FuzzyPeriod>> sequentialPeriods(int n) {
    List<Optional<FuzzyPeriod>> periods = new ArrayList<>();
    if (n == 1) {
      periods.add(c.nextBoolean(0.7)
          ? d.anyPeriod(d.time.start, d.time.factsEnd) : Optional.empty());
      return periods;
    }
    long width = (d.time.factsEnd - d.time.start) / Math.max(n, 1);
    for (int i = 0; i < n; i++) {
      long lo = d.time.start + i * width;
      long hi = lo + width;
      Precision p = d.precision();
      int shape = c.nextInt(2);
      if (shape == 1 && i == 0) {
        periods.add(Times.within(c, lo, hi, p).map(FuzzyPeriod::until));
      } else if (shape == 1 && i == n - 1) {
        periods.add(Times.within(c, lo, hi, p).map(FuzzyPeriod::since));
      } else {
        periods.add(d.closedPeriod(lo, hi, p));
      }
    }
    return periods;
  }
}
