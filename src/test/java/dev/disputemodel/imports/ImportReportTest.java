package dev.disputemodel.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  @Test
  void everyRowReadIsImportedOrRejected() {
    ImportReport.Builder b = ImportReport.builder("f.csv");
    b.read();
    b.read();
    b.read();
    b.read();
    b.reject(Rejection.inColumn(5, "year", "year = \"x\": not a whole number"));
    b.reject(3, "the row has 2 fields, the header 3: 1 more than the columns");
    ImportReport r = b.build();
    assertEquals("f.csv", r.file());
    assertEquals(4, r.rowsRead());
    assertEquals(2, r.rowsImported());
    assertEquals(List.of(3, 5), r.rejections().stream().map(Rejection::line).toList(),
        "in file order whatever the order rejected");
  }

  @Test
  void countsAddUpByNameAndTheTextListsEverything() {
    ImportReport.Builder b = ImportReport.builder("f.csv");
    b.read();
    b.read();
    b.count("b");
    b.count("a", 2);
    b.count("b");
    b.count("a", 3);
    b.reject(Rejection.cascade(2, Optional.empty(), "conflict 1 is rejected with its row on line 3"));
    ImportReport r = b.build();
    assertEquals(Map.of("a", 5, "b", 2), r.counts());
    assertEquals(List.of("a", "b"), List.copyOf(r.counts().keySet()));
    assertEquals(5, r.count("a"));
    assertEquals(0, r.count("c"));
    assertEquals("f.csv: 2 rows read, 1 imported, 1 rejected\n  a: 5\n  b: 2\n"
        + "  rejected line 2 (cascade): conflict 1 is rejected with its row on line 3\n",
        r.toText());
    assertEquals(r.toText(), r.toString());
  }

  @Test
  void aRejectionSaysLineColumnAndWhetherItCascaded() {
    assertEquals("line 4, column year: bad", Rejection.inColumn(4, "year", "bad").toString());
    assertEquals("line 4: bad", new Rejection(4, "bad").toString());
    assertEquals("line 4 (cascade), column conflict_id: fell",
        Rejection.cascade(4, Optional.of("conflict_id"), "fell").toString());
    assertEquals(new Rejection(4, Optional.empty(), "bad", false), new Rejection(4, "bad"));
    assertThrows(NullPointerException.class, () -> new Rejection(4, null));
    assertThrows(NullPointerException.class,
        () -> new Rejection(4, null, "bad", false));
    assertThrows(NullPointerException.class, () -> ImportReport.builder("f").build().count(null));
  }
}
