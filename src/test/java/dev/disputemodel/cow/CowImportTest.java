package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Portion;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TestData;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.Severity;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.query.Sovereigns;
import dev.disputemodel.query.When;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.ucdp.UcdpImporter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Correlates of War import over the real files (src/test/resources/data/cow: State System
 * Membership List v2016; Territorial Change data v6, Tir et al. 1998; entity names extracted by
 * Jenna Jordan 2021). Every figure is explained in docs/cow.md; each well-known change is checked
 * against its row in tc2018.csv and the coding manual's codes.
 */
class CowImportTest {
  CowImport imported;
  DisputeModel cow;

  // each test imports anew (a few tens of milliseconds): mutation testing then credits every
  // test that reads the import, not only the first one run
  @BeforeEach
  void importAll() throws IOException {
    imported = CowImporter.importAll(TestData.cow("states2016.csv"),
        TestData.cow("tc-entities.csv"), TestData.cow("tc2018.csv"));
    cow = imported.model();
  }

  static PartyId state(int code) {
    return PartyId.of("cow-" + code);
  }

  TerritorialChange change(int number) {
    return cow.territorialChange(TerritorialChangeId.of("cow-tc-" + number)).orElseThrow();
  }

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  @Test
  void everyRowIsAccountedFor() {
    ImportReport states = imported.reports().get(0);
    assertEquals(243, states.rowsRead());
    assertEquals(243, states.rowsImported());
    assertEquals(Map.of("states", 217, "states with several spells", 26,
        "rows merged into the party of an earlier spell", 26, "interruptions between spells", 26),
        states.counts());
    ImportReport entities = imported.reports().get(1);
    assertEquals(2706, entities.rowsRead());
    assertEquals(0, entities.rejections().size());
    assertEquals(1154, entities.count("entities"));
    assertEquals(1552, entities.count("rows merged into the entity of an earlier row"));
    assertEquals(4, entities.count("entities with several names (the first kept)"));
    ImportReport changes = imported.reports().get(2);
    assertEquals(842, changes.rowsRead());
    assertEquals(838, changes.rowsImported());
    assertEquals(List.of(
        "line 386, column entity: entity = 822: in neither the state list nor the entities list",
        "line 411, column loser: loser = 822: in neither the state list nor the entities list",
        "line 721, column loser: gainer = loser = 696: a territory cannot change hands from a party to itself",
        "line 727, column loser: gainer = loser = 696: a territory cannot change hands from a party to itself"),
        changes.rejections().stream().map(Object::toString).toList());
    assertEquals(838, changes.count("changes"));
    assertEquals(726, changes.count("territories"));
    assertEquals(34, changes.count("parties that are not states of the list"));
    assertEquals(123, changes.count("month missing: the time is the year"));
    assertEquals(131, changes.count("procedure -9: not applicable"));
    assertEquals(137, changes.count("loser -9: no political entity held it"));
    assertEquals(9, changes.count("entity missing: a territory without a generally accepted name"));
    assertEquals(419, changes.count("partial transfers: a part of the entity"));
    assertEquals(5, changes.count("area missing"));
    assertEquals(54, changes.count("area 1 km2: small, not accounted for"));
    assertEquals(212, changes.count("population missing"));
    assertEquals(18, changes.count("changes whose loser is not the territory's previous gainer"));
    assertEquals(251, cow.parties().size());
    assertEquals(726, cow.territories().size());
    assertEquals(838, cow.territorialChanges().size());
  }

  @Test
  void statesHaveTheirCodesAndSpells() {
    Party cuba = cow.party(state(40)).orElseThrow();
    assertEquals("Cuba", cuba.name());
    assertEquals(Optional.of("CUB"), cuba.externalId(IdScheme.COW_STATE_ABBREVIATION));
    assertEquals(Optional.of(day(1902, 5, 20)), cuba.proclaimed());
    assertEquals(Optional.empty(), cuba.dissolved(), "2016-12-31 is the end of v2016, not of Cuba");
    assertEquals(List.of(FuzzyPeriod.of(day(1906, 9, 26), day(1909, 1, 22))), cuba.interruptions());
    Party germany = cow.party(state(255)).orElseThrow();
    assertEquals(Optional.empty(), germany.proclaimed(), "in the list from its first day, 1816");
    assertEquals(List.of(FuzzyPeriod.of(day(1945, 5, 9), day(1990, 10, 2))), germany.interruptions());
    Sovereigns q = Sovereigns.over(cow);
    List<PartyId> on2Oct = q.statesOn(day(1990, 10, 2), Certainty.DEFINITELY).stream()
        .map(Sovereigns.Existing::state).toList();
    List<PartyId> on3Oct = q.statesOn(day(1990, 10, 3), Certainty.DEFINITELY).stream()
        .map(Sovereigns.Existing::state).toList();
    assertTrue(on2Oct.contains(state(260)) && !on2Oct.contains(state(255)), "GFR, not Germany");
    assertTrue(on3Oct.contains(state(255)) && !on3Oct.contains(state(260)), "Germany, not GFR");
  }

