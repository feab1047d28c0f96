package dev.disputemodel;

import java.util.Set;

/**
 * Which figure of an entity a {@link FactFigure} gives: how a ruling's judges voted, how many
 * troops took part in an event, a territory's area or share of a larger one. Each kind applies to some kinds of entity only ({@link #appliesTo}).
 */
public enum FigureKind {
  /** How many members of the deciding body voted for a ruling's operative decision. */
  VOTES_FOR(RulingId.class),
  /** How many members of the deciding body voted against it. */
  VOTES_AGAINST(RulingId.class),
  /** How many troops took part in an event ({@link Event#troops()}). */
  TROOPS(EventId.class),
  /** A territory's area in square kilometres ({@link Territory#area()}). */
  AREA(TerritoryId.class),
  /**
   * The share, in whole percent, of a larger territory that a territory makes up: of the whole
   * its recorded share names ({@link Territory#share()}), else of its parent.
   */
  SHARE(TerritoryId.class);

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
