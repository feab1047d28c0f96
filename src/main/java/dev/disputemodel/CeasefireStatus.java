package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "{@code ceasefire} is in {@code state}": Russia's "a swift ceasefire that went into effect
 * Tuesday morning" is {@code HOLDING}; Pashinyan's "Azerbaijani attacks continue" is
 * {@code VIOLATED}. Different states of one ceasefire contradict, except
 * {@link CeasefireState#IN_FORCE} with a state in effect ({@link CeasefireState#excludes}): a
 * ceasefire can be violated and remain in force.
 *
 * <p>A claim may name the agreement it refers to, where the claimant speaks of the agreement that
 * holds the ceasefire: Israel's statement of 8 December 2024 that the 1974 disengagement agreement
 * "collapsed" is {@code CeasefireStatus(the 1974 ceasefire, ENDED, the disengagement agreement)}.
 * The agreement named does not change the question (the ceasefire's state) nor what contradicts
 * it; it tells the reader, and the renderings, which words the claimant used.
 *
 * @param ceasefire the ceasefire; not null
 * @param state its state as the claimant reports it; not null
 * @param agreement the agreement the claimant names for it, if any; not null
 */
public record CeasefireStatus(CeasefireId ceasefire, CeasefireState state,
    Optional<AgreementId> agreement) implements Proposition {
  /** Rejects nulls. */
  public CeasefireStatus {
    Objects.requireNonNull(ceasefire, "ceasefire");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(agreement, "agreement");
  }

  /** Returns the state of {@code ceasefire} with no agreement named. */
  public CeasefireStatus(CeasefireId ceasefire, CeasefireState state) {
    this(ceasefire, state, Optional.empty());
  }

  /**
   * Returns this state as said of {@code agreement}, the agreement that holds the ceasefire.
   *
   * @throws NullPointerException if {@code agreement} is null
   */
  public CeasefireStatus naming(AgreementId agreement) {
    return new CeasefireStatus(ceasefire, state, Optional.of(Objects.requireNonNull(agreement, "agreement")));
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
    return agreement.isPresent()
        ? ImmutableList.of(new Reference("ceasefire", ceasefire), new Reference("agreement", agreement.get()))
        : List.of(new Reference("ceasefire", ceasefire));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(ceasefire) && (agreement.isEmpty() || test.test(agreement.get()));
  }
}
