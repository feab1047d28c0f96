package dev.disputemodel;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * The kinds of entity (by id class) a fact's aspect applies to: the one test of "does this
 * {@link TimeAspect} or {@link FigureKind} apply to this subject". Immutable.
 */
final class IdKinds {
  private final ImmutableSet<Class<? extends EntityId>> kinds;

  @SafeVarargs
  IdKinds(Class<? extends EntityId>... kinds) {
    this.kinds = ImmutableSet.copyOf(kinds);
  }

  /** Returns the id classes, in declaration order. */
  Set<Class<? extends EntityId>> kinds() {
    return kinds;
  }

  /** Returns true if {@code subject} is an id of one of the kinds. */
  boolean contain(EntityId subject) {
    for (Class<? extends EntityId> k : kinds) {
      if (k.isInstance(subject)) {
        return true;
      }
    }
    return false;
  }
}
