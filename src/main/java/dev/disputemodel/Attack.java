package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "{@code attacker} carried out an attack of {@code kind} in {@code conflict}, on {@code target}
 * at {@code place}, at {@code time}": Armenia's claim that "several border towns have been bombed
 * by its neighbor" is {@code Attack(C4, Azerbaijan, BOMBING, Armenia, border towns)}.
 *
 * <p>The time, when stated, tells incidents apart: an accusation of shelling on 1 August and one
 * of shelling on 3 August are about different incidents, so they are different questions (their
 * keys differ), and a denial of one does not answer the other. Without a time, every attack of
 * the same kind by the same attacker at the same place is one question.
 *
 * <p>An attack claim is contradicted only by a denial of the same attack (see
 * {@link Polarity#DENIES}).
 *
 * @param conflict the conflict or episode; not null
 * @param attacker who attacked; not null
 * @param kind what kind of attack; not null
 * @param target the party attacked, if stated; not null
 * @param place where, if stated; not null
 * @param time when the attack happened, if stated; not null
 */
public record Attack(
    ConflictId conflict,
    PartyId attacker,
    EventKind kind,
    Optional<PartyId> target,
    Optional<TerritoryId> place,
    Optional<FuzzyTime> time)
    implements Proposition {
  /** Rejects nulls. */
  public Attack {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(attacker, "attacker");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
  }

  /** Returns an attack with no stated time: every such attack by the attacker is one incident. */
  public Attack(
      ConflictId conflict,
      PartyId attacker,
      EventKind kind,
      Optional<PartyId> target,
      Optional<TerritoryId> place) {
    this(conflict, attacker, kind, target, place, Optional.empty());
  }

  /** Returns a copy of this attack at {@code time}: one incident among others of its kind. */
  public Attack at(FuzzyTime time) {
    return new Attack(conflict, attacker, kind, target, place, Optional.of(time));
  }

  /**
   * Returns the question "did {@code attacker} carry out this attack": the conflict, attacker and
   * place (if stated) as subjects; the kind, and {@code @time} when stated, as qualifier
   * ({@code BOMBING@2022-09-13}).
   */
  @Override
  public PropositionKey key() {
    String qualifier = time.map(t -> kind.name() + "@" + t).orElse(kind.name());
    return place.isPresent()
        ? new PropositionKey(
            PropositionType.ATTACK, ImmutableList.of(conflict, attacker, place.get()), qualifier)
        : new PropositionKey(PropositionType.ATTACK, ImmutableList.of(conflict, attacker), qualifier);
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict), new Reference("attacker", attacker));
    target.ifPresent(t -> refs.add(new Reference("target", t)));
    place.ifPresent(p -> refs.add(new Reference("place", p)));
    return refs.build();
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(conflict) && test.test(attacker)
        && (target.isEmpty() || test.test(target.get()))
        && (place.isEmpty() || test.test(place.get()));
  }
}