  @Test
  void theAlaskaPurchaseIsACessionFromRussiaToTheUnitedStates() {
    // tc2018.csv number 178: 1867,10,2,...,3 (cession),entity 3,...,1518775.00,54000,1,365,...,conflict 0
    TerritorialChange alaska = change(178);
    assertEquals(TerritoryId.of("cow-entity-3"), alaska.territory());
    assertEquals("Alaska", cow.territory(alaska.territory()).orElseThrow().name());
    assertEquals(FuzzyTime.inMonth(YearMonth.of(1867, 10)), alaska.time());
    assertEquals(state(2), alaska.gainer());
    assertEquals(Optional.of(state(365)), alaska.loser());
    assertEquals(Optional.of(ChangeProcedure.CESSION), alaska.procedure());
    assertEquals(Optional.of(Portion.WHOLE), alaska.portion());
    assertEquals(Optional.of(Estimate.exact(1_518_775)), alaska.areaSquareKm());
    assertEquals(Optional.of(Estimate.exact(54_000)), alaska.population());
    assertEquals(false, alaska.militaryConflict());
    assertEquals(false, alaska.independence());
    List<Sovereigns.Holder> chain = Sovereigns.over(cow).chain(alaska.territory());
    assertEquals(List.of(Optional.of(state(365)), Optional.of(state(2))),
        chain.stream().map(Sovereigns.Holder::sovereign).toList());
    assertEquals(Optional.of(FuzzyPeriod.until(alaska.time())), chain.get(0).period());
    assertEquals(Optional.of(FuzzyPeriod.since(alaska.time())), chain.get(1).period());
  }

  @Test
  void otherWellKnownChangesAreAsTheDataCodesThem() {
    // 94: 1845,3,gainer 2, procedure 2 (annexation), entity Texas (loser Texas), whole
    TerritorialChange texas = change(94);
    assertEquals(Optional.of(ChangeProcedure.ANNEXATION), texas.procedure());
    assertEquals("Texas", cow.party(texas.loser().orElseThrow()).orElseThrow().name());
    assertEquals(Optional.of(Estimate.exact(1_010_472)), texas.areaSquareKm());
    // 116: the Gadsden purchase, 1853-12, part of Mexico (portion 0) ceded to the United States
    TerritorialChange gadsden = change(116);
    assertEquals(Optional.of(Portion.PART), gadsden.portion());
    assertEquals(Optional.of(TerritoryId.of("cow-entity-70")),
        cow.territory(gadsden.territory()).orElseThrow().parent());
    assertEquals(Optional.of(state(70)), gadsden.loser());
    // 103: 1848-02, the Mexican cession, with military conflict
    assertEquals(true, change(103).militaryConflict());
    // 837: 1990-10, German unification: Germany (255) from the GDR (265), procedure 5
    TerritorialChange unification = change(837);
    assertEquals(Optional.of(ChangeProcedure.UNIFICATION), unification.procedure());
    assertEquals(state(255), unification.gainer());
    assertEquals(Optional.of(state(265)), unification.loser());
    // 871: 1997-07, Hong Kong from the United Kingdom (200) to China (710), cession, whole
    TerritorialChange hongKong = change(871);
    assertEquals(FuzzyTime.inMonth(YearMonth.of(1997, 7)), hongKong.time());
    assertEquals(state(710), hongKong.gainer());
    assertEquals(Optional.of(Estimate.exact(6_700_000)), hongKong.population());
    // 835: 1990-03, Namibia's independence from South Africa: no procedure (-9), independence 1
    TerritorialChange namibia = change(835);
    assertEquals(Optional.empty(), namibia.procedure());
    assertEquals(true, namibia.independence());
    // 869: 1997, 4.52 km2 between the Czech Republic and Slovakia: a fraction kept as written
    assertEquals(Optional.of(Estimate.range(4, 5).withWording("4.52 km2")), change(869).areaSquareKm());
  }

