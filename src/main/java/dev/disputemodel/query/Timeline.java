package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.EntityId;
import java.util.List;
import java.util.Objects;

/**
 * The dated history of a conflict with its episodes, or of a territory with the territories
 * within it, in time order.
 *
 * @param entries the dated entries, ordered by {@link dev.disputemodel.time.FuzzyTime#ORDER}
 *     (earliest bound, then latest bound, then precision), then by {@link TimelineEntry.Mark}, then
 *     by the entity's position in the model
 * @param undated the entities that belong to the history but have no time at all (a conflict or
 *     ceasefire with no stated period or dates), in model order
 */
public record Timeline(List<TimelineEntry> entries, List<EntityId> undated) {
  /** Copies the lists; rejects nulls. */
  public Timeline {
    entries = ImmutableList.copyOf(Objects.requireNonNull(entries, "entries"));
    undated = ImmutableList.copyOf(Objects.requireNonNull(undated, "undated"));
  }
}
