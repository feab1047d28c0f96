package dev.disputemodel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Predicate;

/**
 * A set of entity ids of fixed capacity, for the model builder's integrity check: one array of
 * ids, open addressing with linear probing, a slot chosen by Fibonacci hashing of the id's hash
 * (ids' own hashes run in near sequences, which linear probing would cluster). Cheaper than a
 * {@code HashMap} of the same ids: no node per id, and one array read per lookup of an id whose
 * object is the one added (as when a reader shares one id object among the references to an
 * entity); an equal id of another object is found through {@link EntityId#equals}. Not
 * thread-safe, except {@link #addShared} and {@link #test} from several threads at once.
 */
final class IdSet implements Predicate<EntityId> {
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(EntityId[].class);

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

  /**
   * Adds {@code id} as {@link #add} does, safely while other threads add and test ids with this
   * method and {@link #test}: a slot is taken by compare-and-set, so of two equal ids added at
   * once exactly one is added and the other gets false. The set must have room for every id
   * added (its limit is not counted here: {@link #add} must not follow).
   */
  boolean addShared(EntityId id) {
    int mask = ids.length - 1;
    for (int i = slot(id); ; i = (i + 1) & mask) {
      EntityId here = (EntityId) SLOTS.getAcquire(ids, i);
      if (here == null) {
        here = (EntityId) SLOTS.compareAndExchange(ids, i, null, id);
        if (here == null) {
          return true;
        }
      }
      if (here.equals(id)) {
        return false;
      }
    }
  }

  private int slot(EntityId id) {
    return id.hashCode() * 0x9E3779B9 >>> shift;
  }
}
