package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "{@code attacker} carried out an attack of {@code kind} in {@code conflict}, on {@code target}
 * at {@code place}": Armenia's claim that "several border towns have been bombed by its neighbor"
 * is {@code Attack(C4, Azerbaijan, BOMBING, Armenia, border towns)}.
 *
 * <p>An attack claim is contradicted only by a denial of the same attack (see
 * {@link Polarity#DENIES}).
 *
 * @param conflict the conflict or episode; not null
 * @param attacker who attacked; not null
 * @param kind what kind of attack; not null
 * @param target the party attacked, if stated; not null
 * @param place where, if stated; not null
 */
public record Attack(
    ConflictId conflict,
    PartyId attacker,
    EventKind kind,
    Optional<PartyId> target,
    Optional<TerritoryId> place)
    implements Proposition {
  /** Rejects nulls. */
  public Attack {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(attacker, "attacker");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(place, "place");
  }

  @Override
  public PropositionKey key() {
    return place.isPresent()
        ? new PropositionKey(
            PropositionType.ATTACK, ImmutableList.of(conflict, attacker, place.get()), kind.name())
        : new PropositionKey(
            PropositionType.ATTACK, ImmutableList.of(conflict, attacker), kind.name());
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict), new Reference("attacker", attacker));
    target.ifPresent(t -> refs.add(new Reference("target", t)));
    place.ifPresent(p -> refs.add(new Reference("place", p)));
    return refs.build();
  }
}
