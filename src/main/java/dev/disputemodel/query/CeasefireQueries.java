package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.AttackEvidence;
import dev.disputemodel.index.CeasefireStanding;
import dev.disputemodel.index.StateReport;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ceasefire account behind {@link ModelQueries#ceasefire}: brokers, the state each claim
 * reports, and the evidence of violation after the ceasefire took effect. Contracts are documented
 * on the facade.
 */
final class CeasefireQueries {
  private final QueryScope scope;

  CeasefireQueries(QueryScope scope) {
    this.scope = scope;
  }

  CeasefireAccount account(CeasefireId ceasefire) {
    Ceasefire cf = scope.require(ceasefire, "ceasefire");
    ImmutableList<Mediator> brokers = scope.entityIndex().mediatorsByCeasefire.get(ceasefire).stream()
        .filter(m -> m.role() == MediatorRole.BROKER).collect(ImmutableList.toImmutableList());
    List<StateReport> reports = new ArrayList<>();
    for (int pos : scope.claimIndex().byKey.get(PropositionKey.of(PropositionType.CEASEFIRE_STATE, ceasefire))) {
      Claim c = scope.model().claims().get(pos);
      for (Proposition p : c.propositions()) {
        if (p instanceof CeasefireStatus s && s.ceasefire().equals(ceasefire)) {
          reports.add(new StateReport(c, scope.index().speaker(c), c.polarity(), s.state()));
        }
      }
    }
    return new CeasefireAccount(cf, brokers, reports, violations(cf));
  }

  /**
   * Returns the hostilities of the ceasefire's conflict that possibly fall while it was in effect,
   * and the asserting claims that it was violated or of an attack in its conflict that may fall
   * while it was in effect ({@link AttackEvidence}). None if it has no start on record.
   */
  CeasefireStanding standing(CeasefireId ceasefire, When when) {
    scope.require(ceasefire, "ceasefire");
    return CeasefireStanding.of(scope.index(), ceasefire, Objects.requireNonNull(when, "when"));
  }

  private List<Evidence> violations(Ceasefire cf) {
    Optional<FuzzyPeriod> inEffect = scope.index().accords().inEffectOnRecord(cf.id());
    Optional<FuzzyTime> from = inEffect.flatMap(FuzzyPeriod::start);
    Optional<FuzzyTime> until = inEffect.flatMap(FuzzyPeriod::end);
    List<Evidence> out = new ArrayList<>();
    if (from.isEmpty()) {
      return out;
    }
    for (Event e : scope.index().eventsByConflict().get(cf.conflict())) {
      if (!e.kind().isHostilities()) {
        continue;
      }
      Certainty inside = e.time().isAfter(from.get());
      if (until.isPresent()) {
        inside = inside.and(e.time().isBefore(until.get()));
      }
      if (inside.isPossible()) {
        out.add(new Evidence(e.id(), inside));
      }
    }
    ClaimIndex claims = scope.claimIndex();
    int[] stated = claims.byKey.get(PropositionKey.of(PropositionType.CEASEFIRE_STATE, cf.id()));
    int[] attacks = claims.bySubject.get(cf.conflict());
    for (int pos : Postings.merge(stated, attacks)) {
      Claim c = scope.model().claims().get(pos);
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      boolean violated = c.propositions().stream().anyMatch(p -> p instanceof CeasefireStatus s
          && s.ceasefire().equals(cf.id()) && s.state() == CeasefireState.VIOLATED);
      boolean attackAfter = AttackEvidence.duringCeasefire(c, cf.conflict(), from.get(), until);
      if (violated || attackAfter) {
        out.add(new Evidence(c.id(), Certainty.POSSIBLY));
      }
    }
    return out;
  }
}
