package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "{@code holder} takes the position {@code kind} on {@code conflict}", optionally addressed to
 * a party: Blinken's "there can be no military solution to the conflict" is
 * {@code Stance(United States, NO_MILITARY_SOLUTION, C1)}; Cavusoglu's "Armenia should stop its
 * provocations" is {@code Stance(Turkey, CALL_TO_DESIST, C4, Armenia)}.
 *
 * <p>A stance is contradicted only by a denial that the holder takes it.
 *
 * @param holder whose position it is; not null
 * @param kind the position; not null
 * @param conflict the conflict it is about; not null
 * @param addressee the party called upon or supported, if any; not null
 */
public record Stance(
    PartyId holder, StanceKind kind, ConflictId conflict, Optional<PartyId> addressee)
    implements Proposition {
  /** Rejects nulls. */
  public Stance {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(addressee, "addressee");
  }

  /** Returns a stance addressed to nobody in particular. */
  public static Stance of(PartyId holder, StanceKind kind, ConflictId conflict) {
    return new Stance(holder, kind, conflict, Optional.empty());
  }

  @Override
  public PropositionKey key() {
    return addressee.isPresent()
        ? new PropositionKey(
            PropositionType.STANCE, ImmutableList.of(holder, conflict, addressee.get()), kind.name())
        : new PropositionKey(
            PropositionType.STANCE, ImmutableList.of(holder, conflict), kind.name());
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("holder", holder), new Reference("conflict", conflict));
    addressee.ifPresent(a -> refs.add(new Reference("addressee", a)));
    return refs.build();
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(holder) && test.test(conflict)
        && (addressee.isEmpty() || test.test(addressee.get()));
  }
}
