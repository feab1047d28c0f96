package dev.disputemodel;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of "known on" and "in force on" for claims, used by {@link DisputeModel}
 * and restated by the indexes of the query and check packages (whose tests compare with it).
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

  /** {@code asKnownOn} null: as known now, every claim of the model counted. */
  static Certainty inForce(
      DisputeModel model, Claim claim, FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    Certainty inForce = asKnownOn == null ? Certainty.DEFINITELY : knownOn(model, claim, asKnownOn);
    inForce = inForce.and(claim.holdingPeriod().covers(date));
    if (!inForce.isPossible()) {
      return inForce;
    }
    EntityId speaker = model.speaker(claim);
    for (Claim later : model.endingsOf(claim.id())) {
      if (!model.speaker(later).equals(speaker)) {
        continue;
      }
      Certainty known =
          asKnownOn == null ? Certainty.DEFINITELY : knownOn(model, later, asKnownOn);
      for (Ending e : later.ends()) {
        if (e.claim().equals(claim.id())) {
          inForce = inForce.and(known.and(e.effectiveIn(later).isBefore(date)).negate());
        }
      }
    }
    return inForce;
  }
}
