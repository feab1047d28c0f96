package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.query.PositionQuery.TerritorialClaimant;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positions by time and territory, for {@link PositionQuery}: for every claim, the period its
 * position is held as known now ({@link DisputeModel#heldPeriod(Claim)}) as four primitive bounds,
 * so that "in force on a date" is a few comparisons instead of a walk over the claim's endings;
 * for every territory claimed, its asserted sovereignty claims, one entry per claimant and
 * sovereign, sorted by when the position may begin; and, per territory asked about, the
 * territories containing it and inside it that are claimed (its containment closure), computed
 * once.
 *
 * <p>"In force as known now" is {@link FuzzyPeriod#covers(FuzzyTime)} restated on the bounds
 * (the tests compare with {@link DisputeModel#inForce(Claim, FuzzyTime)}); "as known on a date"
 * takes the same shortcut for a claim nothing ends (then only whether the claim was known counts)
 * and asks the model for the others.
 *
 * <p>Memory: 32 bytes and a bit per claim, and about 24 bytes per asserted sovereignty claim.
 * Built in one pass over the claims, O(claims); a territory's closure on first use, O(depth +
 * parts). Thread-safe.
 */
final class PositionIndex {
  private final DisputeModel model;
  private final ModelIndex index;
  private final List<Claim> claims;
  private final ClaimIndex claimIndex;
  /** Per claim, the held period's start: earliest and latest reading ({@code MIN}, {@code MAX} when open). */
  private final long[] startEarliest;
  private final long[] startLatest;
  /** Per claim, the held period's end: earliest and latest reading ({@code MAX} when open). */
  private final long[] endEarliest;
  private final long[] endLatest;
  /** The claims that another claim withdraws or replaces. */
  private final BitSet ended;
  private final Map<TerritoryId, Claimed> claimed;
  private final Map<TerritoryId, Closure> closures = new ConcurrentHashMap<>();
  private final QueryScope scope;

  PositionIndex(QueryScope scope) {
    this.scope = scope;
    this.model = scope.model();
    this.index = scope.index();
    this.claims = model.claims();
    this.claimIndex = scope.claimIndex();
    int n = claims.size();
    startEarliest = new long[n];
    startLatest = new long[n];
    endEarliest = new long[n];
    endLatest = new long[n];
    ended = new BitSet(n);
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      if (model.endingsOf(c.id()).isEmpty()) {
        Optional<FuzzyPeriod> stated = c.heldDuring();
        if (stated.isPresent()) {
          setHeld(i, stated.get());
        } else { // from when it was made, until ended
          startEarliest[i] = c.madeAt().earliestEpochSecond();
          startLatest[i] = c.madeAt().latestEpochSecond();
          endEarliest[i] = Long.MAX_VALUE;
          endLatest[i] = Long.MAX_VALUE;
        }
      } else {
        ended.set(i);
        Optional<FuzzyPeriod> held = model.heldPeriod(c);
        if (held.isPresent()) {
          setHeld(i, held.get());
        } else { // never held: never started
          startEarliest[i] = Long.MAX_VALUE;
          startLatest[i] = Long.MAX_VALUE;
          endEarliest[i] = Long.MAX_VALUE;
          endLatest[i] = Long.MAX_VALUE;
        }
      }
    }
    claimed = claimedTerritories();
  }

  private void setHeld(int i, FuzzyPeriod p) {
    Optional<FuzzyTime> start = p.start();
    Optional<FuzzyTime> end = p.end();
    startEarliest[i] = start.isPresent() ? start.get().earliestEpochSecond() : Long.MIN_VALUE;
    startLatest[i] = start.isPresent() ? start.get().latestEpochSecond() : Long.MAX_VALUE;
    endEarliest[i] = end.isPresent() ? end.get().earliestEpochSecond() : Long.MAX_VALUE;
    endLatest[i] = end.isPresent() ? end.get().latestEpochSecond() : Long.MAX_VALUE;
  }

  /** Files every asserted sovereignty claim under its territory. */
  private Map<TerritoryId, Claimed> claimedTerritories() {
    Map<TerritoryId, Claimed.Builder> builders = new HashMap<>();
    for (int i : claimIndex.byType.get(PropositionType.SOVEREIGNTY)) {
      Claim c = claims.get(i);
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      Set<TerritoryId> seen = new LinkedHashSet<>(2);
      for (Proposition p : c.propositions()) {
        if (p instanceof Sovereignty s) {
          Claimed.Builder b = builders.computeIfAbsent(s.territory(), Claimed.Builder::new);
          if (seen.add(s.territory())) {
            b.claims.add(i);
          }
          if (startEarliest[i] != Long.MAX_VALUE) { // held at some time
            b.entry(i, index.speaker(c), s.sovereign());
          }
        }
      }
    }
    Map<TerritoryId, Claimed> out = new HashMap<>();
    builders.forEach((t, b) -> out.put(t, b.build(startEarliest)));
    return out;
  }

  /** Returns whether claim {@code i}'s position is in force on {@code [qe, ql)}, as known now. */
  Certainty inForce(int i, long qe, long ql) {
    Certainty started = startLatest[i] <= qe ? Certainty.DEFINITELY
        : ql <= startEarliest[i] ? Certainty.NOT : Certainty.POSSIBLY;
    if (!started.isPossible()) {
      return started;
    }
    Certainty notEnded = endEarliest[i] >= ql ? Certainty.DEFINITELY
        : endLatest[i] <= qe ? Certainty.NOT : Certainty.POSSIBLY;
    return started.and(notEnded);
  }

  /**
   * Returns whether claim {@code i}'s position is in force on {@code date} as known on
   * {@code asKnownOn}: {@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}.
   */
  Certainty inForce(int i, FuzzyTime date, FuzzyTime asKnownOn) {
    Claim c = claims.get(i);
    if (ended.get(i)) {
      return model.inForce(c, date, asKnownOn);
    }
    // nothing ends it: known by then, and its own holding period covers the date
    Certainty held = inForce(i, date.earliestEpochSecond(), date.latestEpochSecond());
    return held.isPossible() ? held.and(model.knownOn(c, asKnownOn)) : held;
  }

  /**
   * Returns the claims of question {@code key} in the question's order
   * ({@link ModelIndex#question(PropositionKey)}): those with a proposition of the key in model
   * order, then, for sovereignty over a territory, the asserted ones on each territory containing
   * it, nearest first.
   */
  int[][] questionClaims(PropositionKey key) {
    int[] own = claimIndex.byKey.get(key);
    if (key.type() != PropositionType.SOVEREIGNTY || key.subjects().size() != 1
        || !(key.subjects().get(0) instanceof TerritoryId part)
        || model.territory(part).isEmpty()) {
      return new int[][] {own};
    }
    Closure closure = closure(part);
    int[][] out = new int[1 + closure.wholes.length][];
    out[0] = own;
    for (int w = 0; w < closure.wholes.length; w++) {
      out[w + 1] = closure.wholes[w].claims;
    }
    return out;
  }

  /**
   * Returns who claims {@code territory} on {@code date} as known now: see
   * {@link PositionQuery#claimantsOf}. The territory must be in the model.
   */
  ImmutableList<TerritorialClaimant> claimantsOf(TerritoryId territory, FuzzyTime date) {
    long qe = date.earliestEpochSecond();
    long ql = date.latestEpochSecond();
    Closure closure = closure(territory);
    ImmutableList.Builder<TerritorialClaimant> out = ImmutableList.builder();
    for (int r = 0; r < closure.related.length; r++) {
      closure.related[r].claimants(this, qe, ql, closure.relations[r], out);
    }
    return out.build();
  }

  private Closure closure(TerritoryId territory) {
    Closure c = closures.get(territory);
    if (c == null) {
      c = closures.computeIfAbsent(territory, this::closureOf);
    }
    return c;
  }

  /**
   * The claimed territories related to {@code territory}: itself, those containing it nearest
   * first, those inside it breadth-first; each once, with how it relates (none in a cycle of
   * parent links, where no territory contains another).
   */
  private Closure closureOf(TerritoryId territory) {
    Set<TerritoryId> related = new LinkedHashSet<>();
    related.add(territory);
    related.addAll(model.enclosing(territory));
    related.addAll(scope.selfAndDescendants(territory));
    List<Claimed> with = new ArrayList<>();
    List<Containment> relations = new ArrayList<>();
    for (TerritoryId t : related) {
      Claimed c = claimed.get(t);
      Optional<Containment> relation = c == null ? Optional.empty() : model.containment(t, territory);
      if (relation.isPresent()) {
        with.add(c);
        relations.add(relation.get());
      }
    }
    List<Claimed> wholes = new ArrayList<>();
    for (TerritoryId whole : model.enclosing(territory)) {
      Claimed c = claimed.get(whole);
      if (c != null) {
        wholes.add(c);
      }
    }
    return new Closure(with.toArray(new Claimed[0]), relations.toArray(new Containment[0]),
        wholes.toArray(new Claimed[0]));
  }

  /** The claimed territories related to one territory, and the claimed ones containing it. */
  private record Closure(Claimed[] related, Containment[] relations, Claimed[] wholes) {}

  /** One territory's asserted sovereignty claims. */
  private static final class Claimed {
    final TerritoryId territory;
    /** The asserted claims with a sovereignty over the territory, in model order, each once. */
    final int[] claims;
    /** Per entry (a claim held at some time, and a sovereign it names), in model order. */
    final int[] entryClaim;
    final int[] entryGroup;
    /** The entries ordered by the earliest start of their position, with those starts. */
    final int[] byStart;
    final long[] starts;
    /** Per group (a claimant and a sovereign): who. */
    final EntityId[] speakers;
    final PartyId[] sovereigns;

    private Claimed(Builder b, long[] startEarliest) {
      territory = b.territory;
      claims = b.claims.toArray();
      entryClaim = b.entryClaim.toArray();
      entryGroup = b.entryGroup.toArray();
      long[] keys = new long[entryClaim.length];
      for (int e = 0; e < keys.length; e++) {
        keys[e] = startEarliest[entryClaim[e]];
      }
      byStart = Positions.sortedBy(keys);
      starts = Positions.keysOf(byStart, keys);
      speakers = b.speakers.toArray(new EntityId[0]);
      sovereigns = b.sovereigns.toArray(new PartyId[0]);
    }

    /**
     * Adds, for each group with a position possibly in force on {@code [qe, ql)}, its entry with
     * the surest certainty, groups in the order of their first such entry in model order.
     */
    void claimants(PositionIndex ix, long qe, long ql, Containment relation,
        ImmutableList.Builder<TerritorialClaimant> out) {
      int n = entryClaim.length;
      long[] hits = null;
      for (int j = 0; j < n && starts[j] <= ql; j++) { // only positions begun by then
        int e = byStart[j];
        if (ix.inForce(entryClaim[e], qe, ql).isPossible()) {
          if (hits == null) {
            hits = new long[(n + 63) >>> 6];
          }
          hits[e >>> 6] |= 1L << e;
        }
      }
      if (hits == null) {
        return;
      }
      byte[] best = new byte[speakers.length]; // 0: none yet, 1: possibly, 2: definitely
      int[] order = new int[speakers.length];
      int found = 0;
      for (int w = 0; w < hits.length; w++) {
        for (long bits = hits[w]; bits != 0; bits &= bits - 1) {
          int e = (w << 6) + Long.numberOfTrailingZeros(bits);
          int g = entryGroup[e];
          if (best[g] == 0) {
            order[found++] = g;
          }
          if (best[g] < 2) {
            best[g] = ix.inForce(entryClaim[e], qe, ql).isDefinite() ? (byte) 2 : (byte) 1;
          }
        }
      }
      for (int k = 0; k < found; k++) {
        int g = order[k];
        out.add(new TerritorialClaimant(speakers[g], sovereigns[g], territory, relation,
            best[g] == 2 ? Certainty.DEFINITELY : Certainty.POSSIBLY));
      }
    }

    private static final class Builder {
      final TerritoryId territory;
      final IntList claims = new IntList();
      final IntList entryClaim = new IntList();
      final IntList entryGroup = new IntList();
      final Map<List<EntityId>, Integer> groups = new HashMap<>();
      final List<EntityId> speakers = new ArrayList<>();
      final List<PartyId> sovereigns = new ArrayList<>();

      Builder(TerritoryId territory) {
        this.territory = territory;
      }

      void entry(int claim, EntityId speaker, PartyId sovereign) {
        Integer g = groups.get(List.of(speaker, sovereign));
        if (g == null) {
          g = speakers.size();
          groups.put(List.of(speaker, sovereign), g);
          speakers.add(speaker);
          sovereigns.add(sovereign);
        }
        entryClaim.add(claim);
        entryGroup.add(g);
      }

      Claimed build(long[] startEarliest) {
        return new Claimed(this, startEarliest);
      }
    }
  }
}
