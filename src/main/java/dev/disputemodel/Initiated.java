package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code initiator} started the hostilities of {@code conflict}" (struck first, or provoked
 * them). Armenia's account of September 2022 is {@code Initiated(C4, Azerbaijan)} and
 * Azerbaijan's is {@code Initiated(C4, Armenia)}: the same question, different answers, so they
 * contradict.
 *
 * @param conflict the conflict or episode; not null
 * @param initiator the party said to have started it; not null
 */
public record Initiated(ConflictId conflict, PartyId initiator) implements Proposition {
  /** Rejects nulls. */
  public Initiated {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(initiator, "initiator");
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.INITIATOR, conflict);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Initiated i
        && i.conflict.equals(conflict)
        && !i.initiator.equals(initiator);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("conflict", conflict), new Reference("initiator", initiator));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(conflict) && test.test(initiator);
  }
}
