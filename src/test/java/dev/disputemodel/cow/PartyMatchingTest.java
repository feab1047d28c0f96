package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TestData;
import dev.disputemodel.query.Sovereigns;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.ucdp.UcdpImporter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matching of COW states with the states of the UCDP import (ACD 23.1 and peace agreements
 * 22.1), over the real files; the report is in docs/cow.md with every ambiguous case.
 */
class PartyMatchingTest {
  DisputeModel cow;
  DisputeModel ucdp;
  PartyMatching matching;

  // each test imports anew (a few tens of milliseconds): mutation testing then credits every
  // test that reads the import, not only the first one run
  @BeforeEach
  void importBoth() throws IOException {
    cow = CowImporter.importAll(TestData.cow("states2016.csv"), TestData.cow("tc-entities.csv"),
        TestData.cow("tc2018.csv")).model();
    ucdp = UcdpImporter.importAll(TestData.ucdp("ucdp-prio-acd-231.csv"),
        TestData.ucdp("ucdp-peace-agreements-221.csv")).model();
    matching = PartyMatching.match(cow, ucdp);
  }

  @Test
  void theCountsOfTheReport() {
    String text = matching.toText();
    assertEquals(159, matching.matched().size(), text);
    assertEquals(157, matching.matched().stream().map(PartyMatching.Match::other).distinct().count());
    assertEquals(154, matching.matched().stream()
        .filter(m -> m.basis() == PartyMatching.Basis.CODE_AND_NAME).count(), text);
    assertEquals(4, matching.matched().stream()
        .filter(m -> m.basis() == PartyMatching.Basis.SUCCESSION).count(), text);
    // Tonga: Gleditsch-Ward 972, COW 955 (states2016.csv: TON,955,Tonga,1999,9,14,..)
    assertEquals(List.of(new PartyMatching.Match(PartyId.of("cow-955"), PartyId.of("gw-972"),
        PartyMatching.Basis.NAME_AND_PERIOD)), matching.matched().stream()
        .filter(m -> m.basis() == PartyMatching.Basis.NAME_AND_PERIOD).toList(), text);
    // the four left: equal numbers whose names disagree (490, 817, 343, 680)
    assertEquals(List.of("gw-490", "gw-817", "gw-343", "gw-680"),
        matching.ambiguous().stream().map(a -> a.other().value()).toList(), text);
    assertEquals(54, matching.unmatchedCow().size(), text);
    assertEquals(List.of(PartyId.of("gw-751")), matching.unmatchedOther(), text);
    assertEquals(31, matching.territories().size(), text);
  }

  @Test
  void theTextReportGivesTheCountsAndEveryCaseNotMatchedByCodeAndName() {
    assertEquals("""
        matched: 157 states with 159 COW states (154 by code and name, 1 by name and period, \
        4 by succession)
          Government of Germany [gw-260] -> German Federal Republic [cow-260]: SUCCESSION
          Government of Germany [gw-260] -> Germany [cow-255] since 1990-10-03: SUCCESSION
          Government of Yemen (North Yemen) [gw-678] -> Yemen Arab Republic [cow-678]: SUCCESSION
          Government of Yemen (North Yemen) [gw-678] -> Yemen [cow-679] since 1990-05-22: SUCCESSION
          Government of Tonga [gw-972] -> Tonga [cow-955]: NAME_AND_PERIOD
        ambiguous: 4
          Government of DR Congo (Zaire) [gw-490] -> [Democratic Republic of the Congo [cow-490]]: \
        COW code 490 is Democratic Republic of the Congo, whose name disagrees, and no COW state \
        agrees in name and period
          Government of South Vietnam [gw-817] -> [Republic of Vietnam [cow-817]]: COW code 817 is \
        Republic of Vietnam, whose name disagrees, and no COW state agrees in name and period
          Government of North Macedonia [gw-343] -> [Macedonia [cow-343]]: COW code 343 is \
        Macedonia, whose name disagrees, and no COW state agrees in name and period
          Government of South Yemen [gw-680] -> [Yemen People's Republic [cow-680]]: COW code 680 \
        is Yemen People's Republic, whose name disagrees, and no COW state agrees in name and period
        unmatched COW states: 54
        unmatched other states: 1
          Government of Hyderabad [gw-751]
        territories matched by name: 31
        entered the COW state system after fighting (no proclaimed time): 1
          Government of Oman [gw-698]
        """, matching.toText());
  }

