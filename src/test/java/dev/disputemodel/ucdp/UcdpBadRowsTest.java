package dev.disputemodel.ucdp;

import static dev.disputemodel.ucdp.UcdpFiles.ACD;
import static dev.disputemodel.ucdp.UcdpFiles.PA;
import static dev.disputemodel.ucdp.UcdpFiles.PA_COLUMNS;
import static dev.disputemodel.ucdp.UcdpFiles.acdHeader;
import static dev.disputemodel.ucdp.UcdpFiles.acdRows;
import static dev.disputemodel.ucdp.UcdpFiles.csv;
import static dev.disputemodel.ucdp.UcdpFiles.paRows;
import static dev.disputemodel.ucdp.UcdpFiles.with;
import static dev.disputemodel.ucdp.UcdpFiles.without;
import static dev.disputemodel.ucdp.UcdpFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.CeasefireId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken rows in otherwise real UCDP files ({@link UcdpFiles}): each is rejected with its line,
 * column and reason, nothing of it stays in the model, and the import goes on. One test per
 * escape issue 16 found. The files hold conflict 361 (Chad and Libya over the Aozou strip, one
 * row, line 2) and conflict 392 (Georgia and Abkhazia, 1992 on line 3 and 1993 on line 4), and
 * their agreements.
 */
class UcdpBadRowsTest {
  @TempDir Path dir;

  private static final List<String> H = acdHeader();
  private static final List<String> ROW_361 = acdRows("361").get(0);
  private static final List<String> ROW_392_1992 = acdRows("392").get(0);
  private static final List<String> ROW_392_1993 = acdRows("392").get(1);

  private UcdpImport importAcd(List<String> header, List<List<String>> rows) throws IOException {
    return UcdpImporter.importAcd(write(dir, ACD, csv(header, rows)));
  }

  private static Rejection only(ImportReport report) {
    assertEquals(1, report.rejections().size(), report.toText());
    return report.rejections().get(0);
  }

  /** Every party of the model is on a side of a conflict: none is left over from a bad row. */
  private static void everyPartyIsOnASide(DisputeModel m) {
    Set<PartyId> onSides = new HashSet<>();
    m.conflicts().forEach(c -> c.sides().forEach(s -> {
      onSides.addAll(s.primaries());
      s.supporters().forEach(sup -> onSides.add(sup.party()));
    }));
    m.parties().forEach(p -> assertTrue(onSides.contains(p.id()), p.id() + " is on no side"));
  }

  @Test
  void aRowWithTooFewFieldsIsRejectedWithItsLineAndTheImportGoesOn() throws IOException {
    UcdpImport r = importAcd(H, List.of(ROW_361.subList(0, 5), ROW_392_1992, ROW_392_1993));
    Rejection rejected = only(r.reports().get(0));
    assertEquals(2, rejected.line());
    assertEquals(Optional.of("side_b"), rejected.column(), "the first column the row lacks");
    assertEquals("the row has 5 fields, the header 28", rejected.reason());
    assertTrue(r.model().conflict(ConflictId.of("ucdp-392")).isPresent());
    assertFalse(r.model().conflict(ConflictId.of("ucdp-361")).isPresent());
    assertEquals(ACD, r.reports().get(0).file());
  }

  @Test
  void aRowWithExtraFieldsIsRejectedNotCutShort() throws IOException {
    List<String> longer = new ArrayList<>(ROW_361);
    longer.add("23.1");
    UcdpImport r = importAcd(H, List.of(longer, ROW_392_1992, ROW_392_1993));
    Rejection rejected = only(r.reports().get(0));
    assertEquals(2, rejected.line());
    assertEquals(Optional.empty(), rejected.column());
    assertEquals("the row has 29 fields, the header 28: 1 more than the columns", rejected.reason());
    assertEquals(2, r.reports().get(0).rowsImported());
  }

  @Test
  void aHugeYearIsRejectedInItsRowWithTheLibrarysReason() throws IOException {
    // No end date: the episode would end in the row's year, which no date can hold.
    List<String> row = with(H, with(H, ROW_361, "year", "2000000000"), "ep_end_date", "");
    UcdpImport r = importAcd(H, List.of(row, ROW_392_1992, ROW_392_1993));
    Rejection rejected = only(r.reports().get(0));
    assertEquals(2, rejected.line());
    assertEquals(Optional.of("year"), rejected.column());
    assertTrue(rejected.reason().startsWith("year = \"2000000000\": "), rejected.reason());
    assertTrue(r.model().conflict(ConflictId.of("ucdp-392")).isPresent());
  }

