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
import dev.disputemodel.Source;
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
  private final ModelQueries queries;
  private final ImmutableList<Criterion> criteria;

  ClaimQuery(ModelQueries queries, ImmutableList<Criterion> criteria) {
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
    return with(new Criterion(ix -> ix.bySpeaker.get(party),
        c -> c.claimant().isPresent() && queries.index().actsForChain(c.claimant().get()).contains(party)));
  }

  /** Keeps claims whose claimant is exactly {@code party} (not those acting for it). Indexed. */
  public ClaimQuery byExactly(PartyId party) {
    queries.require(party, "party");
    return with(new Criterion(ix -> ix.bySpeaker.get(party), c -> c.claimant().equals(Optional.of(party))));
  }

  /** Keeps claims that the source makes in its own voice (no claimant). Not indexed. */
  public ClaimQuery inSourceVoice() {
    return with(new Criterion(null, c -> c.claimant().isEmpty()));
  }

  /** Keeps claims reported in {@code source}. Indexed. */
  public ClaimQuery reportedIn(SourceId source) {
    queries.require(source, "source");
    return with(new Criterion(ix -> ix.bySource.get(source), c -> c.source().equals(source)));
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
    return with(new Criterion(ix -> ix.bySubject.union(set),
        ix -> set.stream().mapToInt(s -> ix.bySubject.get(s).length).reduce(0, (a, b) -> (int) Math.min(Integer.MAX_VALUE - 2L, (long) a + b)),
        c -> queries.subjectsOf(c).stream().anyMatch(set::contains)));
  }

  /** Keeps claims about {@code territory} or any territory inside it. Indexed. */
  public ClaimQuery aboutTerritory(TerritoryId territory) {
    queries.require(territory, "territory");
    return aboutAnyOf(queries.selfAndDescendants(territory));
  }

  /** Keeps claims with a proposition on the question {@code key}. Indexed. */
  public ClaimQuery on(PropositionKey key) {
    Objects.requireNonNull(key, "key");
    return with(new Criterion(ix -> ix.byKey.get(key),
        c -> c.propositions().stream().anyMatch(p -> p.key().equals(key))));
  }

  /** Keeps claims with a proposition of {@code type}. Indexed. */
  public ClaimQuery ofType(PropositionType type) {
    Objects.requireNonNull(type, "type");
    return with(new Criterion(ix -> ix.byType.get(type),
        c -> c.propositions().stream().anyMatch(p -> p.key().type() == type)));
  }

  /** Keeps claims with a proposition of the given record type, such as {@code Casualties.class}. */
  public ClaimQuery withProposition(Class<? extends Proposition> type) {
    Objects.requireNonNull(type, "type");
    return with(new Criterion(null, c -> c.propositions().stream().anyMatch(type::isInstance)));
  }

  /** Keeps claims with polarity {@code polarity}. Not indexed. */
  public ClaimQuery withPolarity(Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    return with(new Criterion(null, c -> c.polarity() == polarity));
  }

  /**
   * Keeps claims made at {@code when}: their {@link Claim#madeAt()} overlaps its span with the
   * required certainty. Indexed by an interval index, used only when no other criterion is.
   */
  public ClaimQuery madeAt(When when) {
    Objects.requireNonNull(when, "when");
    return with(new Criterion(ix -> ix.madeAt.overlapping(when.lo(), when.hi()), Integer.MAX_VALUE - 1,
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
    return with(new Criterion(
        ix -> {
          int n = definite ? ClaimIndex.firstAbove(ix.definitelyKnownBy, cutoff)
              : ClaimIndex.firstAtLeast(ix.possiblyKnownFrom, cutoff);
          int[] out = Arrays.copyOf(definite ? ix.definitelyKnownPos : ix.possiblyKnownPos, n);
          Arrays.sort(out);
          return out;
        },
        ix -> definite ? ClaimIndex.firstAbove(ix.definitelyKnownBy, cutoff)
            : ClaimIndex.firstAtLeast(ix.possiblyKnownFrom, cutoff),
        c -> When.meets(knownBy(c, cutoff), certainty)));
  }

  /** Returns how certain it is that {@code c} was made and published before {@code cutoff}. */
  private Certainty knownBy(Claim c, long cutoff) {
    Optional<FuzzyTime> published = queries.model().source(c.source()).flatMap(Source::published);
    return before(c.madeAt(), cutoff).and(published.map(p -> before(p, cutoff)).orElse(Certainty.POSSIBLY));
  }

  private static Certainty before(FuzzyTime t, long cutoff) {
    if (t.latestEpochSecond() <= cutoff) {
      return Certainty.DEFINITELY;
    }
    return t.earliestEpochSecond() < cutoff ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /** Returns the matching claims, in model order. */
  public ImmutableList<Claim> list() {
    List<Claim> all = queries.model().claims();
    ClaimIndex ix = queries.claimIndex();
    Criterion driver = null;
    int best = Integer.MAX_VALUE;
    for (Criterion c : criteria) {
      int estimate = c.estimate(ix);
      if (estimate < best) {
        best = estimate;
        driver = c;
      }
    }
    ImmutableList.Builder<Claim> out = ImmutableList.builder();
    if (driver == null) {
      all.forEach(c -> {
        if (matches(c)) {
          out.add(c);
        }
      });
    } else {
      for (int pos : driver.candidates.apply(ix)) {
        Claim c = all.get(pos);
        if (matches(c)) {
          out.add(c);
        }
      }
    }
    return out.build();
  }

  /** Returns the number of matching claims. */
  public int count() {
    return list().size();
  }

  private boolean matches(Claim c) {
    for (Criterion k : criteria) {
      if (!k.test.test(c)) {
        return false;
      }
    }
    return true;
  }

  private ClaimQuery with(Criterion c) {
    return new ClaimQuery(queries, ImmutableList.<Criterion>builder().addAll(criteria).add(c).build());
  }

  /** One criterion: an optional index lookup, its size, and the exact test. */
  static final class Criterion {
    final java.util.function.Function<ClaimIndex, int[]> candidates; // null: not indexed
    final java.util.function.ToIntFunction<ClaimIndex> estimate;
    final java.util.function.Predicate<Claim> test;

    /** A criterion whose candidates (if indexed) cost their number to compute. */
    Criterion(java.util.function.Function<ClaimIndex, int[]> candidates, java.util.function.Predicate<Claim> test) {
      this.candidates = candidates;
      this.estimate = candidates == null ? ix -> Integer.MAX_VALUE : ix -> candidates.apply(ix).length;
      this.test = test;
    }

    /** An indexed criterion with a fixed cost estimate (its candidates are a superset). */
    Criterion(java.util.function.Function<ClaimIndex, int[]> candidates, int estimate, java.util.function.Predicate<Claim> test) {
      this.candidates = candidates;
      this.estimate = ix -> estimate;
      this.test = test;
    }

    /** An indexed criterion with a cheap size estimate. */
    Criterion(java.util.function.Function<ClaimIndex, int[]> candidates,
        java.util.function.ToIntFunction<ClaimIndex> estimate, java.util.function.Predicate<Claim> test) {
      this.candidates = candidates;
      this.estimate = estimate;
      this.test = test;
    }

    int estimate(ClaimIndex ix) {
      return estimate.applyAsInt(ix);
    }
  }

}
