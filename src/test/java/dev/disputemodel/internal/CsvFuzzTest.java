package dev.disputemodel.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.disputemodel.internal.CsvTable.FieldException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fuzzes the CSV reading the importers share: any bytes give rows or the importer's exception for
 * a header that cannot be read; each row is sound or fails its check with a {@link
 * FieldException}, never another exception; lines only grow; and a sound row written back as
 * CSV reads back the same. Under {@code mvn verify} it replays its corpus
 * ({@code src/test/resources/dev/disputemodel/internal/CsvFuzzTestInputs}).
 */
class CsvFuzzTest {
  /** The importers' exception, as far as the reading is concerned. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void anyBytesGiveRowsThatReadBackTheSame(byte[] input) {
    CsvTable t;
    try {
      t = CsvTable.parse(input, "f.csv", List.of(), Refused::new);
    } catch (Refused expected) {
      return;
    }
    int line = 1;
    for (CsvReader.Row row : t.rows()) {
      if (row.line() <= line) {
        throw new AssertionError("line " + row.line() + " after line " + line);
      }
      line = row.line();
      try {
        t.check(row);
      } catch (FieldException expected) {
        continue;
      }
      String written = row.fields().stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
          .collect(Collectors.joining(","));
      List<CsvReader.Row> again = CsvReader.read(written.getBytes(StandardCharsets.UTF_8));
      if (again.size() != 1 || !again.get(0).fields().equals(row.fields())) {
        throw new AssertionError(row + " reads back as " + again);
      }
    }
  }
}
