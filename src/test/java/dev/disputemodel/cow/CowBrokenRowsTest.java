package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken rows of a state list are rejected with their line and reason; test data. */
class CowBrokenRowsTest {
  @TempDir
  Path dir;

  static final String HEADER =
      "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";

  @Test
  void aShortRowABadDateAndOverlappingSpellsAreRejectedTheRestImported() throws IOException {
    Path file = Files.writeString(dir.resolve("states.csv"), HEADER
        + "CUB,40,Cuba,1902,5,20,1906,9,25,2016\n"
        + "CUB,40,Cuba,1905,1,1,2016,12,31,2016\n"
        + "XXX,41\n"
        + "HAI,41,Haiti,1859,2,30,2016,12,31,2016\n"
        + "DOM,42,Dominican Republic,1894,1,1,1916,11,29,2016\n");
    CowImport imported = CowImporter.importStates(file);
    ImportReport r = imported.reports().get(0);
    assertEquals(5, r.rowsRead());
    assertEquals(2, r.rowsImported());
    assertEquals(3, r.rejections().size(), r.toText());
    assertEquals(3, r.rejections().get(0).line());
    assertTrue(r.rejections().get(0).reason().contains("does not begin after"), r.toText());
    assertEquals(4, r.rejections().get(1).line());
    assertEquals(5, r.rejections().get(2).line());
    assertEquals(2, imported.model().parties().size());
  }

  @Test
  void aStateNameWithAControlCharacterRejectsItsRowOnly() throws IOException {
    // Found by CowImportFuzzTest: the name passed the row check and the import aborted when the
    // party was built. Now the row is rejected in its column and the import goes on.
    Path file = Files.writeString(dir.resolve("states.csv"), HEADER
        + "USA,2,Uni\u0000ted States of America,1816,1,1,2016,12,31,2016\n"
        + "CAN,20,Canada,1920,1,10,2016,12,31,2016\n");
    CowImport imported = CowImporter.importStates(file);
    ImportReport r = imported.reports().get(0);
    assertEquals(1, r.rowsImported(), r.toText());
    assertEquals(1, r.rejections().size(), r.toText());
    assertEquals(2, r.rejections().get(0).line());
    assertEquals("statenme", r.rejections().get(0).column().orElseThrow(), r.toText());
    assertTrue(r.rejections().get(0).reason().contains("U+0000"), r.toText());
    assertEquals(1, imported.model().parties().size());
  }

  @Test
  void aYearOutOfRangeRejectsItsRowOnly() throws IOException {
    // Found by CowImportFuzzTest: year 2016016 passed the row (java.time reaches it) and the
    // import aborted with InvalidValueException when the party was built. Now the row is rejected
    // in its column, by the year rule every importer shares.
    Path states = Files.writeString(dir.resolve("states.csv"), HEADER
        + "USA,2,United States of America,1816,1,1,2016016,12,31,2016\n"
        + "CAN,20,Canada,1920,1,10,2016,12,31,2016\n");
    CowImport imported = CowImporter.importStates(states);
    ImportReport r = imported.reports().get(0);
    assertEquals(1, r.rowsImported(), r.toText());
    assertEquals(1, r.rejections().size(), r.toText());
    assertEquals("endyear", r.rejections().get(0).column().orElseThrow(), r.toText());
    assertTrue(r.rejections().get(0).reason().contains("2016016"), r.toText());
    assertEquals(1, imported.model().parties().size());
  }

  @Test
  void stateCodeZeroAndARowWithAFieldMoreThanTheHeaderAreRejected() throws IOException {
    // COW state codes are positive (2 is the first); a field beyond the header is no column's
    Path file = Files.writeString(dir.resolve("states.csv"), HEADER
        + "XXX,0,Nowhere,1816,1,1,2016,12,31,2016\n"
        + "CAN,20,Canada,1920,1,10,2016,12,31,2016,extra\n"
        + "CUB,40,Cuba,1902,5,20,2016,12,31,2016\n");
    CowImport imported = CowImporter.importStates(file);
    ImportReport r = imported.reports().get(0);
    assertEquals(List.of(new Rejection(2, "ccode = 0: not a positive state code"),
        new Rejection(3, "the row has 11 fields, the header 10: 1 more than the columns")),
        r.rejections(), r.toText());
    assertEquals(List.of(PartyId.of("cow-40")),
        imported.model().parties().stream().map(Party::id).toList());
  }

  @Test
  void aMissingColumnRefusesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("states.csv"), "stateabb,ccode\nCUB,40\n");
    CowImportException e =
        assertThrows(CowImportException.class, () -> CowImporter.importStates(file));
    assertTrue(e.getMessage().contains("statenme"), e.getMessage());
  }
}
