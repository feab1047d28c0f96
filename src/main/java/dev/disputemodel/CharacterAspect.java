package dev.disputemodel;

import java.util.Set;

/**
 * What a {@link Characterization} says an entity is, as one question: what kind of use of force
 * an event was, what an act did to a territory's status, who the dead of an event were, whether a
 * ruling binds. Kinds of different aspects never contradict: calling the 1974 landing in Cyprus an
 * invasion says nothing of who its dead were. Each aspect applies to some kinds of entity only
 * ({@link #appliesTo}).
 */
public enum CharacterAspect {
  /** What kind of use of force an event was: an invasion, a peace operation. */
  USE_OF_FORCE(EventId.class),
  /** What an act did to a territory's status: an annexation. */
  STATUS_CHANGE(EventId.class),
  /** Who the people killed in an event were: civilians or combatants. */
  VICTIMS(EventId.class),
  /** Whether a ruling binds the parties it addresses. */
  LEGAL_FORCE(RulingId.class);

  private final IdKinds kinds;

  @SafeVarargs
  CharacterAspect(Class<? extends EntityId>... kinds) {
    this.kinds = new IdKinds(kinds);
  }

  /** Returns the kinds of id this aspect applies to. */
  public Set<Class<? extends EntityId>> kinds() {
    return kinds.kinds();
  }

  /** Returns true if an entity with id {@code subject} can be characterized in this aspect. */
  public boolean appliesTo(EntityId subject) {
    return kinds.contain(subject);
  }
}
