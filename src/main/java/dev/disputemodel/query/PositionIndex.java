package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
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
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positions by time and territory, for {@link PositionQuery}: "in force on a date" as a few
 * comparisons instead of a walk over a claim's endings; for every territory claimed, its asserted
 * sovereignty claims, one entry per claim and sovereign with the bounds of the period it is held,
 * sorted by when that period may begin; and, per territory asked about, the claimed territories
 * containing it and inside it (its containment closure), computed once.
 *
 * <p>A claim nothing ends is held during its own {@linkplain Claim#holdingPeriod() holding
 * period}, read from the claim; only for the claims something withdraws or replaces is the period
 * held as known now ({@link DisputeModel#heldPeriod(Claim)}) stored, as four primitive bounds, and
 * for the claims {@linkplain Claim#about() about a period} the period they answer for as known now
 * ({@link DisputeModel#inForcePeriod(Claim)}).
 * "In force" is {@link FuzzyPeriod#covers(FuzzyTime)} restated on the bounds (the tests compare
 * with {@link DisputeModel#inForce(Claim, FuzzyTime)}); "as known on a date" takes the same
 * shortcut for a claim nothing ends (then only whether the claim was known counts) and asks the
 * model for the others.
 *
 * <p>Memory: a bit per claim, 36 bytes per ended claim, about 32 bytes per asserted sovereignty
 * claim. Built in one pass over the claims, O(claims) (the sovereignty claims sorted per
 * territory); a territory's closure on first use, O(depth + parts). Thread-safe.
 *
 * <p>About 400 lines because the held bounds, the sovereignty entries and the closures share one
 * set of primitive arrays built in one pass; splitting them would copy the arrays or the pass.
 */
final class PositionIndex {
  private final DisputeModel model;
  private final ModelIndex index;
  private final List<Claim> claims;
  private final ClaimIndex claimIndex;
  private final QueryScope scope;
  /** The claims that another claim withdraws or replaces, and those about a stated period. */
  private final BitSet ended;
  /**
   * The positions of those claims, ascending, and the bounds of the period each is in force on
   * as known now.
   */
  private final int[] endedClaims;
  private final long[][] endedBounds;
  private final Map<TerritoryId, Claimed> claimed;
  private final Map<TerritoryId, Closure> closures = new ConcurrentHashMap<>();

  PositionIndex(QueryScope scope) {
    this.scope = scope;
    this.model = scope.model();
    this.index = scope.index();
    this.claims = model.claims();
    this.claimIndex = scope.claimIndex();
    Set<ClaimId> endedIds = new HashSet<>();
    for (Claim c : claims) {
      for (Ending e : c.ends()) {
        endedIds.add(e.claim());
      }
    }
    ended = new BitSet(claims.size());
    IntList endedList = new IntList();
    boolean anyAbout = false;
    for (Claim c : claims) {
      anyAbout |= c.about().isPresent();
    }
    for (int i = 0; (anyAbout || endedIds.size() > 0) && i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.about().isPresent() || endedIds.contains(c.id())) {
        ended.set(i);
        endedList.add(i);
      }
    }
    endedClaims = endedList.toArray();
    endedBounds = new long[endedClaims.length][];
    for (int k = 0; k < endedClaims.length; k++) {
      endedBounds[k] = model.inForcePeriod(claims.get(endedClaims[k])).map(PositionIndex::bounds)
          .orElse(NEVER);
    }
    claimed = claimedTerritories();
  }

  /** Bounds of a position never held: it never starts. */
  private static final long[] NEVER = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};

  /**
   * Returns the bounds of {@code p}: its start's earliest and latest reading ({@code MIN} and
   * {@code MAX} when open), its end's earliest and latest ({@code MAX} when open).
   */
  private static long[] bounds(FuzzyPeriod p) {
    Optional<FuzzyTime> start = p.start();
    Optional<FuzzyTime> end = p.end();
    return new long[] {
        start.isPresent() ? start.get().earliestEpochSecond() : Long.MIN_VALUE,
        start.isPresent() ? start.get().latestEpochSecond() : Long.MAX_VALUE,
        end.isPresent() ? end.get().earliestEpochSecond() : Long.MAX_VALUE,
        end.isPresent() ? end.get().latestEpochSecond() : Long.MAX_VALUE};
  }

  /** Returns the bounds of the period claim {@code i}'s position is in force on, as known now. */
  private long[] heldBounds(int i) {
    if (ended.get(i)) {
      return endedBounds[Arrays.binarySearch(endedClaims, i)];
    }
    Claim c = claims.get(i);
    Optional<FuzzyPeriod> stated = c.heldDuring();
    if (stated.isPresent()) {
      return bounds(stated.get());
    }
    return new long[] {c.madeAt().earliestEpochSecond(), c.madeAt().latestEpochSecond(),
        Long.MAX_VALUE, Long.MAX_VALUE};
  }

  /** Files every asserted sovereignty claim under its territory. */
  private Map<TerritoryId, Claimed> claimedTerritories() {
    Map<TerritoryId, Claimed.Builder> builders = new HashMap<>();
    for (int i : claimIndex.byType.get(PropositionType.SOVEREIGNTY)) {
      Claim c = claims.get(i);
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      long[] held = heldBounds(i);
      for (Proposition p : c.propositions()) {
        if (p instanceof Sovereignty s) {
          Claimed.Builder b = builders.computeIfAbsent(s.territory(), Claimed.Builder::new);
          b.claim(i);
          if (held != NEVER) { // held at some time
            b.entry(i, held, index.speaker(c), s.sovereign());
          }
        }
      }
    }
    Map<TerritoryId, Claimed> out = new HashMap<>();
    builders.forEach((t, b) -> out.put(t, b.build()));
    return out;
  }

  /**
   * Returns how surely a period with bounds {@code [sE, sL]} to {@code [eE, eL]} covers an
   * uncertain moment in {@code [qe, ql)}: {@link FuzzyPeriod#covers(FuzzyTime)} on the bounds.
   */
  static Certainty covers(long sE, long sL, long eE, long eL, long qe, long ql) {
    Certainty started = sL <= qe ? Certainty.DEFINITELY
        : ql <= sE ? Certainty.NOT : Certainty.POSSIBLY;
    if (!started.isPossible()) {
      return started;
    }
    return started.and(eE >= ql ? Certainty.DEFINITELY
        : eL <= qe ? Certainty.NOT : Certainty.POSSIBLY);
  }

  /** Returns whether claim {@code i}'s position is in force on {@code date}, as known now. */
  Certainty inForce(int i, FuzzyTime date) {
    long qe = date.earliestEpochSecond();
    long ql = date.latestEpochSecond();
    if (ended.get(i)) {
      long[] b = endedBounds[Arrays.binarySearch(endedClaims, i)];
      return covers(b[0], b[1], b[2], b[3], qe, ql);
    }
    Claim c = claims.get(i);
    Optional<FuzzyPeriod> stated = c.heldDuring();
    if (stated.isPresent()) {
      return stated.get().covers(date);
    }
    FuzzyTime made = c.madeAt();
    return covers(made.earliestEpochSecond(), made.latestEpochSecond(), Long.MAX_VALUE,
        Long.MAX_VALUE, qe, ql);
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
    Certainty held = inForce(i, date);
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
      closure.related[r].claimants(qe, ql, closure.relations[r], out);
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
    final int[] entryGroup;
    /** Per entry, the bounds of the period the position is held (see {@link #covers}). */
    final long[] startEarliest;
    final long[] startLatest;
    final long[] endEarliest;
    final long[] endLatest;
    /** The entries ordered by {@link #startEarliest}. */
    final int[] byStart;
    /** Per group (a claimant and a sovereign): who. */
    final EntityId[] speakers;
    final PartyId[] sovereigns;

    private Claimed(Builder b) {
      territory = b.territory;
      claims = b.claims.toArray();
      entryGroup = b.entryGroup.toArray();
      int n = entryGroup.length;
      startEarliest = Arrays.copyOf(b.startEarliest, n);
      startLatest = Arrays.copyOf(b.startLatest, n);
      endEarliest = Arrays.copyOf(b.endEarliest, n);
      endLatest = Arrays.copyOf(b.endLatest, n);
      byStart = Positions.sortedBy(startEarliest);
      speakers = b.speakers.toArray(new EntityId[0]);
      sovereigns = b.sovereigns.toArray(new PartyId[0]);
    }

    private Certainty inForce(int e, long qe, long ql) {
      return covers(startEarliest[e], startLatest[e], endEarliest[e], endLatest[e], qe, ql);
    }

    /**
     * Adds, for each group with a position possibly in force on {@code [qe, ql)}, its entry with
     * the surest certainty, groups in the order of their first such entry in model order.
     */
    void claimants(long qe, long ql, Containment relation,
        ImmutableList.Builder<TerritorialClaimant> out) {
      int n = entryGroup.length;
      long[] hits = null;
      for (int j = 0; j < n && startEarliest[byStart[j]] <= ql; j++) { // only positions begun by then
        int e = byStart[j];
        if (inForce(e, qe, ql).isPossible()) {
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
            best[g] = inForce(e, qe, ql).isDefinite() ? (byte) 2 : (byte) 1;
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
      final IntList entryGroup = new IntList();
      long[] startEarliest = new long[4];
      long[] startLatest = new long[4];
      long[] endEarliest = new long[4];
      long[] endLatest = new long[4];
      final Map<List<EntityId>, Integer> groups = new HashMap<>();
      final List<EntityId> speakers = new ArrayList<>();
      final List<PartyId> sovereigns = new ArrayList<>();

      Builder(TerritoryId territory) {
        this.territory = territory;
      }

      /** Adds {@code claim} unless it was the last added (a claim naming the territory twice). */
      void claim(int claim) {
        if (claims.size() == 0 || claims.values()[claims.size() - 1] != claim) {
          claims.add(claim);
        }
      }

      void entry(int claim, long[] held, EntityId speaker, PartyId sovereign) {
        List<EntityId> key = List.of(speaker, sovereign);
        Integer g = groups.get(key);
        if (g == null) {
          g = speakers.size();
          groups.put(key, g);
          speakers.add(speaker);
          sovereigns.add(sovereign);
        }
        int e = entryGroup.size();
        if (e == startEarliest.length) {
          startEarliest = Arrays.copyOf(startEarliest, 2 * e);
          startLatest = Arrays.copyOf(startLatest, 2 * e);
          endEarliest = Arrays.copyOf(endEarliest, 2 * e);
          endLatest = Arrays.copyOf(endLatest, 2 * e);
        }
        entryGroup.add(g);
        startEarliest[e] = held[0];
        startLatest[e] = held[1];
        endEarliest[e] = held[2];
        endLatest[e] = held[3];
      }

      Claimed build() {
        return new Claimed(this);
      }
    }
  }
}
