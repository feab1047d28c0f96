package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A question about claims, built from criteria that all must hold: "what had Azerbaijan said
 * about casualties, as definitely known on 1 October 2022" is
 * {@code q.claims().by(AZERBAIJAN).ofType(CASUALTIES).asKnownOn(onDay(2022-10-01), DEFINITELY)}.
 * Each refinement returns a new query; the query itself is immutable and thread-safe.
 *
 * <p>Criteria apply to the claim as a whole: a claim with propositions on two questions matches
 * {@code on(k1)} and {@code on(k2)}. Answered as CQEngine answers a conjunction: every indexed
 * criterion knows its number of candidates in O(1) or O(log n); the smallest candidate list is
 * read and the other criteria are tested on it. So the cost is O(smallest candidate list), not
 * O(claims). Results are in model order.
 */
public final class ClaimQuery {
  private final QueryScope queries;
  private final ImmutableList<Criterion> criteria;

  ClaimQuery(QueryScope queries, ImmutableList<Criterion> criteria) {
    this.queries = queries;
    this.criteria = criteria;
  }

  /**
   * Keeps claims made by {@code party} or by anyone who acts for it, at any remove: {@code by(ARMENIA)}
   * includes Prime Minister Pashinyan's claims. Indexed.
   *
   * @throws dev.disputemodel.InvalidValueException if the party is not in the model
   */
  public ClaimQuery by(PartyId party) {
    queries.require(party, "party");
    return with(Criterion.postings(ix -> ix.bySpeaker.get(party)));
  }

  /** Keeps claims whose claimant is exactly {@code party} (not those acting for it). Indexed. */
  public ClaimQuery byExactly(PartyId party) {
    queries.require(party, "party");
    return with(Criterion.postings(ix -> ix.byClaimant.get(party)));
  }

  /** Keeps claims that the source makes in its own voice (no claimant). Not indexed. */
  public ClaimQuery inSourceVoice() {
    return with(Criterion.unindexed(c -> c.claimant().isEmpty()));
  }

  /** Keeps claims reported in {@code source}. Indexed. */
  public ClaimQuery reportedIn(SourceId source) {
    queries.require(source, "source");
    return with(Criterion.postings(ix -> ix.bySource.get(source)));
  }

  /**
   * Keeps claims about {@code subject} (see {@link ModelQueries#subjectsOf}). Indexed.
   *
   * @throws dev.disputemodel.InvalidValueException if the entity is not in the model
   */
  public ClaimQuery about(EntityId subject) {
    return aboutAnyOf(List.of(subject));
  }

  /** Keeps claims about at least one of {@code subjects}. Indexed (a union of posting lists). */
  public ClaimQuery aboutAnyOf(Collection<? extends EntityId> subjects) {
    ImmutableSet<EntityId> set = ImmutableSet.copyOf(subjects);
    set.forEach(s -> queries.require(s, "subjects"));
    return with(Criterion.anyOf(ix -> set.stream().map(ix.bySubject::get).toArray(int[][]::new)));
  }

  /** Keeps claims about {@code territory} or any territory inside it. Indexed. */
  public ClaimQuery aboutTerritory(TerritoryId territory) {
    queries.require(territory, "territory");
    return aboutAnyOf(queries.selfAndDescendants(territory));
  }

  /** Keeps claims with a proposition on the question {@code key}. Indexed. */
  public ClaimQuery on(PropositionKey key) {
    Objects.requireNonNull(key, "key");
    return with(Criterion.postings(ix -> ix.byKey.get(key)));
  }

  /** Keeps claims with a proposition of {@code type}. Indexed. */
  public ClaimQuery ofType(PropositionType type) {
    Objects.requireNonNull(type, "type");
    return with(Criterion.postings(ix -> ix.byType.get(type)));
  }

  /** Keeps claims with a proposition of the given record type, such as {@code Casualties.class}. */
  public ClaimQuery withProposition(Class<? extends Proposition> type) {
    Objects.requireNonNull(type, "type");
    return with(Criterion.unindexed(c -> c.propositions().stream().anyMatch(type::isInstance)));
  }

