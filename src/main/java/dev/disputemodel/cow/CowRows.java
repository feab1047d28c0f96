package dev.disputemodel.cow;

import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;

/**
 * The row loop every COW file shares: each row is counted as read, its fields are checked, and it
 * is imported or rejected in the report with its line, its column where one is at fault, and the
 * reason.
 */
final class CowRows {
  private CowRows() {}

  /** What one file does with a row whose fields are sound; it throws to reject the row. */
  interface RowImport {
    void accept(CsvTable t, CsvReader.Row row);
  }

  /**
   * Reads {@code file} with the {@code columns} it must have and imports each row with
   * {@code each}, rejecting in {@code report} the rows that fail.
   *
   * @throws CowImportException if the file or its header cannot be read
   */
  static CsvTable read(Path file, List<String> columns, ImportReport.Builder report,
      RowImport each) throws IOException {
    CsvTable t = CsvTable.read(file, columns, CowImportException::new);
    for (CsvReader.Row row : t.rows()) {
      report.read();
      try {
        t.check(row);
        each.accept(t, row);
      } catch (CsvTable.FieldException e) {
        report.reject(new Rejection(row.line(), e.column(), e.getMessage(), false));
      } catch (IllegalArgumentException | DateTimeException e) {
        report.reject(row.line(), e.getMessage());
      }
    }
    return t;
  }
}