  @Test
  void partiesAndTerritoriesOutsideTheStateListHaveTheirKinds() {
    // gainer 0 of change 547 (1924-02) and 1 of change 603 (1945-04): the manual's Appendix A
    Party league = cow.party(state(0)).orElseThrow();
    assertEquals("League of Nations", league.name());
    assertEquals(PartyKind.INTERNATIONAL_ORGANIZATION, league.kind());
    assertEquals(Optional.of("0"), league.externalId(ChangeImporter.COW_ENTITY));
    assertEquals(PartyKind.INTERNATIONAL_ORGANIZATION, cow.party(state(1)).orElseThrow().kind());
    // Texas, the loser of change 94, is in the entities list, not the state list
    Party texas = cow.party(change(94).loser().orElseThrow()).orElseThrow();
    assertEquals(PartyKind.OTHER, texas.kind());
    assertEquals(PartyKind.STATE, cow.party(state(2)).orElseThrow().kind());
    // an entity that is a state of the list (Russia, 365) is a country; Alaska (3) a region
    assertEquals(TerritoryKind.COUNTRY,
        cow.territory(TerritoryId.of("cow-entity-365")).orElseThrow().kind());
    assertEquals(TerritoryKind.REGION,
        cow.territory(TerritoryId.of("cow-entity-3")).orElseThrow().kind());
  }

  @Test
  void theTerritoriesAStateGainedOrLostByProcedureAndPeriod() {
    Sovereigns q = Sovereigns.over(cow);
    When midCentury = When.between(LocalDateTime.of(1840, 1, 1, 0, 0),
        LocalDateTime.of(1870, 1, 1, 0, 0), Certainty.DEFINITELY);
    assertEquals(List.of("cow-tc-82", "cow-tc-96", "cow-tc-103", "cow-tc-116", "cow-tc-178"),
        q.gained(state(2), Optional.of(ChangeProcedure.CESSION), midCentury).stream()
            .map(c -> c.id().value()).toList());
    assertEquals(List.of("cow-tc-103", "cow-tc-116"),
        q.lost(state(70), Optional.of(ChangeProcedure.CESSION), midCentury).stream()
            .map(c -> c.id().value()).toList());
    // Texas (94), then Johnston Island (128, 1858), part of Honduras (159), Midway (177, 1867)
    assertEquals(List.of("cow-tc-94", "cow-tc-128", "cow-tc-159", "cow-tc-177"),
        q.gained(state(2), Optional.of(ChangeProcedure.ANNEXATION), midCentury).stream()
            .map(c -> c.id().value()).toList());
  }

  @Test
  void theCheckerFindsNothingInTheCowModelAndOnlyUcdpsFindingsInTheMergedModel() throws IOException {
    Report own = Checker.standard().check(cow);
    assertEquals(0, own.size(), own.toText());
    DisputeModel ucdp = UcdpImporter.importAll(TestData.ucdp("ucdp-prio-acd-231.csv"),
        TestData.ucdp("ucdp-peace-agreements-221.csv")).model();
    Report merged = Checker.standard().check(PartyMatching.match(cow, ucdp).merge());
    // role-outside-existence: only South Sudan (COW entry 2011-07-09, its independence), which
    // the ACD records supporting a side in 2011, a year that may end before it: possible, WARNING
    assertEquals(Map.of("mediator-belligerent", 3, "role-outside-existence", 4, "time-order", 110),
        merged.countsByRule());
    Report outside = merged.filter(f -> f.rule().equals("role-outside-existence"));
    assertTrue(outside.findings().stream().allMatch(f -> f.related().equals(List.of(PartyId.of("gw-626")))
        && f.certainty() == Certainty.POSSIBLY && f.severity() == Severity.WARNING), outside.toText());
    assertEquals(Checker.standard().check(ucdp).findings(),
        merged.filter(f -> !f.rule().equals("role-outside-existence")).findings());
  }
}
