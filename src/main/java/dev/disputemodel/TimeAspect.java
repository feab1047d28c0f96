package dev.disputemodel;

import java.util.Set;

/**
 * Which time of an entity a {@link FactTime} gives: when a conflict started, when an accord took
 * effect, when a ruling was issued. Each aspect applies to some kinds of entity only
 * ({@link #appliesTo}), and names the attribute where the model records its own value
 * ({@link FactTime#recordedIn}).
 */
public enum TimeAspect {
  /** When a conflict started (its period's start) or a party was proclaimed. */
  STARTED(ConflictId.class, PartyId.class),
  /** When a conflict ended (its period's end), an accord ended, or a party was dissolved. */
  ENDED(ConflictId.class, AccordId.class, PartyId.class),
  /** When an accord was agreed or signed. */
  AGREED(AccordId.class),
  /** When an accord took effect ({@link Accord#takesEffect()}). */
  TOOK_EFFECT(AccordId.class),
  /** When a ruling was issued. */
  ISSUED(RulingId.class),
  /** When an event happened. */
  OCCURRED(EventId.class);

  private final IdKinds kinds;

  @SafeVarargs
  TimeAspect(Class<? extends EntityId>... kinds) {
    this.kinds = new IdKinds(kinds);
  }

  /** Returns the kinds of id this aspect applies to. */
  public Set<Class<? extends EntityId>> kinds() {
    return kinds.kinds();
  }

  /** Returns true if an entity with id {@code subject} has this time. */
  public boolean appliesTo(EntityId subject) {
    return kinds.contain(subject);
  }
}
