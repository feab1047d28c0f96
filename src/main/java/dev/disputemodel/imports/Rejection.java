package dev.disputemodel.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * A row that could not be imported: the physical line of the file where it begins (the header
 * is line 1), the column at fault when one is, why, and whether the row is rejected only because
 * another row was (a cascade: every row of a conflict falls with its bad row, and so do the
 * agreements of that conflict). Immutable and thread-safe.
 *
 * @param line the line on which the row begins, 2 or more
 * @param column the name of the column at fault, empty when the row as a whole is (its number of
 *     fields, a cascade); not null
 * @param reason why it was rejected, naming the value; for a cascade, the row it fell with; not
 *     null
 * @param cascade whether the row is rejected because another row was, not for a fault of its own
 */
public record Rejection(int line, Optional<String> column, String reason, boolean cascade) {
  /** Rejects nulls. */
  public Rejection {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the rejection, for a fault of its own, of the row beginning on {@code line}. */
  public Rejection(int line, String reason) {
    this(line, Optional.empty(), reason, false);
  }

  /**
   * Returns the rejection of the row beginning on {@code line} for a fault in {@code column}.
   *
   * @throws NullPointerException if {@code column} or {@code reason} is null
   */
  public static Rejection inColumn(int line, String column, String reason) {
    Objects.requireNonNull(column, "column");
    return new Rejection(line, Optional.of(column), reason, false);
  }

  /**
   * Returns the rejection of the row beginning on {@code line} because another row was rejected
   * ({@code reason} names it); {@code column} holds the reference that ties the two, if any.
   */
  public static Rejection cascade(int line, Optional<String> column, String reason) {
    return new Rejection(line, column, reason, true);
  }

  /**
   * Returns {@code line N, column C: reason}, {@code line N: reason} without a column, with
   * {@code (cascade)} after the line for a cascade.
   */
  @Override
  public String toString() {
    return "line " + line + (cascade ? " (cascade)" : "") + column.map(c -> ", column " + c)
        .orElse("") + ": " + reason;
  }
}
