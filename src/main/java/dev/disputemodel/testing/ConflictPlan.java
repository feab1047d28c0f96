package dev.disputemodel.testing;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conflict or episode being planned, with what its events, ceasefires, claims and relations need
 * to know about it: its parties by index and the territories at stake. Mutable, for one planning
 * run; {@link #conflict} is set once its attributes are drawn, before anything inside it is.
 */
final class ConflictPlan {
  final int index;
  final Optional<ConflictPlan> parent;
  /** How many conflicts this one is an episode of: 0 for a top-level conflict. */
  final int depth;
  final List<ConflictPlan> episodes = new ArrayList<>();
  /** The primary parties of every side. */
  final List<Integer> primaries = new ArrayList<>();
  /** The primary parties and supporters: everybody who fights or helps a side. */
  final List<Integer> involved = new ArrayList<>();
  /** The primary parties of each side, side by side. */
  final List<List<Integer>> sidePrimaries = new ArrayList<>();
  /** Indexes of the territories at stake. */
  final List<Integer> atStake = new ArrayList<>();
  final List<Ceasefire> ceasefires = new ArrayList<>();
  final List<dev.disputemodel.Agreement> agreements = new ArrayList<>();
  Conflict conflict;

  ConflictPlan(int index, Optional<ConflictPlan> parent) {
    this.index = index;
    this.parent = parent;
    this.depth = parent.map(p -> p.depth + 1).orElse(0);
  }
}
