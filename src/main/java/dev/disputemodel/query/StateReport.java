package dev.disputemodel.query;

import dev.disputemodel.CeasefireState;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import java.util.Objects;

/**
 * The state of a ceasefire as one claim reports it: Russia's K3 says S2 is
 * {@link CeasefireState#HOLDING}; Armenia's K4 says it is {@link CeasefireState#VIOLATED}.
 *
 * @param claim the claim; not null
 * @param speaker the party its claimant ultimately acts for, or its source when the source speaks
 *     in its own voice; not null
 * @param polarity whether the state is asserted or denied; not null
 * @param state the state; not null
 */
public record StateReport(Claim claim, EntityId speaker, Polarity polarity, CeasefireState state) {
  /** Rejects nulls. */
  public StateReport {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(state, "state");
  }

  /** Returns true if the report says the ceasefire holds: HOLDING asserted. */
  public boolean saysHolding() {
    return polarity == Polarity.ASSERTS && state == CeasefireState.HOLDING;
  }

  /**
   * Returns true if the report disputes that the ceasefire holds: another state asserted, or
   * HOLDING denied.
   */
  public boolean disputesHolding() {
    return polarity == Polarity.ASSERTS ? state != CeasefireState.HOLDING : state == CeasefireState.HOLDING;
  }
}
