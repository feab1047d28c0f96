package dev.disputemodel.check;

import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that looks at each item of a model on its own (each conflict, each pair of sovereignty
 * statuses): its findings are those of every item, in the order of the items. Pure and
 * thread-safe as every {@link Rule}.
 *
 * @param <T> the kind of item
 */
abstract class PerItemRule<T> implements Rule {
  @Override
  public final List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (T item : items(index)) {
      check(item, index, out);
    }
    return out;
  }

  /** Returns the items the rule looks at, in order. */
  abstract Iterable<T> items(ModelIndex index);

  /** Adds the findings about {@code item} to {@code out}. */
  abstract void check(T item, ModelIndex index, List<Finding> out);
}
