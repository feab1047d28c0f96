package dev.disputemodel.json;

import java.util.Objects;

/**
 * One thing wrong with a JSON document read by {@link JsonFormat}: where it is (a JSON path such
 * as {@code $.claims[3].propositions[0].conflict}), the offending value as it appeared (or
 * {@code "(absent)"} for a missing field), and what is wrong with it.
 *
 * <p>Every part is bounded, so a problem is small whatever the input: a value longer than
 * {@value #LONGEST_VALUE} characters keeps its first {@value #LONGEST_VALUE} minus three and ends
 * with {@code ...}; a path longer than {@value #LONGEST_PATH} characters or a message longer than
 * {@value #LONGEST_MESSAGE} (which may quote the value) keeps its beginning and its end, with
 * {@code ...} between.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the JSON path of the offending value, starting at {@code $}; not null
 * @param value the offending value, rendered as JSON text and shortened when long; not null
 * @param message what is wrong; not null
 */
public record JsonProblem(String path, String value, String message) {
  /** The longest {@link #value()} kept, in characters: {@value}. */
  public static final int LONGEST_VALUE = 80;

  /** The longest {@link #path()} kept, in characters: {@value}. */
  public static final int LONGEST_PATH = 200;

  /** The longest {@link #message()} kept, in characters: {@value}. */
  public static final int LONGEST_MESSAGE = 400;

  /** Rejects nulls and shortens each part to its bound. */
  public JsonProblem {
    path = middle(Objects.requireNonNull(path, "path"), LONGEST_PATH);
    value = head(Objects.requireNonNull(value, "value"), LONGEST_VALUE);
    message = middle(Objects.requireNonNull(message, "message"), LONGEST_MESSAGE);
  }

  /** Returns {@code text}, or its first {@code max - 3} characters and {@code ...}. */
  static String head(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  /** Returns {@code text}, or its beginning and end with {@code ...} between, {@code max} in all. */
  private static String middle(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int keep = (max - 3) / 2;
    return text.substring(0, keep) + "..." + text.substring(text.length() - (max - 3 - keep));
  }

  /** Returns {@code path = value: message}. */
  @Override
  public String toString() {
    return path + " = " + value + ": " + message;
  }
}
