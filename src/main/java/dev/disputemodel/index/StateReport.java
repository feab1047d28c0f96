package dev.disputemodel.index;

import dev.disputemodel.CeasefireState;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import dev.disputemodel.time.Certainty;
import java.util.Objects;

/**
 * The state of a ceasefire as one claim reports it: Russia's K3 says S2 is
 * {@link CeasefireState#HOLDING}; Armenia's K4 says it is {@link CeasefireState#VIOLATED}. What
 * a ceasefire's state is on a date combines these with its recorded times:
 * {@link CeasefireStanding}.
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
   * Returns true if the report disputes that the ceasefire holds: a state that
   * {@linkplain CeasefireState#excludes excludes} HOLDING asserted (VIOLATED, ENDED,
   * NEVER_IN_EFFECT), or HOLDING or IN_FORCE denied. Asserting IN_FORCE does not dispute it.
   */
  public boolean disputesHolding() {
    return polarity == Polarity.ASSERTS
        ? state.excludes(CeasefireState.HOLDING)
        : state == CeasefireState.HOLDING || state == CeasefireState.IN_FORCE;
  }

  /**
   * Returns what the report says about whether the ceasefire is in effect (on paper, respected or
   * not): {@code DEFINITELY} when it asserts HOLDING, VIOLATED or IN_FORCE or denies ENDED;
   * {@code NOT} when it asserts ENDED or NEVER_IN_EFFECT (a party declaring the ceasefire over)
   * or denies IN_FORCE; {@code POSSIBLY} when it says neither (it denies HOLDING, VIOLATED or
   * NEVER_IN_EFFECT).
   */
  public Certainty saysInEffect() {
    if (polarity == Polarity.ASSERTS) {
      return state.isInEffect() ? Certainty.DEFINITELY : Certainty.NOT;
    }
    if (state == CeasefireState.IN_FORCE) {
      return Certainty.NOT;
    }
    return state == CeasefireState.ENDED ? Certainty.DEFINITELY : Certainty.POSSIBLY;
  }
}
