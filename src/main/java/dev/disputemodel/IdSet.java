package dev.disputemodel;

import java.util.function.Predicate;

/**
 * A set of entity ids of fixed capacity, for the model builder's integrity check: one array of
 * ids, open addressing with linear probing, a slot chosen by Fibonacci hashing of the id's hash
 * (ids' own hashes run in near sequences, which linear probing would cluster). Cheaper than a
 * {@code HashMap} of the same ids: no node per id, and one array read per lookup of an id whose
 * object is the one added (as when a reader shares one id object among the references to an
 * entity); an equal id of another object is found through {@link EntityId#equals}. Not
 * thread-safe.
 */
final class IdSet implements Predicate<EntityId> {
  private final EntityId[] ids;
  /** {@code 32 - log2(capacity)}: a slot is the top bits of the mixed hash. */
  private final int shift;
  /** The most ids it may hold; at most half the slots, so a probe always meets an empty one. */
  private final int limit;
  private int size;

  /** Creates an empty set for at most {@code limit} ids. */
  IdSet(int limit) {
    int capacity = Integer.highestOneBit(2 * Math.max(limit, 1) - 1) * 2; // at least 2 * limit
    this.ids = new EntityId[capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.limit = limit;
  }

  /**
   * Adds {@code id}; returns false, and adds nothing, if an equal id is here.
   *
   * @throws IllegalStateException if the set already holds as many ids as it was created for
   */
  boolean add(EntityId id) {
    int mask = ids.length - 1;
    for (int i = slot(id); ; i = (i + 1) & mask) {
      EntityId here = ids[i];
      if (here == null) {
        if (size == limit) {
          throw new IllegalStateException("more than " + limit + " ids");
        }
        ids[i] = id;
        size++;
        return true;
      }
      if (here.equals(id)) {
        return false;
      }
    }
  }

  /** Returns true if an id equal to {@code id} is here. */
  @Override
  public boolean test(EntityId id) {
    int mask = ids.length - 1;
    for (int i = slot(id); ; i = (i + 1) & mask) {
      EntityId here = ids[i];
      if (here == null) {
        return false;
      }
      if (here.equals(id)) {
        return true;
      }
    }
  }

  private int slot(EntityId id) {
    return id.hashCode() * 0x9E3779B9 >>> shift;
  }
}
