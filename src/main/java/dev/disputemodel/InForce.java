package dev.disputemodel;

import dev.disputemodel.internal.FuzzyTimes;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of "known on", "held during" and "in force on" for claims, used by
 * {@link DisputeModel} and restated by the indexes of the query and check packages (whose tests
 * compare with it).
 */
final class InForce {
  private InForce() {}


  static Certainty knownOn(DisputeModel model, Claim claim, FuzzyTime date) {
    LocalDateTime end = date.latest();
    Certainty made = claim.madeAt().isBefore(end);
    Certainty published = model.source(claim.source())
        .flatMap(Source::published)
        .map(p -> p.isBefore(end))
        .orElse(Certainty.POSSIBLY);
    return made.and(published);
  }

  /**
   * Returns the claim's holding period ended by the earliest of the endings by its own speaker
   * that {@code counted} accepts; empty if one of them definitely takes effect before the holding
   * period begins (the position was never held).
   */
  static Optional<FuzzyPeriod> heldPeriod(
      DisputeModel model, Claim claim, Predicate<Claim> counted) {
    FuzzyPeriod holding = claim.holdingPeriod();
    FuzzyTime end = holding.end().orElse(null);
    EntityId speaker = null;
    for (Claim later : model.endingsOf(claim.id())) {
      if (speaker == null) {
        speaker = model.speaker(claim);
      }
      if (!model.speaker(later).equals(speaker) || !counted.test(later)) {
        continue;
      }
      for (Ending e : later.ends()) {
        if (e.claim().equals(claim.id())) {
          end = end == null ? e.effectiveIn(later) : FuzzyTimes.earlierOf(end, e.effectiveIn(later));
        }
      }
    }
    if (end == null || holding.end().equals(Optional.of(end))) {
      return Optional.of(holding);
    }
    Optional<FuzzyTime> start = holding.start();
    if (start.isPresent() && end.isBefore(start.get()).isDefinite()) {
      return Optional.empty();
    }
    return Optional.of(holding.withEnd(end));
  }

  /**
   * {@code asKnownOn} null: as known now, every claim of the model counted. Otherwise the claim
   * must be known, and the position is surely in force where even every possibly known ending
   * leaves it held, surely not where the surely known endings already ended it.
   *
   * <p>A claim {@linkplain Claim#about() about a period} is in force on the dates of that period
   * while its position stands: as known now, when nothing has ended it ({@link #inForcePeriod}); as known
   * on a date, when its position is in force on that date as known then.
   */
  static Certainty inForce(
      DisputeModel model, Claim claim, FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    Optional<FuzzyPeriod> about = claim.about();
    if (about.isPresent()) {
      Certainty covered = about.get().covers(date);
      if (!covered.isPossible()) {
        return Certainty.NOT;
      }
      return asKnownOn == null ? covers(inForcePeriod(model, claim), date)
          : covered.and(held(model, claim, asKnownOn, asKnownOn));
    }
    return held(model, claim, date, asKnownOn);
  }

  /**
   * Returns the period on whose dates the claim is in force as known now: its held period, or,
   * for a claim about a period, that period while nothing has ended the claim's position (its held
   * period has no end); empty when there is none.
   */
  static Optional<FuzzyPeriod> inForcePeriod(DisputeModel model, Claim claim) {
    Optional<FuzzyPeriod> held = heldPeriod(model, claim, c -> true);
    if (claim.about().isEmpty()) {
      return held;
    }
    return held.isPresent() && held.get().end().isEmpty() ? claim.about() : Optional.empty();
  }

  /**
   * Returns whether two positions are held at the same time and about the same time: their held
   * periods may overlap and, when either claim is {@linkplain Claim#about() about a period}, their
   * periods covered (that period, or else the held period) may overlap too; the surer bound of
   * the two.
   */
  static Certainty heldTogether(DisputeModel model, Claim a, Claim b) {
    Optional<FuzzyPeriod> pa = heldPeriod(model, a, c -> true);
    Optional<FuzzyPeriod> pb = heldPeriod(model, b, c -> true);
    if (pa.isEmpty() || pb.isEmpty()) {
      return Certainty.NOT;
    }
    Certainty held = pa.get().overlaps(pb.get());
    if (!held.isPossible() || (a.about().isEmpty() && b.about().isEmpty())) {
      return held;
    }
    return held.and(a.about().orElse(pa.get()).overlaps(b.about().orElse(pb.get())));
  }

  /** Whether the position is held on {@code date}, as in {@link #inForce} for a claim about no period. */
  private static Certainty held(
      DisputeModel model, Claim claim, FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    if (asKnownOn == null) {
      return covers(heldPeriod(model, claim, c -> true), date);
    }
    Certainty known = knownOn(model, claim, asKnownOn);
    if (!known.isPossible()) {
      return Certainty.NOT;
    }
    Certainty endedByAll =
        covers(heldPeriod(model, claim, c -> knownOn(model, c, asKnownOn).isPossible()), date);
    if (endedByAll.isDefinite()) {
      return known;
    }
    Certainty endedBySure =
        covers(heldPeriod(model, claim, c -> knownOn(model, c, asKnownOn).isDefinite()), date);
    return endedBySure.isPossible() ? known.and(Certainty.POSSIBLY) : Certainty.NOT;
  }

  private static Certainty covers(Optional<FuzzyPeriod> period, FuzzyTime date) {
    return period.map(p -> p.covers(date)).orElse(Certainty.NOT);
  }
}
