package dev.disputemodel.ucdp;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.imports.ImportReport;
import java.util.List;
import java.util.Objects;

/**
 * The result of an import: the model and one {@link ImportReport} per file read, in the order
 * read. Immutable and thread-safe.
 *
 * @param model the imported model; not null
 * @param reports one report per file; not null
 */
public record UcdpImport(DisputeModel model, List<ImportReport> reports) {
  /** Rejects nulls and copies the reports. */
  public UcdpImport {
    Objects.requireNonNull(model, "model");
    reports = List.copyOf(reports);
  }
}
