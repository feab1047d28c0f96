package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A later claim's statement that it ends an earlier claim of the same claimant: "in the 1994
 * treaty Ruritania withdrew its claim to the islands" is a claim by Ruritania holding
 * {@code Ending.withdraws(K1)}. The earlier claim's position is held until the ending takes
 * effect: at {@link #effective()} when given (a treaty signed in one year may take effect in the
 * next), else when the ending claim was made. An ending ends the whole earlier claim, every
 * proposition of it. See {@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind whether the position is withdrawn or replaced; not null
 * @param claim the earlier claim whose position ends; not null
 * @param effective when the position ends, if it is not when the ending claim was made; not null
 */
public record Ending(EndKind kind, ClaimId claim, Optional<FuzzyTime> effective) {
  /** Rejects nulls. */
  public Ending {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(effective, "effective");
  }

  /** Returns an ending that withdraws {@code claim}, effective when the ending claim is made. */
  public static Ending withdraws(ClaimId claim) {
    return new Ending(EndKind.WITHDRAWS, claim, Optional.empty());
  }

  /** Returns an ending that replaces {@code claim}, effective when the ending claim is made. */
  public static Ending replaces(ClaimId claim) {
    return new Ending(EndKind.REPLACES, claim, Optional.empty());
  }

  /** Returns a copy that takes effect at {@code time} rather than when the ending claim is made. */
  public Ending withEffective(FuzzyTime time) {
    return new Ending(kind, claim, Optional.of(Objects.requireNonNull(time, "time")));
  }

  /**
   * Returns when the position of {@link #claim()} ends, given that {@code endingClaim} states
   * this ending: {@link #effective()} if present, else the ending claim's {@code madeAt}.
   */
  public FuzzyTime effectiveIn(Claim endingClaim) {
    return effective.orElseGet(endingClaim::madeAt);
  }

  /** Returns the reference to the ended claim, under the attribute {@code claim}. */
  public List<Reference> references() {
    return List.of(new Reference("claim", claim));
  }

  /** Returns true if the target of {@link #references()} passes {@code test}, without naming it. */
  boolean allTargetsMatch(Predicate<? super EntityId> test) {
    return test.test(claim);
  }
}
