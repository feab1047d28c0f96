package dev.disputemodel.ucdp;

import static dev.disputemodel.ucdp.UcdpFiles.ACD;
import static dev.disputemodel.ucdp.UcdpFiles.acdHeader;
import static dev.disputemodel.ucdp.UcdpFiles.acdRows;
import static dev.disputemodel.ucdp.UcdpFiles.csv;
import static dev.disputemodel.ucdp.UcdpFiles.with;
import static dev.disputemodel.ucdp.UcdpFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ACD's values, read by the codebook one column at a time, on the real row of conflict 361
 * (Chad and Libya over the Aozou strip, 1987: line 2 of each file here) and the two of conflict
 * 392 (Georgia and Abkhazia, 1992 and 1993).
 */
class AcdValuesTest {
  @TempDir Path dir;

  private static final List<String> H = acdHeader();
  private static final List<String> ROW = acdRows("361").get(0);

  private UcdpImport importRows(List<List<String>> rows) throws IOException {
    return UcdpImporter.importAcd(write(dir, ACD, csv(H, rows)));
  }

  private UcdpImport importRow(List<String> row) throws IOException {
    return importRows(List.of(row));
  }

  private void rejects(String column, String value, String reason) throws IOException {
    ImportReport r = importRow(with(H, ROW, column, value)).reports().get(0);
    assertEquals(List.of(Rejection.inColumn(2, column, reason)), r.rejections(), r.toText());
    assertEquals(0, r.rowsImported());
  }

  private static Conflict conflict(UcdpImport r, String id) {
    return r.model().conflict(ConflictId.of(id)).orElseThrow();
  }

  @Test
  void theRealRowIsImportedAsTheCodebookSays() throws IOException {
    UcdpImport r = importRow(ROW);
    Conflict c = conflict(r, "ucdp-361");
    assertEquals("Chad, Libya: Aozou strip", c.name());
    assertEquals(Incompatibility.TERRITORY, c.incompatibility().orElseThrow());
    assertEquals(ConflictType.INTERSTATE, c.type().orElseThrow());
    assertEquals(Map.of(1987, Intensity.WAR), c.intensityByYear());
    Party chad = r.model().party(PartyId.of("gw-483")).orElseThrow();
    assertEquals("Government of Chad", chad.name());
    assertEquals(PartyKind.STATE, chad.kind());
    assertEquals(87, chad.ucdpActorId().getAsInt());
    assertEquals(483, chad.gleditschWardNumber().getAsInt());
    ImportReport report = r.reports().get(0);
    assertEquals(Map.of("conflicts", 1, "episodes", 1, "parties", 2, "territories", 1,
        "ep_end_date without precision code, read as its day", 1), report.counts());
  }

  @Test
  void gleditschWardNumbersAndActorIdsArePositive() throws IOException {
    rejects("gwno_a", "0", "gwno_a = \"0\": not positive");
    rejects("side_a_id", "-87", "side_a_id = \"-87\": not positive");
    rejects("gwno_b", "x", "gwno_b = \"x\": not a whole number");
  }

  @Test
  void codesOutsideTheCodebookAreRejected() throws IOException {
    rejects("incompatibility", "4", "incompatibility = \"4\": not 1, 2 or 3");
    rejects("incompatibility", "0", "incompatibility = \"0\": not 1, 2 or 3");
    rejects("intensity_level", "0", "intensity_level = \"0\": not 1 or 2");
    rejects("intensity_level", "3", "intensity_level = \"3\": not 1 or 2");
    rejects("type_of_conflict", "0", "type_of_conflict = \"0\": not 1 to 4");
    rejects("type_of_conflict", "5", "type_of_conflict = \"5\": not 1 to 4");
    rejects("ep_end", "2", "ep_end = \"2\": not 0 or 1");
    rejects("ep_end", "-1", "ep_end = \"-1\": not 0 or 1");
    rejects("conflict_id", "0", "conflict_id = \"0\": not positive");
  }

  @Test
  void everyCodeOfTheCodebookIsRead() throws IOException {
    assertEquals(Incompatibility.GOVERNMENT, conflict(importRow(with(H, ROW, "incompatibility",
        "2")), "ucdp-361").incompatibility().orElseThrow());
    assertEquals(Incompatibility.TERRITORY_AND_GOVERNMENT, conflict(importRow(with(H, ROW,
        "incompatibility", "3")), "ucdp-361").incompatibility().orElseThrow());
    assertEquals(Intensity.MINOR, conflict(importRow(with(H, ROW, "intensity_level", "1")),
        "ucdp-361").intensity().orElseThrow());
    assertEquals(ConflictType.EXTRASYSTEMIC, conflict(importRow(with(H, ROW, "type_of_conflict",
        "1")), "ucdp-361").type().orElseThrow());
    assertEquals(ConflictType.INTERNATIONALIZED_INTRASTATE, conflict(importRow(with(H, ROW,
        "type_of_conflict", "4")), "ucdp-361").type().orElseThrow());
    UcdpImport government = importRow(with(H, ROW, "incompatibility", "2"));
    assertEquals(List.of(), government.model().territories(),
        "a government incompatibility puts no territory at stake, even with a name");
    assertEquals("Chad, Libya: government", conflict(government, "ucdp-361").name());
  }

