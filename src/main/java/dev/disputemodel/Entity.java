package dev.disputemodel;

import java.util.List;

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
}