  /** Keeps claims with polarity {@code polarity}. Not indexed. */
  public ClaimQuery withPolarity(Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    return with(Criterion.unindexed(c -> c.polarity() == polarity));
  }

  /**
   * Keeps claims made at {@code when}: their {@link Claim#madeAt()} overlaps its span with the
   * required certainty. Indexed by an interval index, used only when no other criterion is.
   */
  public ClaimQuery madeAt(When when) {
    Objects.requireNonNull(when, "when");
    return with(Criterion.superset(ix -> ix.madeAt.overlapping(when.lo(), when.hi()), Integer.MAX_VALUE - 1,
        c -> when.accepts(Optional.of(FuzzyPeriod.at(c.madeAt())))));
  }

  /**
   * Keeps what was known on {@code date} (bitemporal: when it was said, not when it happened):
   * claims made, and reported in a source published, by the end of {@code date}. With
   * {@link Certainty#DEFINITELY} both must lie wholly before that end; with
   * {@link Certainty#POSSIBLY} both may. A source with no publication time is only possibly
   * published by then. Indexed by two sorted arrays.
   *
   * @throws dev.disputemodel.InvalidValueException if {@code certainty} is {@link Certainty#NOT}
   */
  public ClaimQuery asKnownOn(FuzzyTime date, Certainty certainty) {
    Objects.requireNonNull(date, "date");
    When.checkRequired(certainty);
    long cutoff = date.latestEpochSecond();
    boolean definite = certainty == Certainty.DEFINITELY;
    if (definite) {
      return with(Criterion.sorted(
          ix -> ix.definitelyKnownPos, ix -> Positions.firstAbove(ix.definitelyKnownBy, cutoff),
          (ix, pos) -> ix.definitelyKnownAt[pos] <= cutoff));
    }
    return with(Criterion.sorted(
        ix -> ix.possiblyKnownPos, ix -> Positions.firstAtLeast(ix.possiblyKnownFrom, cutoff),
        (ix, pos) -> ix.possiblyKnownAt[pos] < cutoff));
  }

  /**
   * Returns the matching claims, in model order. The criterion with the fewest candidates drives;
   * each other indexed criterion is checked on the index alone (a posting list walked along the
   * driver's, or a per-claim time), and only the rest read the claim.
   */
  public ImmutableList<Claim> list() {
    List<Claim> all = queries.model().claims();
    ClaimIndex ix = queries.claimIndex();
    int m = criteria.size();
    int driver = -1;
    int best = Integer.MAX_VALUE;
    for (int k = 0; k < m; k++) {
      int estimate = criteria.get(k).estimate.applyAsInt(ix);
      if (estimate < best) {
        best = estimate;
        driver = k;
      }
    }
    ImmutableList.Builder<Claim> out = ImmutableList.builder();
    if (driver < 0) {
      for (Claim c : all) {
        if (passesClaimTests(c, -1)) {
          out.add(c);
        }
      }
      return out.build();
    }
    int[][][] lists = new int[m][][];
    int[][] cursors = new int[m][];
    for (int k = 0; k < m; k++) {
      if (k != driver && criteria.get(k).postings != null) {
        lists[k] = criteria.get(k).postings.apply(ix);
        cursors[k] = new int[lists[k].length];
      }
    }
    candidates:
    for (int pos : criteria.get(driver).candidates(ix)) {
      for (int k = 0; k < m; k++) {
        Criterion c = criteria.get(k);
        if (k == driver) {
          continue;
        }
        if (lists[k] != null ? !contains(lists[k], cursors[k], pos)
            : c.atPosition != null && !c.atPosition.test(ix, pos)) {
          continue candidates;
        }
      }
      Claim claim = all.get(pos);
      if (passesClaimTests(claim, driver)) {
        out.add(claim);
      }
    }
    return out.build();
  }

  /** Returns the number of matching claims. */
  public int count() {
    return list().size();
  }

  /**
   * Returns true if one of {@code lists} holds {@code pos}; {@code cursors} remember where each
   * list was left, since positions are asked in ascending order.
   */
  private static boolean contains(int[][] lists, int[] cursors, int pos) {
    boolean found = false;
    for (int l = 0; l < lists.length; l++) {
      cursors[l] = Positions.gallop(lists[l], cursors[l], pos);
      found |= cursors[l] < lists[l].length && lists[l][cursors[l]] == pos;
    }
    return found;
  }

