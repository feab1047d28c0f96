package dev.disputemodel.query;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.disputemodel.EntityId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The contested questions of one model ({@link Question#isContested()}), found once on first use
 * and then shared, for {@link ModelQueries#contested()} and {@link ModelQueries#contestedAbout}.
 * Thread-safe.
 */
final class ContestedQuestions {
  private final Supplier<ImmutableList<Question>> all;

  ContestedQuestions(ModelIndex index) {
    this.all = Suppliers.memoize(() -> find(index));
  }

  /** Returns every contested question, ordered by key. */
  ImmutableList<Question> all() {
    return all.get();
  }

  /** Returns the contested questions whose key names {@code subject}, ordered by key. */
  ImmutableList<Question> about(EntityId subject) {
    return all().stream().filter(q -> q.key().subjects().contains(subject))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Question> find(ModelIndex index) {
    List<Question> contested = new ArrayList<>();
    for (Question q : index.questions()) {
      if (q.isContested()) {
        contested.add(q);
      }
    }
    contested.sort(Comparator.comparing(Question::key));
    return ImmutableList.copyOf(contested);
  }
}
