package dev.disputemodel.query;

import dev.disputemodel.Casualties;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.FuzzyTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The claim indexes: posting lists of claim positions by claimant, by speaker (every party on the
 * claimant's actsFor chain), source, subject, proposition key, proposition type and casualty
 * conflict; an interval index on when claims were made; and, for "as known on", the moment each
 * claim possibly and definitely became known, per claim and sorted.
 *
 * <p>Built in three passes over the claims, each filling its own indexes: by proposition, by
 * claimant, and by source and subject. The first two are forked with the index's
 * {@link ModelIndex#parallelism()} while the calling thread does the third (and runs them itself
 * if it is sequential, or if no worker of the common pool has taken them). Parties and sources are looked up in small maps, once per claim; only
 * keys and subjects need a lookup per proposition.
 */
final class ClaimIndex {
  final Postings<PartyId> byClaimant;
  final Postings<PartyId> bySpeaker;
  final Postings<SourceId> bySource;
  final Postings<EntityId> bySubject;
  final Postings<PropositionKey> byKey;
  final Postings<PropositionType> byType;
  final Postings<ConflictId> casualtiesByConflict;
  final IntervalIndex madeAt;
  /** Per claim: the earliest moment it may have been made and published (MIN if unbounded). */
  final long[] possiblyKnownAt;
  /** Per claim: the moment by which it was certainly made and published (MAX if never certain). */
  final long[] definitelyKnownAt;
  /** {@link #possiblyKnownAt} ascending, with the claims' positions. */
  final long[] possiblyKnownFrom;
  final int[] possiblyKnownPos;
  /** {@link #definitelyKnownAt} ascending, with the claims' positions. */
  final long[] definitelyKnownBy;
  final int[] definitelyKnownPos;

  ClaimIndex(DisputeModel model, ModelIndex index) {
    List<Claim> claims = model.claims();
    Supplier<ByProposition> propositions = index.parallelism().fork(() -> new ByProposition(claims));
    Supplier<ByClaimant> claimants = index.parallelism().fork(() -> new ByClaimant(model, index));
    BySourceAndSubject sourced = new BySourceAndSubject(model);
    ByClaimant byClaimants = claimants.get();
    ByProposition byPropositions = propositions.get();
    byClaimant = byClaimants.byClaimant;
    bySpeaker = byClaimants.bySpeaker;
    madeAt = byClaimants.madeAt;
    bySource = sourced.bySource;
    bySubject = sourced.bySubject;
    possiblyKnownAt = sourced.possiblyKnownAt;
    definitelyKnownAt = sourced.definitelyKnownAt;
    possiblyKnownPos = sourced.possiblyKnownPos;
    possiblyKnownFrom = Positions.keysOf(possiblyKnownPos, possiblyKnownAt);
    definitelyKnownPos = sourced.definitelyKnownPos;
    definitelyKnownBy = Positions.keysOf(definitelyKnownPos, definitelyKnownAt);
    byKey = byPropositions.byKey;
    byType = byPropositions.byType;
    casualtiesByConflict = byPropositions.casualtiesByConflict;
  }

  /** The indexes by proposition key, proposition type and casualty conflict. */
  private static final class ByProposition {
    final Postings<PropositionKey> byKey;
    final Postings<PropositionType> byType;
    final Postings<ConflictId> casualtiesByConflict;

    ByProposition(List<Claim> claims) {
      Postings.Builder<PropositionKey> key = new Postings.Builder<>();
      Postings.Builder<PropositionType> type = new Postings.Builder<PropositionType>()
          .withKeys(Arrays.asList(PropositionType.values()));
      Postings.Builder<ConflictId> casualties = new Postings.Builder<>();
      for (int i = 0; i < claims.size(); i++) {
        for (Proposition p : claims.get(i).propositions()) {
          PropositionKey k = p.key();
          key.add(k, i);
          type.add(k.type().ordinal(), i);
          if (p instanceof Casualties cas) {
            casualties.add(cas.conflict(), i);
          }
        }
      }
      byKey = key.build();
      byType = type.build();
      casualtiesByConflict = casualties.build();
    }
  }

  /** The indexes by claimant and by speaker, and by when claims were made. */
  private static final class ByClaimant {
    final Postings<PartyId> byClaimant;
    final Postings<PartyId> bySpeaker;
    final IntervalIndex madeAt;

    ByClaimant(DisputeModel model, ModelIndex index) {
      List<Claim> claims = model.claims();
      int n = claims.size();
      List<PartyId> parties = model.parties().stream().map(Party::id).toList();
      Postings.Builder<PartyId> claimant = new Postings.Builder<PartyId>().withKeys(parties);
      Postings.Builder<PartyId> speaker = new Postings.Builder<PartyId>().withKeys(parties);
      int[][] chains = new int[parties.size()][];
      for (int p = 0; p < chains.length; p++) {
        chains[p] = index.actsForChain(parties.get(p)).stream().mapToInt(speaker::ordinal).toArray();
      }
      long[] madeLo = new long[n];
      long[] madeHi = new long[n];
      for (int i = 0; i < n; i++) {
        Claim c = claims.get(i);
        if (c.claimant().isPresent()) {
          int who = claimant.ordinal(c.claimant().get());
          claimant.add(who, i);
          if (who < chains.length) {
            for (int p : chains[who]) {
              speaker.add(p, i);
            }
          } else { // not a party of the model: its own chain, as ModelIndex#actsForChain says
            speaker.add(c.claimant().get(), i);
          }
        }
        madeLo[i] = c.madeAt().earliestEpochSecond();
        madeHi[i] = c.madeAt().latestEpochSecond();
      }
      byClaimant = claimant.build();
      bySpeaker = speaker.build();
      madeAt = new IntervalIndex(madeLo, madeHi);
    }
  }

  /** The indexes by source and by subject, and when each claim became known. */
  private static final class BySourceAndSubject {
    final Postings<SourceId> bySource;
    final Postings<EntityId> bySubject;
    final long[] possiblyKnownAt;
    final long[] definitelyKnownAt;
    final int[] possiblyKnownPos;
    final int[] definitelyKnownPos;

    BySourceAndSubject(DisputeModel model) {
      List<Claim> claims = model.claims();
      int n = claims.size();
      List<Source> sources = model.sources();
      Postings.Builder<SourceId> source = new Postings.Builder<SourceId>()
          .withKeys(sources.stream().map(Source::id).toList());
      long[] publishedEarliest = new long[sources.size()];
      long[] publishedLatest = new long[sources.size()];
      for (int s = 0; s < publishedEarliest.length; s++) {
        Optional<FuzzyTime> published = sources.get(s).published();
        publishedEarliest[s] = published.map(FuzzyTime::earliestEpochSecond).orElse(Long.MIN_VALUE);
        publishedLatest[s] = published.map(FuzzyTime::latestEpochSecond).orElse(Long.MAX_VALUE);
      }
      Postings.Builder<EntityId> subject = new Postings.Builder<>();
      possiblyKnownAt = new long[n];
      definitelyKnownAt = new long[n];
      for (int i = 0; i < n; i++) {
        Claim c = claims.get(i);
        int from = source.ordinal(c.source());
        source.add(from, i);
        int claim = i;
        for (Proposition p : c.propositions()) {
          // Postings drop a repeat of the same claim.
          Subjects.forEach(model, p, t -> subject.add(t, claim));
        }
        FuzzyTime made = c.madeAt();
        boolean knownSource = from < publishedEarliest.length;
        possiblyKnownAt[i] = Math.max(made.earliestEpochSecond(),
            knownSource ? publishedEarliest[from] : Long.MIN_VALUE);
        // a source with no publication time is never certainly published
        definitelyKnownAt[i] = !knownSource || publishedLatest[from] == Long.MAX_VALUE
            ? Long.MAX_VALUE : Math.max(made.latestEpochSecond(), publishedLatest[from]);
      }
      bySource = source.build();
      bySubject = subject.build();
      possiblyKnownPos = Positions.sortedBy(possiblyKnownAt);
      definitelyKnownPos = Positions.sortedBy(definitelyKnownAt);
    }
  }
}
