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
    assertEquals(List.of(Rejection.inColumn(2, "ccode", "ccode = 0: not a positive state code"),
        new Rejection(3, "the row has 11 fields, the header 10: 1 more than the columns")),
        r.rejections(), r.toText());
    assertEquals(List.of(PartyId.of("cow-40")),
        imported.model().parties().stream().map(Party::id).toList());
  }

  @Test
  void eachBadValueOfAChangeRowIsRejectedInItsColumn() throws IOException {
    // Issue #13: a rejected row names its file, line, column and reason. Fictional states
    // Syldavia 901 and Borduria 902 and entity Klow Valley 9001; one fault per row.
    Path states = Files.writeString(dir.resolve("states.csv"), HEADER
        + "SYL,901,Syldavia,1816,1,1,2016,12,31,2016\n"
        + "BOR,902,Borduria,1816,1,1,2016,12,31,2016\n");
    Path entities = Files.writeString(dir.resolve("entities.csv"),
        "id,name\n9001,Klow Valley\n9002, \n");
    Path changes = Files.writeString(dir.resolve("changes.csv"),
        "year,month,gainer,procedur,entity,area,pop,portion,loser,number,indep,conflict\n"
        + "1950,1,901,1,9001,100,1000,1,902,1,0,0\n"
        + "1950,1,901,1,9001,100,1000,1,901,2,0,0\n"
        + "1950,1,777,1,9001,100,1000,1,902,3,0,0\n"
        + "1950,1,901,7,9001,100,1000,1,902,4,0,0\n"
        + "1950,1,901,1,9001,100,1000,2,902,5,0,0\n"
        + "1950,1,901,1,9001,100,1000,1,902,6,2,0\n"
        + "1950,1,901,1,9001,100,1000,1,902,7,0,3\n"
        + "1950,1,901,1,9001,-5,1000,1,902,8,0,0\n"
        + "1950,1,901,1,9001,abc,1000,1,902,9,0,0\n"
        + "1950,1,901,1,9001,100,1.5,1,902,10,0,0\n"
        + "1950,1,901,1,x,100,1000,1,902,11,0,0\n"
        + "1950,1,901,1,8888,100,1000,1,902,12,0,0\n");
    CowImport imported = CowImporter.importAll(states, entities, changes);
    ImportReport names = imported.reports().get(1);
    assertEquals(List.of(Rejection.inColumn(3, "name", "name is empty")), names.rejections(),
        names.toText());
    ImportReport r = imported.reports().get(2);
    assertEquals(1, r.rowsImported(), r.toText());
    assertEquals(List.of("3 loser", "4 gainer", "5 procedur", "6 portion", "7 indep",
        "8 conflict", "9 area", "10 area", "11 pop", "12 entity", "13 entity"),
        r.rejections().stream().map(j -> j.line() + " " + j.column().orElse("(row)")).toList(),
        r.toText());
    assertEquals("area = \"-5\": negative", r.rejections().get(6).reason());
  }

  @Test
  void aMissingColumnRefusesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("states.csv"), "stateabb,ccode\nCUB,40\n");
    CowImportException e =
        assertThrows(CowImportException.class, () -> CowImporter.importStates(file));
    assertTrue(e.getMessage().contains("statenme"), e.getMessage());
  }
}