  @Test
  void aStateThatCowCodesAnewAfterAUnificationIsMatchedWithBothCowStatesBySpell() {
    // states2016.csv: YAR,678,Yemen Arab Republic,1926,9,2,1990,5,21 and YEM,679,Yemen,1990,5,22,..
    // UCDP: "Government of Yemen (North Yemen)", gwno 678, fights in 1948 (conflict 230) and 2015
    // (conflict 13645)
    PartyId yemen = PartyId.of("gw-678");
    assertEquals(List.of(
        new PartyMatching.Match(PartyId.of("cow-678"), yemen, PartyMatching.Basis.SUCCESSION),
        new PartyMatching.Match(PartyId.of("cow-679"), yemen, PartyMatching.Basis.SUCCESSION,
            Optional.of(FuzzyTime.onDay(LocalDate.of(1990, 5, 22))))),
        matching.matched().stream().filter(m -> m.other().equals(yemen)).toList());
    DisputeModel merged = matching.merge();
    Party party = merged.party(yemen).orElseThrow();
    assertEquals(Optional.of(FuzzyTime.onDay(LocalDate.of(1926, 9, 2))), party.proclaimed());
    assertEquals(Optional.empty(), party.dissolved(), "Yemen is in the list in 2016");
    assertEquals(List.of(), party.interruptions(), "679 enters the day after 678 leaves");
    assertEquals(Optional.of("679"), party.externalId(IdScheme.COW_STATE_CODE), "the latest");
    assertTrue(party.aliases().containsAll(List.of("Yemen Arab Republic", "Yemen")), party.aliases().toString());
    assertTrue(merged.party(PartyId.of("cow-678")).isEmpty(), "a matched COW state is merged");
    assertTrue(merged.party(PartyId.of("cow-679")).isEmpty(), "a matched COW state is merged");
    // change 473: 1918-10, Yemen (678) independent from the Ottoman Empire (640)
    assertEquals(yemen, merged.territorialChange(TerritorialChangeId.of("cow-tc-473"))
        .orElseThrow().gainer());
    // Germany: GFR (260) 1955-05-05..1990-10-02, then Germany (255) again from 1990-10-03; the
    // 1945-1990 interruption of 255 lies before the matched spell and is not the merged state's
    Party germany = merged.party(PartyId.of("gw-260")).orElseThrow();
    assertEquals(Optional.of(FuzzyTime.onDay(LocalDate.of(1955, 5, 5))), germany.proclaimed());
    assertEquals(List.of(), germany.interruptions());
    assertTrue(matching.matched().contains(new PartyMatching.Match(PartyId.of("cow-255"),
        PartyId.of("gw-260"), PartyMatching.Basis.SUCCESSION,
        Optional.of(FuzzyTime.onDay(LocalDate.of(1990, 10, 3))))), matching.toText());
  }

  @Test
  void aStateRecordedFightingBeforeItsCowEntryTakesNoProclaimedTime() {
    // states2016.csv: OMA,698,Oman,1971,10,7,..; UCDP: Government of Oman fights in 1957
    // (conflict 258, episode ended 1957-08-26)
    assertEquals(List.of(PartyId.of("gw-698")), matching.enteredAfterFighting(), matching.toText());
    Party oman = matching.merge().party(PartyId.of("gw-698")).orElseThrow();
    assertEquals(Optional.empty(), oman.proclaimed());
    assertEquals(Optional.of("698"), oman.externalId(IdScheme.COW_STATE_CODE));
    // South Sudan enters on 2011-07-09 (independence) and UCDP dates its support by year only
    // (2011): not definitely before, so its entry stays its proclaimed time
    assertEquals(Optional.of(FuzzyTime.onDay(LocalDate.of(2011, 7, 9))),
        matching.merge().party(PartyId.of("gw-626")).orElseThrow().proclaimed());
  }

  @Test
  void aCowTerritoryNoOtherTerritoryNamesKeepsItsSovereignsMatchedToTheOtherStates() {
    // Alaska (entity 3): Russia (COW 365) until change 178 (1867-10), then the United States (2);
    // UCDP has no Alaska, so the COW territory stays, its sovereigns the UCDP states 365 and 2
    assertEquals(List.of(Optional.of(PartyId.of("gw-365")), Optional.of(PartyId.of("gw-2"))),
        Sovereigns.over(matching.merge()).chain(TerritoryId.of("cow-entity-3")).stream()
            .map(Sovereigns.Holder::sovereign).toList());
  }

  @Test
  void namesThatDisagreeAreNeverMerged() {
    // 490: "DR Congo (Zaire)" in UCDP, "Democratic Republic of the Congo" in COW: listed, not merged
    assertTrue(matching.ambiguous().stream().anyMatch(a -> a.other().equals(PartyId.of("gw-490"))
        && a.candidates().equals(List.of(PartyId.of("cow-490")))));
    assertTrue(matching.merge().party(PartyId.of("cow-490")).isPresent(),
        "an ambiguous COW state stays apart");
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
    Territory merged7507 = merged.territory(kashmir).orElseThrow();
    assertEquals(Optional.of("7507"), merged7507.externalId(ChangeImporter.COW_ENTITY));
    assertEquals(List.of(), merged7507.aliases(), "the same name in both");
    assertTrue(merged.territory(TerritoryId.of("cow-entity-7507")).isEmpty(), "merged");
    // 1949-01: the parts India and Pakistan gained from each other (changes 643, 646) lie in it
    assertEquals(Optional.of(kashmir),
        merged.territory(TerritoryId.of("cow-tc-643-part")).orElseThrow().parent());
  }
}
