package dev.disputemodel.check;

import dev.disputemodel.Conflict;
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
  private final RuleDescriptor descriptor;

  PerItemRule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

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

  /** A rule that looks at each conflict and episode of the model on its own, in model order. */
  abstract static class PerConflict extends PerItemRule<Conflict> {
    PerConflict(RuleDescriptor descriptor) {
      super(descriptor);
    }

    @Override
    final Iterable<Conflict> items(ModelIndex index) {
      return index.model().conflicts();
    }
  }

  /** A rule that looks at each pair of overlapping sovereignty statuses ({@link SovereigntyPairs}). */
  abstract static class PerSovereigntyPair extends PerItemRule<SovereigntyPairs.Pair> {
    PerSovereigntyPair(RuleDescriptor descriptor) {
      super(descriptor);
    }

    @Override
    final Iterable<SovereigntyPairs.Pair> items(ModelIndex index) {
      return SovereigntyPairs.of(index);
    }
  }
}
