package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Attack;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.AttackEvidence;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ceasefire-violated}: hostilities recorded after a ceasefire took effect (and before it
 * ended, if it did). One finding per ceasefire, with every piece of evidence as a related entity:
 *
 * <ul>
 *   <li>events of kind CLASH, ATTACK, SHELLING or BOMBING in the ceasefire's conflict, at a time
 *       after it took effect (certain when definitely after and, if it ended, definitely before
 *       the end);
 *   <li>asserted {@link CeasefireStatus} claims that it is {@link CeasefireState#VIOLATED}
 *       (a claimant's word: possible, not certain);
 *   <li>asserted {@link Attack} claims in the conflict: for an attack with its own time, when
 *       that time may lie after it took effect (and before it ended, if it did); for an attack
 *       without a time, when the claim was made definitely after it took effect (possible: the
 *       attack may predate the claim).
 * </ul>
 *
 * <p>When it was in effect is {@link dev.disputemodel.index.AccordIndex#inEffectOnRecord}: from
 * {@code effective}, else {@code agreed}, to its end or the time a renewal or successor took
 * effect; without a start, nothing is reported. Cost: events are indexed by conflict in time order and claims by key, so each
 * ceasefire reads only its own conflict's events and claims.
 */
final class CeasefireViolatedRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("ceasefire-violated", Severity.INFO,
          "Hostilities are recorded or claimed after a ceasefire took effect");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    java.util.Map<dev.disputemodel.ConflictId, List<Claim>> attacks = attackClaims(index);
    for (Ceasefire cf : index.model().ceasefires()) {
      Optional<FuzzyPeriod> inEffect = index.accords().inEffectOnRecord(cf.id());
      Optional<FuzzyTime> from = inEffect.flatMap(FuzzyPeriod::start);
      Optional<FuzzyTime> until = inEffect.flatMap(FuzzyPeriod::end);
      if (from.isEmpty()) {
        continue;
      }
      Certainty certainty = Certainty.NOT;
      Set<EntityId> events = new TreeSet<>();
      Set<EntityId> claims = new TreeSet<>();
      for (Event e : index.eventsByConflict().get(cf.conflict())) {
        if (!e.kind().isHostilities()) {
          continue;
        }
        Certainty inside = SAME_MOMENT.isAfter(e.time(), from.get());
        if (until.isPresent()) {
          inside = inside.and(SAME_MOMENT.isBefore(e.time(), until.get()));
        }
        if (inside.isPossible()) {
          certainty = certainty.or(inside);
          events.add(e.id());
        }
      }
      for (Claim c : index.claimsOn(PropositionKey.of(PropositionType.CEASEFIRE_STATE, cf.id()))) {
        if (c.polarity() == Polarity.ASSERTS && c.propositions().stream().anyMatch(
            p -> p instanceof CeasefireStatus s && s.ceasefire().equals(cf.id())
                && s.state() == CeasefireState.VIOLATED)) {
          certainty = certainty.or(Certainty.POSSIBLY);
          claims.add(c.id());
        }
      }
      for (Claim c : attacks.getOrDefault(cf.conflict(), List.of())) {
        if (AttackEvidence.duringCeasefire(c, cf.conflict(), from.get(), until)) {
          certainty = certainty.or(Certainty.POSSIBLY);
          claims.add(c.id());
        }
      }
      if (certainty.isPossible()) {
        out.add(DESCRIPTOR.finding(cf.id())
            .certainty(certainty)
            .path(cf.effective().isPresent() ? "effective" : "agreed")
            .value(from.get())
            .related(events)
            .related(claims)
            .message("violation: " + cf.id() + " took effect " + from.get() + ", but "
                + (events.isEmpty() ? "" : "hostile events " + events + " are recorded after it")
                + (events.isEmpty() || claims.isEmpty() ? "" : " and ")
                + (claims.isEmpty() ? "" : "claims " + claims + " report hostilities")
                + ". Keep the evidence; if the ceasefire ended, record when")
            .build());
      }
    }
    return out;
  }

  private static java.util.Map<dev.disputemodel.ConflictId, List<Claim>> attackClaims(ModelIndex index) {
    java.util.Map<dev.disputemodel.ConflictId, List<Claim>> out = new java.util.HashMap<>();
    for (Claim c : index.claimsWith(PropositionType.ATTACK)) {
      if (c.polarity() != Polarity.ASSERTS) {
        continue;
      }
      for (Proposition p : c.propositions()) {
        if (p instanceof Attack a) {
          List<Claim> list = out.computeIfAbsent(a.conflict(), k -> new ArrayList<>());
          if (list.isEmpty() || !list.get(list.size() - 1).equals(c)) {
            list.add(c);
          }
        }
      }
    }
    return out;
  }
}
