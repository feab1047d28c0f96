package dev.disputemodel.query;

import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.check.ModelIndex;
import dev.disputemodel.time.FuzzyTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The claim indexes, built in one pass over the claims (plus two sorts): posting lists of claim
 * positions by speaker (every party on the claimant's actsFor chain), source, subject,
 * proposition key, proposition type and casualty conflict; an interval index on when claims were
 * made; and two sorted arrays for "as known on". About 90 bytes per claim for a claim with three
 * subjects, plus the keys.
 */
final class ClaimIndex {
  final Postings<PartyId> bySpeaker;
  final Postings<SourceId> bySource;
  final Postings<EntityId> bySubject;
  final Postings<PropositionKey> byKey;
  final Postings<PropositionType> byType;
  final Postings<ConflictId> casualtiesByConflict;
  final IntervalIndex madeAt;
  /** Earliest moment each claim may have been made and published, ascending, with positions. */
  final long[] possiblyKnownFrom;
  final int[] possiblyKnownPos;
  /** Moment by which each claim was certainly made and published, ascending, with positions. */
  final long[] definitelyKnownBy;
  final int[] definitelyKnownPos;

  ClaimIndex(DisputeModel model, ModelIndex index) {
    List<Claim> claims = model.claims();
    int n = claims.size();
    Postings.Builder<PartyId> speaker = new Postings.Builder<>();
    Postings.Builder<SourceId> source = new Postings.Builder<>();
    Postings.Builder<EntityId> subject = new Postings.Builder<>();
    Postings.Builder<PropositionKey> key = new Postings.Builder<>();
    Postings.Builder<PropositionType> type = new Postings.Builder<>();
    Postings.Builder<ConflictId> casualties = new Postings.Builder<>();
    long[] madeLo = new long[n];
    long[] madeHi = new long[n];
    long[] possible = new long[n];
    long[] definite = new long[n];
    java.util.Map<SourceId, Optional<FuzzyTime>> publication = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      if (c.claimant().isPresent()) {
        for (PartyId p : index.actsForChain(c.claimant().get())) {
          speaker.add(p, i);
        }
      }
      source.add(c.source(), i);
      for (Proposition p : c.propositions()) {
        // Same subjects as ModelQueries.subjectsOf; postings drop a repeat of the same claim.
        for (dev.disputemodel.Reference r : p.references()) {
          subject.add(r.target(), i);
        }
        if (p instanceof CeasefireStatus s) {
          Optional<ConflictId> cf = conflictOf(model, s);
          if (cf.isPresent()) {
            subject.add(cf.get(), i);
          }
        }
        key.add(p.key(), i);
        type.add(p.key().type(), i);
        if (p instanceof Casualties cas) {
          casualties.add(cas.conflict(), i);
        }
      }
      FuzzyTime made = c.madeAt();
      madeLo[i] = made.earliestEpochSecond();
      madeHi[i] = made.latestEpochSecond();
      Optional<FuzzyTime> published = publication.computeIfAbsent(
          c.source(), id -> model.source(id).flatMap(Source::published));
      possible[i] = Math.max(madeLo[i], published.map(FuzzyTime::earliestEpochSecond).orElse(Long.MIN_VALUE));
      definite[i] = published.isEmpty() ? Long.MAX_VALUE : Math.max(madeHi[i], published.get().latestEpochSecond());
    }
    bySpeaker = speaker.build();
    bySource = source.build();
    bySubject = subject.build();
    byKey = key.build();
    byType = type.build();
    casualtiesByConflict = casualties.build();
    madeAt = new IntervalIndex(madeLo, madeHi);
    possiblyKnownPos = order(possible);
    possiblyKnownFrom = Arrays.stream(possiblyKnownPos).mapToLong(i -> possible[i]).toArray();
    definitelyKnownPos = order(definite);
    definitelyKnownBy = Arrays.stream(definitelyKnownPos).mapToLong(i -> definite[i]).toArray();
  }

  /**
   * Returns the positions 0..n-1 sorted by {@code keys}, ties in position order. Keys and
   * positions are packed into one primitive long per claim and sorted without boxing; MIN and MAX
   * (unbounded) sort first and last.
   */
  static int[] order(long[] keys) {
    int n = keys.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long k : keys) {
      if (k != Long.MIN_VALUE && k != Long.MAX_VALUE) {
        min = Math.min(min, k);
        max = Math.max(max, k);
      }
    }
    if (min > max) {
      min = 0;
      max = 0;
    }
    long range = max - min + 3;
    int[] out = new int[n];
    if (range > 0 && range < (Long.MAX_VALUE >> 1) / Math.max(1, n)) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        long rank = keys[i] == Long.MIN_VALUE ? 0 : keys[i] == Long.MAX_VALUE ? range - 1 : keys[i] - min + 1;
        packed[i] = rank * n + i;
      }
      Arrays.sort(packed);
      for (int i = 0; i < n; i++) {
        out[i] = (int) (packed[i] % n);
      }
      return out;
    }
    return IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> keys[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Returns the first index j with {@code a[j] >= v}. */
  static int firstAtLeast(long[] a, long v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] >= v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Returns the first index j with {@code a[j] > v}. */
  static int firstAbove(long[] a, long v) {
    return v == Long.MAX_VALUE ? a.length : firstAtLeast(a, v + 1);
  }

  /** Returns the ceasefire's conflict, for subjects. */
  static Optional<ConflictId> conflictOf(DisputeModel model, CeasefireStatus s) {
    return model.ceasefire(s.ceasefire()).map(dev.disputemodel.Ceasefire::conflict);
  }
}
