package dev.disputemodel.ucdp;

import dev.disputemodel.DisputeModelException;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;

/**
 * Thrown when a file cannot be imported at all: a required column is missing or the CSV text is
 * broken (a quoted field never closed). Problems of single rows do not throw; they are reported
 * as {@link Rejection rejections} in the {@link ImportReport}.
 */
public final class UcdpImportException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with {@code message}, which names the file, line and value. */
  public UcdpImportException(String message) {
    super(message);
  }
}
