package dev.disputemodel.ucdp;

import static dev.disputemodel.ucdp.UcdpFiles.ACD;
import static dev.disputemodel.ucdp.UcdpFiles.PA;
import static dev.disputemodel.ucdp.UcdpFiles.PA_COLUMNS;
import static dev.disputemodel.ucdp.UcdpFiles.acdHeader;
import static dev.disputemodel.ucdp.UcdpFiles.acdRows;
import static dev.disputemodel.ucdp.UcdpFiles.csv;
import static dev.disputemodel.ucdp.UcdpFiles.paRows;
import static dev.disputemodel.ucdp.UcdpFiles.with;
import static dev.disputemodel.ucdp.UcdpFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Event;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peace agreements' values, on real rows: paid 1420, the Algiers Agreement of 1989-08-31
 * between Chad and Libya (conflict 361, a ceasefire, third parties "OAU, Algeria"), and the
 * agreements of conflict 392 (Georgia and Abkhazia), against the real ACD rows of both conflicts.
 */
class AgreementValuesTest {
  @TempDir Path dir;

  private static final List<String> ALGIERS = paRows("1420").get(0);

  private UcdpImport importAgreements(List<List<String>> rows) throws IOException {
    List<List<String>> acd = new ArrayList<>(acdRows("361", "392"));
    return UcdpImporter.importAll(write(dir, ACD, csv(acdHeader(), acd)),
        write(dir, PA, csv(PA_COLUMNS, rows)));
  }

