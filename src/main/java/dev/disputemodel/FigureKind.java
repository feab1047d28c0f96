package dev.disputemodel;

import java.util.Set;

/**
 * Which figure of an entity a {@link FactFigure} gives: how a ruling's judges voted, how many
 * troops took part in an event. Each kind applies to some kinds of entity only ({@link #appliesTo}).
 */
public enum FigureKind {
  /** How many members of the deciding body voted for a ruling's operative decision. */
  VOTES_FOR(RulingId.class),
  /** How many members of the deciding body voted against it. */
  VOTES_AGAINST(RulingId.class),
  /** How many troops took part in an event ({@link Event#troops()}). */
  TROOPS(EventId.class);

  private final IdKinds kinds;

  @SafeVarargs
  FigureKind(Class<? extends EntityId>... kinds) {
    this.kinds = new IdKinds(kinds);
  }

  /** Returns the kinds of id this figure applies to. */
  public Set<Class<? extends EntityId>> kinds() {
    return kinds.kinds();
  }

  /** Returns true if an entity with id {@code subject} has this figure. */
  public boolean appliesTo(EntityId subject) {
    return kinds.contain(subject);
  }
}
