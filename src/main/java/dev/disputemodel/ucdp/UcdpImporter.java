package dev.disputemodel.ucdp;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.SourceId;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports the UCDP/PRIO Armed Conflict Dataset 23.1 and the UCDP Peace Agreement Dataset 22.1
 * from their CSV files. The mapping (docs/ucdp.md):
 *
 * <ul>
 *   <li>Each {@code conflict_id} becomes a {@link Conflict} {@code ucdp-N}, and each episode
 *       (a run of conflict-years that begins with a new {@code start_date2} and ends in the year
 *       whose {@code ep_end} is 1) a child conflict {@code ucdp-N-YYYY} (YYYY the episode's first
 *       year) with its period, sides, type, intensity per year and territory. UCDP codes the
 *       type per year; a conflict or episode that was internationalized in any of its years is
 *       internationalized, otherwise it has its last year's type.
 *   <li>Primary parties ({@code side_a}, {@code side_b}) are zipped by position with their UCDP
 *       actor ids ({@code side_a_id}, {@code side_b_id}); governments also with their
 *       Gleditsch–Ward numbers ({@code gwno_a}, {@code gwno_b}). States supporting a side with
 *       troops ({@code side_a_2nd}, {@code side_b_2nd}) are zipped with {@code gwno_a_2nd},
 *       {@code gwno_b_2nd} and become {@link Supporter}s of type {@link SupportType#TROOPS} for
 *       the years UCDP records them.
 *   <li>A state is one party whether it appears as a primary party or a supporter: its id is
 *       {@code gw-N} by Gleditsch–Ward number; a non-state actor's is {@code actor-N}.
 *   <li>Territorial incompatibilities (1 and 3) put a {@link Territory} named by
 *       {@code territory_name} at stake.
 *   <li>A date with precision code 1 is its day; any other code is read as the date's year (the
 *       codebook's finer codes are not relied on), and counted in the report.
 *   <li>Peace agreements: every agreement becomes an {@link EventKind#AGREEMENT} event keeping its
 *       name and third-party text ({@code pa_3rd}); one with {@code cease} = 1 also becomes a
 *       {@link Ceasefire} {@code ucdp-pa-N} with its date, signatories and end date; third parties
 *       become {@link Mediator}s only where a sentence names a role and a state already known.
 * </ul>
 *
 * <p>Every fact names the dataset release as its source. Stateless; thread-safe. The work is
 * shared by package-private parts: the CSV reading the importers share (columns of a CSV file,
 * each row's faults), {@code PartyMentions} (a row's names and ids, read), {@code AcdRow} (a row
 * read and checked), {@code PartyResolver} (the mentions of imported rows to parties), {@code
 * AcdImporter} with {@code ConflictAssembler} (conflict-years to conflicts and episodes) and
 * {@code AgreementImporter}.
 *
 * <p>No row stops an import: each is imported or rejected in the file's {@link
 * dev.disputemodel.imports.ImportReport} with its line, column and reason; a conflict with a
 * rejected row is rejected whole, and its other rows and agreements say they cascaded; nothing of
 * a rejected row stays in the model (docs/ucdp.md, "Rows that cannot be imported").
 */
public final class UcdpImporter {
  private UcdpImporter() {}

  /** The ACD release's source id. */
  public static final SourceId ACD_SOURCE = SourceId.of("ucdp-prio-acd-23.1");
  /** The peace agreement release's source id. */
  public static final SourceId PA_SOURCE = SourceId.of("ucdp-peace-agreements-22.1");

  /**
   * Imports the ACD file {@code acd}. Every row is imported or rejected in the report, with its
   * line, column and reason (docs/ucdp.md); only a file that cannot be read at all throws.
   *
   * @throws UcdpImportException if the header cannot be read (not UTF-8, broken quoting, a
   *     column named twice) or lacks a required column
   * @throws IOException if the file cannot be read
   */
  public static UcdpImport importAcd(Path acd) throws IOException {
    return importAcd(table(acd, AcdImporter.COLUMNS));
  }

  /**
   * Imports the ACD file {@code acd}, then the peace agreements {@code agreements}, linked to
   * the ACD's conflicts and parties. Every row is imported or rejected in the reports, with its
   * line, column and reason; an agreement of a conflict rejected in the ACD is rejected as a
   * cascade (docs/ucdp.md). Only a file that cannot be read at all throws.
   *
   * @throws UcdpImportException if a header cannot be read (not UTF-8, broken quoting, a column
   *     named twice) or lacks a required column
   * @throws IOException if a file cannot be read
   */
  public static UcdpImport importAll(Path acd, Path agreements) throws IOException {
    return importAll(table(acd, AcdImporter.COLUMNS),
        table(agreements, AgreementImporter.COLUMNS));
  }

  /** Imports the ACD read into {@code acd}. */
  static UcdpImport importAcd(CsvTable acd) {
    AcdImporter conflicts = new AcdImporter();
    ImportReport report = conflicts.read(acd);
    return new UcdpImport(acdModel(conflicts).build(), List.of(report));
  }

  /** Imports the ACD read into {@code acd}, then the agreements read into {@code agreements}. */
  static UcdpImport importAll(CsvTable acd, CsvTable agreements) {
    AcdImporter conflicts = new AcdImporter();
    ImportReport a = conflicts.read(acd);
    AgreementImporter pa = new AgreementImporter(conflicts);
    ImportReport p = pa.read(agreements);
    DisputeModel model = acdModel(conflicts).addAllEvents(pa.events())
        .addAllCeasefires(pa.ceasefires()).addAllMediators(pa.mediators())
        .addSource(AgreementImporter.SOURCE).build();
    return new UcdpImport(model, List.of(a, p));
  }

  /** Reads the CSV file {@code path} with the {@code required} columns. */
  static CsvTable table(Path path, List<String> required) throws IOException {
    return CsvTable.read(path, required, UcdpImportException::new);
  }

  /** Reads the CSV {@code bytes} of the file {@code name} with the {@code required} columns. */
  static CsvTable table(byte[] bytes, String name, List<String> required) {
    return CsvTable.parse(bytes, name, required, UcdpImportException::new);
  }

  private static DisputeModel.Builder acdModel(AcdImporter acd) {
    return DisputeModel.builder().addAllParties(acd.parties().build())
        .addAllTerritories(acd.territories()).addAllConflicts(acd.conflicts())
        .addSource(AcdImporter.SOURCE);
  }
}