  private void rejects(String column, String value, String reason) throws IOException {
    ImportReport r = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, column, value)))
        .reports().get(1);
    assertEquals(List.of(Rejection.inColumn(2, column, reason)), r.rejections(), r.toText());
  }

  @Test
  void theAlgiersAgreementIsAnEventAndACeasefireOfChadAndLibya() throws IOException {
    UcdpImport r = importAgreements(List.of(ALGIERS));
    Event e = r.model().events().get(0);
    assertEquals("ucdp-pa-1420-signed", e.id().value());
    assertEquals(EventKind.AGREEMENT, e.kind());
    assertEquals(ConflictId.of("ucdp-361"), e.conflict());
    assertEquals(FuzzyTime.onDay(LocalDate.of(1989, 8, 31)), e.time());
    assertEquals("UCDP peace agreement 1420: Algiers Agreement. Third parties (pa_3rd): OAU,"
        + " Algeria", e.description().orElseThrow());
    Ceasefire c = r.model().ceasefire(CeasefireId.of("ucdp-pa-1420")).orElseThrow();
    assertEquals("Algiers Agreement", c.name());
    assertEquals(Set.of(PartyId.of("gw-483"), PartyId.of("gw-620")), Set.copyOf(c.signatories()));
    assertEquals(Map.of("agreements imported as events", 1, "ceasefires", 1,
        "third-party texts kept in the event description", 1,
        "third-party texts without a named role (no mediator)", 1), r.reports().get(1).counts());
  }

  @Test
  void valuesOutsideTheCodebookAreRejectedWithTheirColumn() throws IOException {
    rejects("paid", "0", "paid = \"0\": not positive");
    rejects("conflict_id", "", "conflict_id is empty");
    rejects("conflict_id", "9999", "conflict_id = \"9999\": not a conflict of the ACD");
    rejects("pa_date", "1989-02-29", "pa_date = \"1989-02-29\": not a date YYYY-MM-DD");
    rejects("pa_name", " \n ", "pa_name is empty");
    rejects("actor_id", "87, x", "actor_id = \"x\": not a whole number");
    rejects("cease", "2", "cease = \"2\": not 0 or 1");
    rejects("ended", "yes", "ended = \"yes\": not True, False or empty");
  }

  @Test
  void anEndedCeasefireEndsOnItsDurationDateNeverBeforeItWasAgreed() throws IOException {
    List<String> ended = with(PA_COLUMNS, ALGIERS, "ended", "True");
    UcdpImport r = importAgreements(List.of(with(PA_COLUMNS, ended, "duration", "1990-01-01")));
    assertEquals(FuzzyTime.onDay(LocalDate.of(1990, 1, 1)),
        r.model().ceasefires().get(0).ended().orElseThrow());
    UcdpImport noDate = importAgreements(List.of(ended));
    assertTrue(noDate.model().ceasefires().get(0).ended().isEmpty());
    assertEquals(1, noDate.reports().get(1).count("ceasefires ended without an end date"));
    ImportReport before = importAgreements(List.of(with(PA_COLUMNS, ended, "duration",
        "1989-08-30"))).reports().get(1);
    assertEquals(List.of(Rejection.inColumn(2, "duration", "duration = \"1989-08-30\": the"
        + " ceasefire ends before pa_date 1989-08-31")), before.rejections());
    UcdpImport sameDay = importAgreements(List.of(with(PA_COLUMNS, ended, "duration",
        "1989-08-31")));
    assertEquals(1, sameDay.model().ceasefires().size(), "a ceasefire may end the day it is agreed");
    UcdpImport notEnded = importAgreements(List.of(with(PA_COLUMNS, with(PA_COLUMNS, ALGIERS,
        "ended", "False"), "duration", "1990-01-01")));
    assertTrue(notEnded.model().ceasefires().get(0).ended().isEmpty());
  }

  @Test
  void anAgreementWithoutCeasefireIsAnEventOnly() throws IOException {
    UcdpImport r = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "cease", "0")));
    assertEquals(1, r.model().events().size());
    assertEquals(List.of(), r.model().ceasefires());
    assertEquals(0, r.reports().get(1).count("ceasefires"));
  }

  @Test
  void signatoriesAreTheActorsOnASideOfTheConflict() throws IOException {
    // 1597 lists Russia (57), the UN (7052) and the OSCE (7078) besides Georgia and Abkhazia.
    UcdpImport r = importAgreements(paRows("1597"));
    Ceasefire c = r.model().ceasefires().get(0);
    assertEquals(2, c.signatories().size(), c.toString());
    assertEquals(3, r.reports().get(1).count("actor ids not in the ACD (not signatories)"));
    UcdpImport crossed = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "actor_id",
        "87, 111, 63")));
    assertEquals(1, crossed.reports().get(1)
        .count("actor ids on no side of the conflict (not signatories)"), "Georgia, in 392");
  }

  @Test
  void aThirdPartyNamedWithARoleAndKnownFromTheAcdIsAMediator() throws IOException {
    UcdpImport r = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "pa_3rd",
        "OAU. Mediated by Georgia; witnessed by Chad")));
    List<Mediator> m = r.model().mediators();
    assertEquals(2, m.size(), m.toString());
    assertEquals(PartyId.of("gw-372"), m.get(0).party());
    assertEquals(MediatorRole.MEDIATOR, m.get(0).role());
    assertEquals("ucdp-pa-1420-m1", m.get(0).id().value());
    assertEquals(MediatorRole.WITNESS, m.get(1).role());
    assertEquals(2, r.reports().get(1).count("mediators from third-party texts"));
    UcdpImport unknown = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "pa_3rd",
        "Brokered by Algeria")));
    assertEquals(1, unknown.reports().get(1)
        .count("third-party texts with a role but no known state (no mediator)"));
    UcdpImport none = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "pa_3rd", "")));
    assertEquals(0, none.reports().get(1).count("third-party texts kept in the event description"));
    assertEquals("UCDP peace agreement 1420: Algiers Agreement",
        none.model().events().get(0).description().orElseThrow());
  }

  @Test
  void anAgreementNamingSeveralConflictsIsLinkedToTheFirst() throws IOException {
    UcdpImport r = importAgreements(List.of(with(PA_COLUMNS, ALGIERS, "conflict_id",
        "361, 392")));
    assertEquals(ConflictId.of("ucdp-361"), r.model().events().get(0).conflict());
    assertEquals(1, r.reports().get(1)
        .count("agreements naming several conflicts, linked to the first"));
  }
}
