package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link DisputeModel} cannot be built because its parts do not fit together:
 * duplicate ids, or references to entities that are not in the model. It lists every problem
 * found, not just the first; no model is built.
 */
public final class InvalidModelException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception for the given problems.
   *
   * @param problems every problem found, in a stable order; not null, not empty
   */
  public InvalidModelException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in a stable order (by entity, then field). */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the model:\n  "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
  }
}
