package dev.disputemodel.testing;

import dev.disputemodel.EntityId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The entities of one kind planned so far in a {@link ModelDraft}, in order, and their ids: the
 * {@code i}-th entity has the id {@code prefix + (i + 1)} ("P1", "P2", ...). Each id object is
 * made once and shared by every reference to it (as {@code JsonFormat}'s reader shares them), so a
 * model of a million claims holds each id once. An id may be asked for before its entity is
 * planned. Mutable, for one planning run.
 *
 * @param <I> the kind of id
 * @param <E> what is planned: the entity, or a plan that becomes one
 */
final class Planned<I extends EntityId, E> {
  private final String prefix;
  private final Function<String, I> idOf;
  private final List<I> ids = new ArrayList<>();
  private final List<E> items = new ArrayList<>();

  Planned(String prefix, Function<String, I> idOf) {
    this.prefix = prefix;
    this.idOf = idOf;
  }

  /** Returns the id of the {@code i}-th entity (from 0), making it on first use. */
  I id(int i) {
    while (ids.size() <= i) {
      ids.add(idOf.apply(prefix + (ids.size() + 1)));
    }
    return ids.get(i);
  }

  /** Returns the id the next entity added will have. */
  I nextId() {
    return id(items.size());
  }

  /** Adds {@code item} and returns its index. */
  int add(E item) {
    items.add(item);
    return items.size() - 1;
  }

  E get(int i) {
    return items.get(i);
  }

  int size() {
    return items.size();
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** Returns the entities planned so far, as an unmodifiable view. */
  List<E> all() {
    return Collections.unmodifiableList(items);
  }
}
