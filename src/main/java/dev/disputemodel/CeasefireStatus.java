package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code ceasefire} is in {@code state}": Russia's "a swift ceasefire that went into effect
 * Tuesday morning" is {@code HOLDING}; Pashinyan's "Azerbaijani attacks continue" is
 * {@code VIOLATED}. Different states of one ceasefire contradict, except
 * {@link CeasefireState#IN_FORCE} with a state in effect ({@link CeasefireState#excludes}): a
 * ceasefire can be violated and remain in force.
 *
 * @param ceasefire the ceasefire; not null
 * @param state its state as the claimant reports it; not null
 */
public record CeasefireStatus(CeasefireId ceasefire, CeasefireState state) implements Proposition {
  /** Rejects nulls. */
  public CeasefireStatus {
    Objects.requireNonNull(ceasefire, "ceasefire");
    Objects.requireNonNull(state, "state");
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.CEASEFIRE_STATE, ceasefire);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof CeasefireStatus s
        && s.ceasefire.equals(ceasefire)
        && s.state.excludes(state);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("ceasefire", ceasefire));
  }
}
