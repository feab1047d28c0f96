package dev.disputemodel.json;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.DisputeModelException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read as a {@link dev.disputemodel.DisputeModel}: it is
 * not well-formed JSON, it is larger or deeper than the configured limits, its format version is
 * newer than this reader, or its content breaks the format (unknown or missing fields, wrong
 * types, unknown names, invalid values, duplicate ids, dangling references). Every problem found
 * is listed, each with its JSON path and offending value; no model is returned, not even in part.
 */
public final class JsonFormatException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<JsonProblem> problems;

  /**
   * Returns an exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonFormatException(List<JsonProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in document order; never empty. */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonFormatException needs at least one problem");
    }
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the JSON document:\n  "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n  "));
  }
}
