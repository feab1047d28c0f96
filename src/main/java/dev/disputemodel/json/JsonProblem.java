package dev.disputemodel.json;

import java.util.Objects;

/**
 * One thing wrong with a JSON document read by {@link JsonFormat}: where it is (a JSON path such
 * as {@code $.claims[3].propositions[0].conflict}), the offending value as it appeared (or
 * {@code "(absent)"} for a missing field), and what is wrong with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the JSON path of the offending value, starting at {@code $}; not null
 * @param value the offending value, rendered as JSON text and shortened when long; not null
 * @param message what is wrong; not null
 */
public record JsonProblem(String path, String value, String message) {
  /** Rejects nulls. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code path = value: message}. */
  @Override
  public String toString() {
    return path + " = " + value + ": " + message;
  }
}