  @Test
  void datesAreCheckedAndReadByTheirPrecision() throws IOException {
    rejects("start_date", "1987-02-30", "start_date = \"1987-02-30\": not a date YYYY-MM-DD");
    rejects("start_date2", "", "start_date2 = \"\": not a date YYYY-MM-DD");
    rejects("ep_end_date", "1987-09-31", "ep_end_date = \"1987-09-31\": not a date YYYY-MM-DD");
    rejects("ep_end_date", "1987-08-07", "ep_end_date = \"1987-08-07\": before start_date2"
        + " 1987-08-08");
    rejects("year", "1986", "year = \"1986\": before the episode's start_date2 1987-08-08");
    String range = ": year out of range; a time lies within the years -999999 to 999999"
        + " (FuzzyTime.MIN_YEAR..MAX_YEAR)";
    rejects("year", "1000000", "year = \"1000000\"" + range);
    rejects("ep_end_date", "+1000000-01-01", "ep_end_date = \"+1000000-01-01\"" + range);
    rejects("start_date", "-1000000-01-01", "start_date = \"-1000000-01-01\"" + range);
    UcdpImport byYear = importRow(with(H, with(H, ROW, "start_prec2", "3"), "start_prec", ""));
    assertEquals(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(1987)),
        FuzzyTime.onDay(LocalDate.of(1987, 9, 12))),
        conflict(byYear, "ucdp-361-1987").period().orElseThrow());
    assertEquals(1, byYear.reports().get(0).count("start_prec2 code 3 read as the year"));
    assertEquals(1, byYear.reports().get(0).count("start_prec code (empty) read as the year"));
    UcdpImport noEnd = importRow(with(H, ROW, "ep_end_date", ""));
    assertEquals(FuzzyPeriod.of(FuzzyTime.onDay(LocalDate.of(1987, 8, 8)),
        FuzzyTime.inYear(Year.of(1987))), conflict(noEnd, "ucdp-361-1987").period().orElseThrow());
    assertEquals(1, noEnd.reports().get(0)
        .count("episode ends without ep_end_date, read as the year"));
    UcdpImport withPrecision = importRow(with(H, ROW, "ep_end_prec", "1"));
    assertEquals(0, withPrecision.reports().get(0)
        .count("ep_end_date without precision code, read as its day"));
    UcdpImport ongoing = importRow(with(H, with(H, ROW, "ep_end", "0"), "ep_end_date", ""));
    assertEquals(FuzzyPeriod.since(FuzzyTime.onDay(LocalDate.of(1987, 8, 8))),
        conflict(ongoing, "ucdp-361-1987").period().orElseThrow());
  }

  @Test
  void sidesNeedPartiesWhoseNamesAndIdsPairUp() throws IOException {
    rejects("side_b", " ", "side_b is empty: a side has at least one party");
    rejects("side_a_2nd", "Government of France",
        "side_a_2nd = \"Government of France\" has 1 names but gwno_a_2nd = \"\" has 0 codes");
    ImportReport threeForTwo = importRow(with(H, with(H, ROW, "side_a", "Government of Chad,"
        + " FROLINAT, X"), "side_a_id", "87, 88")).reports().get(0);
    assertEquals(List.of(Rejection.inColumn(2, "side_a", "side_a = \"Government of Chad,"
        + " FROLINAT, X\" has 3 names but side_a_id = \"87, 88\" has 2 ids")),
        threeForTwo.rejections());
    ImportReport blank = importRow(with(H, with(H, ROW, "side_a", "Government of Chad, , X"),
        "side_a_id", "87, 88, 89")).reports().get(0);
    assertEquals(List.of(Rejection.inColumn(2, "side_a",
        "side_a: name \"\": Party.name = \"\": must not be blank")), blank.rejections());
  }

  @Test
  void aNameWithCommasAndOneIdIsOneParty() throws IOException {
    UcdpImport r = importRow(with(H, ROW, "side_b", "Government of Libya, Jamahiriya"));
    assertEquals("Government of Libya, Jamahiriya",
        r.model().party(PartyId.of("gw-620")).orElseThrow().name());
    assertEquals(1, r.reports().get(0).count("names with commas taken whole (one actor id)"));
  }

  @Test
  void aTerritorialConflictWithoutATerritoryNameIsCounted() throws IOException {
    UcdpImport r = importRow(with(H, ROW, "territory_name", " "));
    assertEquals(1, r.reports().get(0).count("territorial incompatibility without territory_name"));
    assertEquals(List.of(), r.model().territories());
    assertEquals("Chad, Libya: territory", conflict(r, "ucdp-361").name());
  }

  @Test
  void aSecondRowForTheSameConflictAndYearIsRejectedWithItsConflict() throws IOException {
    ImportReport r = importRows(List.of(ROW, ROW)).reports().get(0);
    assertEquals(List.of(
        Rejection.cascade(2, Optional.empty(), "conflict 361 is rejected with its row on line 3"),
        Rejection.inColumn(3, "year", "conflict 361 has year 1987 on line 2 too")),
        r.rejections());
  }

  @Test
  void aStateNamedWithASecondActorIdKeepsItsFirstAndBothLeadToIt() throws IOException {
    // fuzzing found it: a second id for one Gleditsch-Ward number threw Guava's duplicate-key error
    List<List<String>> rows = acdRows("392");
    String first = rows.get(0).get(H.indexOf("side_a_id"));
    String gw = rows.get(0).get(H.indexOf("gwno_a"));
    UcdpImport r = importRows(List.of(rows.get(0), with(H, rows.get(1), "side_a_id", "64")));
    ImportReport report = r.reports().get(0);
    assertEquals(List.of(), report.rejections(), report.toText());
    assertEquals(1, report.count("further UCDP actor ids of a state (the first kept)"));
    Party state = r.model().party(PartyId.of("gw-" + gw)).orElseThrow();
    assertEquals(Integer.parseInt(first), state.ucdpActorId().getAsInt());
    assertEquals(0, importRows(rows).reports().get(0)
        .count("further UCDP actor ids of a state (the first kept)"), "the real rows agree");
  }

  @Test
  void territoriesWithTheSameSlugGetNumberedIds() throws IOException {
    List<List<String>> rows = acdRows("392");
    UcdpImport r = importRows(List.of(with(H, ROW, "territory_name", "Aozou  strip!"),
        with(H, rows.get(0), "territory_name", "Aozou strip"),
        with(H, rows.get(1), "territory_name", "Aozou strip")));
    assertEquals(List.of("ucdp-territory-aozou-strip", "ucdp-territory-aozou-strip-2"),
        r.model().territories().stream().map(t -> t.id().value()).toList());
    assertTrue(conflict(r, "ucdp-392").name().endsWith(": Aozou strip"));
    UcdpImport unnamed = importRow(with(H, ROW, "territory_name", "\u00c5"));
    assertEquals("ucdp-territory-unnamed",
        unnamed.model().territories().get(0).id().value(), "a name with no ASCII letter");
  }

  @Test
  void aStateWhoseNameNoListEstablishesIsNamedByItsCode() throws IOException {
    // As in 23.1, each list is sorted by name and its codes by number. France (220) is the only
    // name left in both lists that have code 220; then the United Kingdom is 200. Niger and
    // Nigeria share every list they are in, so 436 and 475 get no name: zipped by position, both
    // would be right here by chance, but nothing establishes them.
    List<List<String>> rows = acdRows("392");
    List<String> y1992 = with(H, with(H, with(H, rows.get(0), "type_of_conflict", "4"),
        "side_a_2nd", "Government of France, Government of Niger, Government of Nigeria"),
        "gwno_a_2nd", "220, 436, 475");
    List<String> y1993 = with(H, with(H, with(H, rows.get(1), "type_of_conflict", "4"),
        "side_a_2nd", "Government of France, Government of United Kingdom"),
        "gwno_a_2nd", "200, 220");
    UcdpImport r = importRows(List.of(y1992, y1993));
    assertEquals("Government of France", r.model().party(PartyId.of("gw-220")).orElseThrow().name());
    assertEquals("Government of United Kingdom",
        r.model().party(PartyId.of("gw-200")).orElseThrow().name());
    Party niger = r.model().party(PartyId.of("gw-436")).orElseThrow();
    assertEquals("Gleditsch–Ward 436", niger.name());
    assertEquals(List.of(), niger.aliases(), "a name zipped by position is no alias either");
    assertEquals("Gleditsch–Ward 475", r.model().party(PartyId.of("gw-475")).orElseThrow().name());
    assertEquals(2, r.reports().get(0)
        .count("states named by code only (no name established for the code)"));
  }
}
