package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Response;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/**
 * The one reading of "who accepts, rejects or ignores this ruling or agreement on a date" that
 * {@link ModelQueries#responsesTo(dev.disputemodel.RulingId, FuzzyTime)} and
 * {@link ModelQueries#responsesTo(dev.disputemodel.AgreementId, FuzzyTime)} share.
 */
final class Responses {
  private Responses() {}

  /** Makes the answer type of one query from a response in force. */
  @FunctionalInterface
  interface AnswerMaker<A> {
    A answer(Response response, Claim claim, Certainty inForce);
  }

  /**
   * Every asserted {@link Response} to {@code subject} (claims with propositions of
   * {@code type}) whose claim is possibly in force on {@code date}, as known now or on
   * {@code asKnownOn}, in model order of the claims.
   */
  static <A> ImmutableList<A> inForce(ModelIndex index, PropositionType type, EntityId subject,
      FuzzyTime date, Optional<FuzzyTime> asKnownOn, AnswerMaker<A> maker) {
    DisputeModel model = index.model();
    ImmutableList.Builder<A> out = ImmutableList.builder();
    for (Claim claim : index.claimsWith(type)) {
      if (claim.polarity() != Polarity.ASSERTS) {
        continue;
      }
      Certainty inForce = asKnownOn.isPresent()
          ? model.inForce(claim, date, asKnownOn.get()) : model.inForce(claim, date);
      if (!inForce.isPossible()) {
        continue;
      }
      for (Proposition p : claim.propositions()) {
        if (p instanceof Response r && r.subject().equals(subject)) {
          out.add(maker.answer(r, claim, inForce));
        }
      }
    }
    return out.build();
  }
}
