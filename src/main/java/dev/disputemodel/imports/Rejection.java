package dev.disputemodel.imports;

import java.util.Objects;

/**
 * A row that could not be imported: the physical line of the file where it begins (the header
 * is line 1) and why.
 *
 * @param line the line on which the row begins, 2 or more
 * @param reason why it was rejected, naming the column and value; not null
 */
public record Rejection(int line, String reason) {
  /** Rejects a null reason. */
  public Rejection {
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns {@code line N: reason}. */
  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
