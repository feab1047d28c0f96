package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rulings about a territory and the responses to a ruling, for {@link ModelQueries}. */
final class Rulings {
  private final QueryScope scope;
  private final Function<Claim, ? extends Set<EntityId>> subjects;

  Rulings(QueryScope scope, Function<Claim, ? extends Set<EntityId>> subjects) {
    this.scope = scope;
    this.subjects = subjects;
  }

  /** Rulings about {@code territory} or a territory within it (see the facade). */
  ImmutableList<Ruling> about(TerritoryId territory) {
    scope.require(territory, "territory");
    return about(scope.model(), ImmutableSet.copyOf(scope.selfAndDescendants(territory)), subjects);
  }

  /** The responses to {@code ruling} on {@code date} (see the facade). */
  ImmutableList<RulingAnswer> responses(
      RulingId ruling, FuzzyTime date, Optional<FuzzyTime> asKnownOn) {
    scope.require(ruling, "ruling");
    return responses(scope.index(), ruling, Objects.requireNonNull(date, "date"), asKnownOn);
  }

  /**
   * Rulings whose decisions name one of {@code territories}, or decide on a claim whose
   * {@code subjects} include one of them, in model order.
   */
  private static ImmutableList<Ruling> about(DisputeModel model, Set<TerritoryId> territories,
      Function<Claim, ? extends Set<EntityId>> subjects) {
    return model.rulings().stream()
        .filter(r -> r.territories().stream().anyMatch(territories::contains)
            || r.decisions().stream().anyMatch(d -> d instanceof ClaimDecision c
                && model.claim(c.claim()).map(subjects).map(s -> s.stream().anyMatch(territories::contains))
                    .orElse(false)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every asserted {@link RulingResponse} to {@code ruling} whose claim is possibly in force on
   * {@code date}, as known now or on {@code asKnownOn}, in model order of the claims.
   */
  private static ImmutableList<RulingAnswer> responses(
      ModelIndex index, RulingId ruling, FuzzyTime date, Optional<FuzzyTime> asKnownOn) {
    return Responses.inForce(index, PropositionType.RULING_RESPONSE, ruling, date, asKnownOn,
        (r, claim, inForce) -> new RulingAnswer(ruling, r.party(), r.response(), claim, inForce));
  }
}