  @Test
  void aYearBeforeItsEpisodeStartsIsRejected() throws IOException {
    UcdpImport r = importAcd(H, List.of(with(H, ROW_361, "year", "1986")));
    Rejection rejected = only(r.reports().get(0));
    assertEquals(Optional.of("year"), rejected.column());
    assertEquals("year = \"1986\": before the episode's start_date2 1987-08-08", rejected.reason());
  }

  @Test
  void aHeaderWithoutEpEndPrecReadsEveryEndDateAsItsDay() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : List.of(ROW_361, ROW_392_1992, ROW_392_1993)) {
      rows.add(without(H, row, "ep_end_prec"));
    }
    UcdpImport r = importAcd(without(H, H, "ep_end_prec"), rows);
    ImportReport report = r.reports().get(0);
    assertEquals(List.of(), report.rejections(), report.toText());
    assertEquals(3, report.rowsImported());
    assertEquals(1, report.count("optional column ep_end_prec absent (read as empty)"));
    assertEquals(2, report.count("ep_end_date without precision code, read as its day"));
    assertEquals(FuzzyPeriod.of(FuzzyTime.onDay(LocalDate.of(1987, 8, 8)),
            FuzzyTime.onDay(LocalDate.of(1987, 9, 12))),
        r.model().conflict(ConflictId.of("ucdp-361-1987")).orElseThrow().period().orElseThrow());
  }

  @Test
  void invalidUtf8IsRejectedWithItsLineAndColumn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(UcdpFiles.line(H).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(UcdpFiles.line(ROW_392_1992).getBytes(StandardCharsets.UTF_8));
    String row = UcdpFiles.line(with(H, ROW_361, "location", "Chad#"));
    int cut = row.indexOf('#');
    bytes.writeBytes(row.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // the first byte of a two-byte character, then a quote: not UTF-8
    bytes.writeBytes(row.substring(cut + 1).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(UcdpFiles.line(ROW_392_1993).getBytes(StandardCharsets.UTF_8));
    UcdpImport r = UcdpImporter.importAcd(write(dir, ACD, bytes.toByteArray()));
    Rejection rejected = only(r.reports().get(0));
    assertEquals(3, rejected.line());
    assertEquals(Optional.of("location"), rejected.column());
    assertEquals("bytes that are not UTF-8", rejected.reason());
    assertEquals(2, r.reports().get(0).rowsImported());
  }

  @Test
  void aRejectedRowLeavesNoPartyBehind() throws IOException {
    // The parties are read before the intensity is found wrong.
    UcdpImport r = importAcd(H, List.of(with(H, ROW_361, "intensity_level", "9"), ROW_392_1992,
        ROW_392_1993));
    assertEquals(Optional.of("intensity_level"), only(r.reports().get(0)).column());
    assertFalse(r.model().party(PartyId.of("gw-483")).isPresent(), "Chad");
    assertFalse(r.model().party(PartyId.of("gw-620")).isPresent(), "Libya");
    assertFalse(r.model().territories().stream().anyMatch(t -> t.name().equals("Aozou strip")));
    everyPartyIsOnASide(r.model());
    assertEquals(2, r.model().parties().size(), "Georgia and Abkhazia");
  }

  @Test
  void oneBadRowRejectsItsConflictAndItsAgreementsAndSaysTheyCascaded() throws IOException {
    List<String> bad = with(H, ROW_392_1993, "intensity_level", "9");
    Path acd = write(dir, ACD, csv(H, List.of(ROW_361, ROW_392_1992, bad)));
    Path pa = write(dir, PA, csv(PA_COLUMNS, paRows("1420", "1596", "1597", "1598", "1130")));
    UcdpImport r = UcdpImporter.importAll(acd, pa);
    ImportReport a = r.reports().get(0);
    assertEquals(2, a.rejections().size(), a.toText());
    Rejection cause = a.rejections().stream().filter(x -> x.line() == 4).findFirst().orElseThrow();
    assertFalse(cause.cascade());
    assertEquals(Optional.of("intensity_level"), cause.column());
    Rejection cascaded = a.rejections().stream().filter(x -> x.line() == 3).findFirst()
        .orElseThrow();
    assertTrue(cascaded.cascade(), cascaded.toString());
    assertEquals("conflict 392 is rejected with its row on line 4", cascaded.reason());
    ImportReport p = r.reports().get(1);
    assertEquals(4, p.rejections().size(), p.toText());
    p.rejections().forEach(x -> {
      assertTrue(x.cascade(), x.toString());
      assertEquals(Optional.of("conflict_id"), x.column());
      assertEquals("conflict 392 was rejected in " + ACD + " (line 4)", x.reason());
    });
    assertEquals(1, p.rowsImported());
    assertFalse(r.model().conflict(ConflictId.of("ucdp-392")).isPresent());
    assertTrue(r.model().ceasefire(CeasefireId.of("ucdp-pa-1420")).isPresent());
    everyPartyIsOnASide(r.model());
  }

  @Test
  void anEpisodeEndingBeforeItStartsRejectsItsRowNotTheWholeConflictSilently()
      throws IOException {
    List<String> bad = with(H, ROW_392_1993, "ep_end_date", "1992-01-01");
    UcdpImport r = importAcd(H, List.of(ROW_361, ROW_392_1992, bad));
    ImportReport a = r.reports().get(0);
    Rejection cause = a.rejections().stream().filter(x -> x.line() == 4).findFirst().orElseThrow();
    assertEquals(Optional.of("ep_end_date"), cause.column());
    assertEquals("ep_end_date = \"1992-01-01\": not in the row's year 1993", cause.reason());
    assertTrue(a.rejections().stream().filter(x -> x.line() == 3).findFirst().orElseThrow()
        .cascade());
  }

  @Test
  void aDuplicatedAgreementIsRejectedAndBothReportsAreKept() throws IOException {
    Path acd = write(dir, ACD, csv(H, List.of(ROW_361, ROW_392_1992, ROW_392_1993)));
    List<List<String>> rows = new ArrayList<>(paRows("1420", "1596"));
    rows.add(paRows("1420").get(0));
    UcdpImport r = UcdpImporter.importAll(acd, write(dir, PA, csv(PA_COLUMNS, rows)));
    assertEquals(2, r.reports().size());
    Rejection rejected = only(r.reports().get(1));
    assertEquals(4, rejected.line());
    assertEquals(Optional.of("paid"), rejected.column());
    assertEquals("paid = \"1420\": the agreement on line 2 has the same paid", rejected.reason());
    assertEquals(2, r.model().ceasefires().size());
  }

  @Test
  void aQuotedFieldNeverClosedRejectsItsRowNotTheFile() throws IOException {
    String text = csv(H, List.of(ROW_361, ROW_392_1992)) + "\"392\",\"Georgia";
    UcdpImport r = UcdpImporter.importAcd(write(dir, ACD, text));
    List<Rejection> rejected = r.reports().get(0).rejections();
    assertEquals(2, rejected.size(), r.reports().get(0).toText());
    assertEquals(Rejection.inColumn(4, "location",
        "a quoted field is not closed before the end of the file"), rejected.get(1));
    assertEquals(Rejection.cascade(3, Optional.empty(),
        "conflict 392 is rejected with its row on line 4"), rejected.get(0));
    assertEquals(1, r.reports().get(0).rowsImported());
    assertTrue(r.model().conflict(ConflictId.of("ucdp-361")).isPresent());
  }

  @Test
  void sidesHoldOnlyPartiesOfImportedRows() throws IOException {
    UcdpImport r = importAcd(H, List.of(ROW_361, with(H, ROW_392_1992, "side_b_id", "x"),
        ROW_392_1993));
    Rejection rejected = r.reports().get(0).rejections().get(0);
    assertEquals(Optional.of("side_b_id"), rejected.column());
    assertEquals("side_b_id = \"x\": not a whole number", rejected.reason());
    Side chad = r.model().conflict(ConflictId.of("ucdp-361")).orElseThrow().sides().get(0);
    assertEquals(Set.of(PartyId.of("gw-483")), chad.primaries());
    everyPartyIsOnASide(r.model());
  }
}
