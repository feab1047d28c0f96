package dev.disputemodel.query;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every query of one {@link ModelQueries} shares: the model, the index shared with the
 * checker, the query package's own indexes (each built at most once, on first use), and the
 * lookups all queries need (an id's entity, model order, a conflict's episodes, a territory's
 * descendants). Thread-safe: the lazy indexes are memoized.
 */
final class QueryScope {
  private final DisputeModel model;
  private final ModelIndex index;
  private final Supplier<EntityIndex> entities;
  private final Supplier<ClaimIndex> claims;
  private final Supplier<PositionIndex> positions;

  QueryScope(ModelIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    this.model = index.model();
    this.entities = Suppliers.memoize(() -> new EntityIndex(model, index));
    this.claims = Suppliers.memoize(() -> new ClaimIndex(model, index));
    this.positions = Suppliers.memoize(() -> new PositionIndex(this));
  }

  DisputeModel model() {
    return model;
  }

  ModelIndex index() {
    return index;
  }

  /** Returns the indexes over every entity but claims, building them on first use. */
  EntityIndex entityIndex() {
    return entities.get();
  }

  /** Returns the claim indexes, building them on first use. */
  ClaimIndex claimIndex() {
    return claims.get();
  }

  /** Returns the index of positions by time and territory, building it on first use. */
  PositionIndex positionIndex() {
    return positions.get();
  }

  /** Returns the model position of a non-claim entity (for model order). */
  int position(EntityId id) {
    return entities.get().position(id);
  }

  /** Returns {@code conflict} and its episodes at any depth, breadth-first, each once. */
  ImmutableList<ConflictId> withEpisodes(ConflictId conflict) {
    return closure(conflict, c -> entities.get().episodes.get(c));
  }

  /** Returns {@code territory} and every territory inside it, breadth-first, each once. */
  ImmutableList<TerritoryId> selfAndDescendants(TerritoryId territory) {
    return closure(territory, t -> entities.get().territoryChildren.get(t));
  }

  private static <T> ImmutableList<T> closure(T root, Function<T, List<T>> children) {
    Set<T> seen = new LinkedHashSet<>();
    Deque<T> queue = new ArrayDeque<>();
    seen.add(root);
    queue.add(root);
    while (!queue.isEmpty()) {
      for (T child : children.apply(queue.poll())) {
        if (seen.add(child)) {
          queue.add(child);
        }
      }
    }
    return ImmutableList.copyOf(seen);
  }

  /** Returns {@code items} in model order of the entity {@code id} gives for each. */
  <T> ImmutableList<T> sortByPosition(Iterable<T> items, Function<T, EntityId> id) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    list.sort(Comparator.comparingInt(x -> position(id.apply(x))));
    return ImmutableList.copyOf(list);
  }

  /**
   * Returns the entity {@code id} names, of the type the id implies.
   *
   * @throws InvalidValueException naming {@code field} and the id if the model has no such entity
   */
  @SuppressWarnings("unchecked")
  <T> T require(EntityId id, String field) {
    Objects.requireNonNull(id, field);
    return (T) model.find(id).orElseThrow(() -> new InvalidValueException(
        "ModelQueries", field, id, "no " + id.kind() + " with this id in the model"));
  }
}
