package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.IdScheme;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TestData;
import dev.disputemodel.query.Sovereigns;
import dev.disputemodel.ucdp.UcdpImporter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matching of COW states with the states of the UCDP import (ACD 23.1 and peace agreements
 * 22.1), over the real files; the report is in docs/cow.md with every ambiguous case.
 */
class PartyMatchingTest {
  static DisputeModel cow;
  static DisputeModel ucdp;
  static PartyMatching matching;

  @BeforeAll
  static void importBoth() throws IOException {
    cow = CowImporter.importAll(TestData.cow("states2016.csv"), TestData.cow("tc-entities.csv"),
        TestData.cow("tc2018.csv")).model();
    ucdp = UcdpImporter.importAll(TestData.ucdp("ucdp-prio-acd-231.csv"),
        TestData.ucdp("ucdp-peace-agreements-221.csv")).model();
    matching = PartyMatching.match(cow, ucdp);
  }

  @Test
  void theCountsOfTheReport() {
    String text = matching.toText();
    assertEquals(141, matching.matched().size(), text);
    assertEquals(139, matching.matched().stream()
        .filter(m -> m.basis() == PartyMatching.Basis.CODE_AND_NAME).count(), text);
    assertEquals(20, matching.ambiguous().size(), text);
    assertEquals(66, matching.unmatchedCow().size(), text);
    assertEquals(List.of(PartyId.of("gw-751")), matching.unmatchedOther(), text);
    assertEquals(31, matching.territories().size(), text);
  }

  @Test
  void codesThatDisagreeAreMatchedByNameAndPeriodAndNamesThatDisagreeAreNeverMerged() {
    // Yemen: Gleditsch-Ward 678, COW 679 (states2016.csv: YEM,679,Yemen,1990,5,22,...)
    assertTrue(matching.matched().contains(
        new PartyMatching.Match(PartyId.of("cow-679"), PartyId.of("gw-678"),
            PartyMatching.Basis.NAME_AND_PERIOD)), matching.toText());
    // 490: "DR Congo (Zaire)" in UCDP, "Democratic Republic of the Congo" in COW: listed, not merged
    assertTrue(matching.ambiguous().stream().anyMatch(a -> a.other().equals(PartyId.of("gw-490"))
        && a.candidates().equals(List.of(PartyId.of("cow-490")))));
    DisputeModel merged = matching.merge();
    assertEquals(Optional.of("679"),
        merged.party(PartyId.of("gw-678")).orElseThrow().externalId(IdScheme.COW_STATE_CODE));
    assertTrue(merged.party(PartyId.of("cow-490")).isPresent(), "an ambiguous COW state stays apart");
    assertTrue(merged.party(PartyId.of("cow-679")).isEmpty(), "a matched COW state is merged");
  }

  @Test
  void theMergedModelGivesKashmirsSovereignsBesideItsArmedConflicts() {
    DisputeModel merged = matching.merge();
    TerritoryId kashmir = TerritoryId.of("ucdp-territory-kashmir");
    // COW: 1849-12 the United Kingdom (200) gains Kashmir (7507) whole, change 106
    assertEquals(List.of(Optional.of(PartyId.of("cow-7507")), Optional.of(PartyId.of("gw-200"))),
        Sovereigns.over(merged).chain(kashmir).stream().map(Sovereigns.Holder::sovereign).toList());
    List<Conflict> conflicts = merged.conflicts().stream()
        .filter(c -> c.territoriesAtStake().contains(kashmir)).toList();
    assertTrue(conflicts.stream().anyMatch(c -> c.parties().contains(PartyId.of("gw-750"))
        && c.parties().contains(PartyId.of("gw-770"))), "India and Pakistan fight over it");
    // 1949-01: the parts India and Pakistan gained from each other (changes 643, 646) lie in it
    assertEquals(Optional.of(kashmir),
        merged.territory(TerritoryId.of("cow-tc-643-part")).orElseThrow().parent());
  }
}
