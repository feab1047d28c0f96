package dev.disputemodel.cow;

import dev.disputemodel.DisputeModelException;

/**
 * Thrown when a Correlates of War file cannot be imported at all: a required column is missing or
 * the CSV text is broken. Problems of single rows do not throw; they are reported as rejections
 * in the {@link dev.disputemodel.imports.ImportReport}.
 */
public final class CowImportException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with {@code message}, which names the file, line and value. */
  public CowImportException(String message) {
    super(message);
  }
}
