package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.EntityId;
import dev.disputemodel.Mediator;
import dev.disputemodel.index.StateReport;
import java.util.List;
import java.util.Objects;

/**
 * Everything the model says about one ceasefire: who brokered it, its state as each claimant
 * reports it, and the evidence that it was violated after it took effect. A ceasefire's state is
 * never stored; it is read from these.
 *
 * @param ceasefire the ceasefire; not null
 * @param brokers its {@link dev.disputemodel.MediatorRole#BROKER} roles, in model order
 * @param reports the {@link dev.disputemodel.CeasefireStatus} claims about it, in model order
 * @param violations hostile events (CLASH, ATTACK, SHELLING, BOMBING) in its conflict possibly
 *     after it took effect and before it ended, then asserted claims that it is VIOLATED, then
 *     asserted {@link dev.disputemodel.Attack} claims in its conflict that may fall while it was in
 *     effect ({@link dev.disputemodel.index.AttackEvidence}), each group in model order; empty if it
 *     has no effective or agreed time
 */
public record CeasefireAccount(
    Ceasefire ceasefire, List<Mediator> brokers, List<StateReport> reports, List<Evidence> violations) {
  /** Copies the lists; rejects nulls. */
  public CeasefireAccount {
    Objects.requireNonNull(ceasefire, "ceasefire");
    brokers = ImmutableList.copyOf(brokers);
    reports = ImmutableList.copyOf(reports);
    violations = ImmutableList.copyOf(violations);
  }

  /** Returns who says it holds (speakers of reports that assert HOLDING), in report order. */
  public ImmutableSet<EntityId> upheldBy() {
    return reports.stream().filter(StateReport::saysHolding).map(StateReport::speaker)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns who disputes that it holds, in report order. */
  public ImmutableSet<EntityId> disputedBy() {
    return reports.stream().filter(StateReport::disputesHolding).map(StateReport::speaker)
        .collect(ImmutableSet.toImmutableSet());
  }
}
