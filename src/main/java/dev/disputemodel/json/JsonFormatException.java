package dev.disputemodel.json;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.DisputeModelException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read as a {@link dev.disputemodel.DisputeModel}: it is
 * not well-formed JSON, it is larger or deeper than the configured limits, its format version is
 * newer than this reader, or its content breaks the format (unknown or missing fields, wrong
 * types, unknown names, invalid values, duplicate ids, dangling references). The problems found
 * are listed, each with its JSON path and offending value, up to the reader's
 * {@link JsonFormat#maxProblems() limit}; beyond it they are counted ({@link #omittedProblems()}).
 * No model is returned, not even in part.
 */
public final class JsonFormatException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<JsonProblem> problems;
  private final int omitted;

  /**
   * Returns an exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonFormatException(List<JsonProblem> problems) {
    this(problems, 0);
  }

  /**
   * Returns an exception listing {@code problems}, and counting {@code omitted} more that were
   * found but not kept.
   *
   * @throws IllegalArgumentException if {@code problems} is empty or {@code omitted} is negative
   */
  public JsonFormatException(List<JsonProblem> problems, int omitted) {
    super(message(problems, omitted));
    this.problems = ImmutableList.copyOf(problems);
    this.omitted = omitted;
  }

  /** Returns the problems kept, in document order; never empty. */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  /** Returns the number of problems found beyond those kept in {@link #problems()}; often 0. */
  public int omittedProblems() {
    return omitted;
  }

  private static String message(List<JsonProblem> problems, int omitted) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonFormatException needs at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted problems must not be negative: " + omitted);
    }
    long total = (long) problems.size() + omitted;
    return total + (total == 1 ? " problem" : " problems") + " in the JSON document:\n  "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n  "))
        + (omitted == 0 ? "" : "\n  ... and " + omitted + " more problems");
  }
}
