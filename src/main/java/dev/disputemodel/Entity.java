package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An identified part of a {@link DisputeModel}: a party, relation, territory, conflict, event,
 * ceasefire, mediator, claim or source. Entities are immutable values; they refer to each other
 * only by id, and the model resolves those ids.
 */
public interface Entity {
  /** Returns the entity's id, unique among entities of its kind in a model. */
  EntityId id();

  /** Returns every id this entity refers to, with the attribute that holds it, in a stable order. */
  List<Reference> references();

  /**
   * Returns true if every id this entity refers to passes {@code test}: the targets of
   * {@link #references()}, tested in that order and only until one fails. The same answer as
   * {@code references().stream().allMatch(r -> test.test(r.target()))}, for checks that need the
   * attribute names only for an id that fails: the model builder checks every reference this way
   * and calls {@link #references()} only for an entity with an unresolved id. An entity may
   * override it to skip building the names.
   *
   * @throws NullPointerException if {@code test} is null
   */
  default boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    for (Reference r : references()) {
      if (!test.test(r.target())) {
        return false;
      }
    }
    return true;
  }
}
