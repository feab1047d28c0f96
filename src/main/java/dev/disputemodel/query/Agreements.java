package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.AskedTime;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;
import java.util.Optional;

/** Who accepts an agreement and whether it is in force on a date, for {@link ModelQueries}. */
final class Agreements {
  private final QueryScope scope;

  Agreements(QueryScope scope) {
    this.scope = scope;
  }

  /** The responses to {@code agreement} on {@code date} (see the facade). */
  ImmutableList<AgreementAnswer> responses(
      AgreementId agreement, FuzzyTime date, Optional<FuzzyTime> asKnownOn) {
    scope.require(agreement, "agreement");
    return Responses.inForce(scope.index(), PropositionType.AGREEMENT_RESPONSE, agreement,
        Objects.requireNonNull(date, "date"), asKnownOn,
        (r, claim, inForce) -> new AgreementAnswer(agreement, r.party(), r.response(), claim, inForce));
  }

  /** Whether {@code agreement} is in force on {@code date} (see the facade). */
  Certainty inForce(AgreementId id, FuzzyTime date) {
    Agreement a = scope.require(id, "agreement");
    Objects.requireNonNull(date, "date");
    ModelIndex index = scope.index();
    if (a.lapsed().isPresent()) {
      return Certainty.NOT;
    }
    AskedTime when = AskedTime.on(date);
    Certainty onRecord;
    if (a.takesEffect().isPresent()) {
      onRecord = when.certaintyOf(index.accords().inEffectOnRecord(id));
    } else {
      // Never signed as far as the model records, or no time known: at most possibly, and not
      // before its proposal nor after its end.
      Optional<FuzzyPeriod> bounds = a.proposed().isEmpty()
          ? a.ended().map(FuzzyPeriod::until)
          : Optional.of(a.ended().map(e -> FuzzyPeriod.of(a.proposed().get(), e))
              .orElse(FuzzyPeriod.since(a.proposed().get())));
      onRecord = when.certaintyOf(bounds).and(Certainty.POSSIBLY);
    }
    return neverInForceHeld(index, id, date) ? onRecord.and(Certainty.POSSIBLY) : onRecord;
  }

  /**
   * Returns true if an asserted claim that the agreement was never in force is held on or after
   * {@code date} (its position not definitely ended before it): a claim made later that it never
   * was is about all of its time.
   */
  private static boolean neverInForceHeld(ModelIndex index, AgreementId id, FuzzyTime date) {
    for (Claim claim : index.claimsWith(PropositionType.AGREEMENT_STAGE)) {
      if (claim.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (Proposition p : claim.propositions()) {
        if (p instanceof AgreementStatus s && s.agreement().equals(id)
            && s.stage() == AgreementStage.NEVER_IN_FORCE) {
          Optional<FuzzyPeriod> held = index.model().heldPeriod(claim);
          if (held.isPresent() && held.get().end().map(e -> !e.isBefore(date).isDefinite()).orElse(true)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