  /** Applies the criteria that the index cannot decide (all but an exact driver). */
  private boolean passesClaimTests(Claim c, int driver) {
    for (int k = 0; k < criteria.size(); k++) {
      Criterion criterion = criteria.get(k);
      if (criterion.test != null && (k != driver || !criterion.exactCandidates)) {
        if (!criterion.test.test(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private ClaimQuery with(Criterion c) {
    return new ClaimQuery(queries, ImmutableList.<Criterion>builder().addAll(criteria).add(c).build());
  }

  /** Decides from the index alone whether the claim at a position meets a criterion. */
  @FunctionalInterface
  interface PositionTest {
    boolean test(ClaimIndex ix, int position);
  }

  /**
   * One criterion: how to find its candidates and their number, and how to decide a claim found
   * by another criterion: by its posting lists, by a per-position test, or by reading the claim.
   */
  static final class Criterion {
    /** Posting lists, any of which holds exactly the matching claims; null if not by postings. */
    final Function<ClaimIndex, int[][]> postings;
    /** Candidate positions, ascending; null if not indexed. */
    private final Function<ClaimIndex, int[]> candidates;
    /** The number of candidates, or MAX if not indexed. */
    final ToIntFunction<ClaimIndex> estimate;
    /** Decides a position from the index; null if the postings or the claim decide. */
    final PositionTest atPosition;
    /** Decides a claim by reading it; null if the index decides. */
    final Predicate<Claim> test;
    /** True if the candidates are exactly the matching claims (no test needed when driving). */
    final boolean exactCandidates;

    private Criterion(Function<ClaimIndex, int[][]> postings, Function<ClaimIndex, int[]> candidates,
        ToIntFunction<ClaimIndex> estimate, PositionTest atPosition, Predicate<Claim> test,
        boolean exactCandidates) {
      this.postings = postings;
      this.candidates = candidates;
      this.estimate = estimate;
      this.atPosition = atPosition;
      this.test = test;
      this.exactCandidates = exactCandidates;
    }

    /** The claims in one posting list. */
    static Criterion postings(Function<ClaimIndex, int[]> list) {
      return new Criterion(ix -> new int[][] {list.apply(ix)}, list, ix -> list.apply(ix).length,
          null, null, true);
    }

    /** The claims in any of several posting lists (their union drives). */
    static Criterion anyOf(Function<ClaimIndex, int[][]> lists) {
      return new Criterion(lists, ix -> {
        int[] union = IntList.EMPTY;
        for (int[] l : lists.apply(ix)) {
          union = Postings.merge(union, l);
        }
        return union;
      }, ix -> {
        long sum = 0;
        for (int[] l : lists.apply(ix)) {
          sum += l.length;
        }
        return (int) Math.min(Integer.MAX_VALUE - 2L, sum);
      }, null, null, true);
    }

    /**
     * The claims at the first {@code count} places of an order of all claims ({@code sorted}),
     * each also decided by {@code atPosition}.
     */
    static Criterion sorted(Function<ClaimIndex, int[]> sorted, ToIntFunction<ClaimIndex> count,
        PositionTest atPosition) {
      return new Criterion(null, ix -> {
        int[] prefix = Arrays.copyOf(sorted.apply(ix), count.applyAsInt(ix));
        Arrays.sort(prefix);
        return prefix;
      }, count, atPosition, null, true);
    }

    /** Candidates that include every match (and more), each decided by {@code test}. */
    static Criterion superset(Function<ClaimIndex, int[]> candidates, int estimate, Predicate<Claim> test) {
      return new Criterion(null, candidates, ix -> estimate, null, test, false);
    }

    /** Decided by reading every claim. */
    static Criterion unindexed(Predicate<Claim> test) {
      return new Criterion(null, null, ix -> Integer.MAX_VALUE, null, test, false);
    }

    /** Returns the candidates, ascending. Do not modify. */
    int[] candidates(ClaimIndex ix) {
      return candidates.apply(ix);
    }
  }
}
