package dev.disputemodel.ucdp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.disputemodel.PartyId;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes the UCDP importer with any bytes as the ACD file and, after a line {@code #PA#}, the
 * peace agreement file: every input gives a model with its reports or a {@link
 * UcdpImportException} (a header that cannot be read), never another exception, and the reports
 * account for every row with nothing of a rejected row left in the model. Under {@code mvn
 * verify} it replays its corpus ({@code src/test/resources/dev/disputemodel/ucdp/
 * UcdpImportFuzzTestInputs}: small real files and the findings); docs/testing.md says how to fuzz.
 */
class UcdpImportFuzzTest {
  private static final byte[] SEPARATOR = "\n#PA#\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "10s")
  void importGivesAModelOrTheLibrarysException(byte[] input) {
    int cut = indexOf(input, SEPARATOR);
    try {
      UcdpImport result;
      if (cut < 0) {
        result = UcdpImporter.importAcd(
            UcdpImporter.table(input, "acd.csv", AcdImporter.COLUMNS));
      } else {
        byte[] acd = Arrays.copyOfRange(input, 0, cut);
        byte[] pa = Arrays.copyOfRange(input, cut + SEPARATOR.length, input.length);
        result = UcdpImporter.importAll(
            UcdpImporter.table(acd, "acd.csv", AcdImporter.COLUMNS),
            UcdpImporter.table(pa, "pa.csv", AgreementImporter.COLUMNS));
      }
      result.reports().forEach(UcdpImportFuzzTest::accountsForEveryRow);
      everyPartyIsOnASide(result);
    } catch (UcdpImportException expected) {
      // a header that cannot be read: the library's refusal of the whole file
    }
  }

  private static void accountsForEveryRow(ImportReport report) {
    Set<Integer> lines = new HashSet<>();
    for (Rejection r : report.rejections()) {
      if (r.line() < 2 || !lines.add(r.line())) {
        throw new AssertionError("line " + r.line() + " rejected wrongly or twice: " + report);
      }
    }
    if (report.rowsImported() < 0) {
      throw new AssertionError("more rejections than rows: " + report);
    }
  }

  private static void everyPartyIsOnASide(UcdpImport result) {
    Set<PartyId> onSides = new HashSet<>();
    result.model().conflicts().forEach(c -> c.sides().forEach(s -> {
      onSides.addAll(s.primaries());
      s.supporters().forEach(sup -> onSides.add(sup.party()));
    }));
    result.model().parties().forEach(p -> {
      if (!onSides.contains(p.id())) {
        throw new AssertionError(p.id() + " is on no side");
      }
    });
  }

  private static int indexOf(byte[] input, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= input.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (input[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
