package dev.disputemodel.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.TestData;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports the real UCDP releases (the repository's copies, {@link TestData}) and checks facts of
 * the data (grepped from the CSV files). Each test imports afresh, so that mutation testing
 * credits each with what it checks. Data: UCDP/PRIO Armed Conflict Dataset 23.1 (Davies,
 * Pettersson and Öberg 2023; Gleditsch et al. 2002) and UCDP Peace Agreement Dataset 22.1
 * (Pettersson, Högbladh and Öberg 2019), CC BY 4.0.
 */
class UcdpImportTest {
  private static UcdpImport importBoth() throws IOException {
    return UcdpImporter.importAll(TestData.ucdp("ucdp-prio-acd-231.csv"),
        TestData.ucdp("ucdp-peace-agreements-221.csv"));
  }

  @Test
  void everyRowIsImportedOrRejectedNeverSkipped() throws IOException {
    UcdpImport imported = importBoth();
    ImportReport acd = imported.reports().get(0);
    ImportReport pa = imported.reports().get(1);
    assertEquals(2_626, acd.rowsRead(), "2,626 conflict-year rows");
    assertEquals(374, pa.rowsRead(), "374 agreements on 5,098 physical lines");
    assertEquals(acd.rowsRead(), acd.rowsImported() + acd.rejections().size());
    assertEquals(0, acd.rejections().size(), acd.toText());
    assertEquals(0, pa.rejections().size(), pa.toText());
  }

  /** The figures of docs/ucdp.md, "Import report (the real files)". */
  @Test
  void theReportsCountWhatTheDocsSay() throws IOException {
    UcdpImport imported = importBoth();
    ImportReport acd = imported.reports().get(0);
    Map<String, Integer> expected = new java.util.LinkedHashMap<>(Map.of("conflicts", 297,
        "episodes", 602, "parties", 729, "territories", 143,
        "gwno_a_2nd lists matched by name, not position", 195,
        "gwno_a_2nd lists zipped by position (names not all known)", 0,
        "gwno_b_2nd lists matched by name, not position", 20,
        "gwno_b_2nd lists zipped by position (names not all known)", 0,
        "gwno_a lists zipped by position (names not all known)", 0,
        "names with commas taken whole (one actor id)", 2));
    expected.put("states named by code only (no name established for the code)", 0);
    expected.put("ep_end_date without precision code, read as its day", 547);
    int[] startPrec = {201, 277, 281, 189, 121, 8};
    int[] startPrec2 = {280, 263, 190, 453, 34, 8};
    for (int code = 2; code <= 7; code++) {
      expected.put("start_prec code " + code + " read as the year", startPrec[code - 2]);
      expected.put("start_prec2 code " + code + " read as the year", startPrec2[code - 2]);
    }
    expected.forEach((name, n) -> assertEquals(n, acd.count(name), name));
    ImportReport pa = imported.reports().get(1);
    Map.of("agreements imported as events", 374, "ceasefires", 176,
        "agreements naming several conflicts, linked to the first", 6,
        "third-party texts kept in the event description", 264,
        "mediators from third-party texts", 22,
        "third-party texts with a role but no known state (no mediator)", 3,
        "third-party texts without a named role (no mediator)", 119,
        "actor ids not in the ACD (not signatories)", 269,
        "actor ids on no side of the conflict (not signatories)", 205)
        .forEach((name, n) -> assertEquals(n, pa.count(name), name));
  }

  @Test
  void conflictsAndCeasefiresAreCounted() throws IOException {
    UcdpImport imported = importBoth();
    DisputeModel m = imported.model();
    assertEquals(297, m.conflicts().stream().filter(c -> c.parent().isEmpty()).count());
    assertEquals(297, imported.reports().get(0).count("conflicts"));
    // grep: 176 agreements with cease = 1
    assertEquals(176, m.ceasefires().size());
    assertEquals(374, m.events().size(), "every agreement is kept as an AGREEMENT event");
  }

  @Test
  void conflict388IsOverNagornoKarabakhWithArmeniaAndTurkeyAsTroopSupporters() throws IOException {
    UcdpImport imported = importBoth();
    DisputeModel m = imported.model();
    Conflict c = m.conflict(ConflictId.of("ucdp-388")).orElseThrow();
    assertEquals("Azerbaijan: Artsakh (Nagorno-Karabakh)", c.name());
    assertEquals(1, c.territoriesAtStake().size());
    assertEquals("Artsakh (Nagorno-Karabakh)",
        m.territory(c.territoriesAtStake().iterator().next()).orElseThrow().name());
    PartyId azerbaijan = PartyId.of("gw-373");
    PartyId armenia = PartyId.of("gw-371");
    PartyId turkey = PartyId.of("gw-640");
    assertEquals(64, m.party(azerbaijan).orElseThrow().ucdpActorId().getAsInt());
    assertEquals("Government of Armenia", m.party(armenia).orElseThrow().name());
    Side a = c.sides().get(0);
    Side b = c.sides().get(1);
    assertTrue(a.primaries().contains(azerbaijan));
    PartyId artsakh = b.primaries().iterator().next();
    assertEquals(338, m.party(artsakh).orElseThrow().ucdpActorId().getAsInt());
    assertTrue(b.supporters().stream().anyMatch(
        s -> s.party().equals(armenia) && s.type() == SupportType.TROOPS));
    Supporter t = a.supporters().stream().filter(s -> s.party().equals(turkey)).findFirst()
        .orElseThrow();
    assertEquals(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(2020)), FuzzyTime.inYear(Year.of(2020))),
        t.period().orElseThrow());
    // 2020 was a war year; the 2020 episode began on 2020-07-16 and is ongoing in 23.1
    assertEquals("WAR", c.intensityByYear().get(2020).name());
    Conflict ep = m.conflict(ConflictId.of("ucdp-388-2020")).orElseThrow();
    assertEquals(FuzzyPeriod.since(FuzzyTime.onDay(java.time.LocalDate.of(2020, 7, 16))),
        ep.period().orElseThrow());
  }

  @Test
  void multiStateListsAreMatchedByNameNotPosition() throws IOException {
    UcdpImport imported = importBoth();
    // Conflict 418, 2015: "Government of Afghanistan, Government of Pakistan" with "700, 770".
    // In 2002 the same lists are sorted separately: the first name is not the first code.
    DisputeModel m = imported.model();
    assertEquals("Government of Afghanistan", m.party(PartyId.of("gw-700")).orElseThrow().name());
    assertEquals("Government of Pakistan", m.party(PartyId.of("gw-770")).orElseThrow().name());
    assertTrue(imported.reports().get(0).count("gwno_a_2nd lists matched by name, not position") > 0);
  }

  @Test
  void statesOnlyInListsAreNamedByEliminationNotByPosition() throws IOException {
    // 260 and 380 appear only in lists of several states, whose names are sorted by name and
    // codes by number: zipped by position they were "Government of Burundi" and "of Egypt".
    // Eliminating the states already known leaves one name and one code in some list.
    DisputeModel m = importBoth().model();
    assertEquals("Government of Germany", m.party(PartyId.of("gw-260")).orElseThrow().name());
    assertEquals("Government of Sweden", m.party(PartyId.of("gw-380")).orElseThrow().name());
    assertEquals("Government of Burundi", m.party(PartyId.of("gw-516")).orElseThrow().name());
    assertEquals("Government of Egypt", m.party(PartyId.of("gw-651")).orElseThrow().name());
    // Never alone in a list nor left alone in one: 740 is the one name left in every list that
    // has code 740 (the COW list agrees: 740 is Japan, 315 Czechoslovakia; Tonga is COW 955)
    assertEquals("Government of Japan", m.party(PartyId.of("gw-740")).orElseThrow().name());
    assertEquals("Government of Czechoslovakia", m.party(PartyId.of("gw-315")).orElseThrow().name());
    assertEquals("Government of Tonga", m.party(PartyId.of("gw-972")).orElseThrow().name());
    assertEquals(List.of(), m.party(PartyId.of("gw-740")).orElseThrow().aliases());
  }

  /** The figures docs/ucdp.md reports for the standard checker over the real data. */
  @Test
  void checkerFindingsOnTheRealData() throws IOException {
    UcdpImport imported = importBoth();
    dev.disputemodel.check.Report report =
        dev.disputemodel.check.Checker.standard().check(imported.model());
    assertEquals(
        java.util.Map.of("mediator-belligerent", 3, "time-order", 110),
        report.countsByRule(), report.toText());
    assertEquals(3, report.countsBySeverity().get(dev.disputemodel.check.Severity.ERROR));
  }
}
