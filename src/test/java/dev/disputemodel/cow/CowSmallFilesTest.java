package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the importer makes of cases the real files lack, on small hand-written files: test data of
 * fictional states (Syldavia 901, Borduria 902) and a fictional entity (Klow Valley, 9001).
 */
class CowSmallFilesTest {
  @TempDir
  Path dir;

  static final String STATES_HEADER =
      "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";
  static final String CHANGES_HEADER =
      "year,month,gainer,procedur,entity,area,pop,portion,loser,number,indep,conflict\n";

  static FuzzyTime month(int y, int m) {
    return FuzzyTime.inMonth(YearMonth.of(y, m));
  }

  @Test
  void aLaterSpellUnderAnotherNameGivesTheStateThatNameAsAnAlias() throws IOException {
    Path states = Files.writeString(dir.resolve("states.csv"), STATES_HEADER
        + "SYL,901,Syldavia,1900,1,1,1920,12,31,2016\n"
        + "SYL,901,Kingdom of Syldavia,1930,1,1,1940,12,31,2016\n"
        + "SYL,901,Syldavia,1950,1,1,2016,12,31,2016\n");
    Party syldavia = CowImporter.importStates(states).model().party(PartyId.of("cow-901"))
        .orElseThrow();
    assertEquals("Syldavia", syldavia.name(), "the first spell's");
    assertEquals(List.of("Kingdom of Syldavia"), syldavia.aliases(), "each other name once");
  }

  @Test
  void aTerritorysStatusesFollowItsChangesInTimeNotInFileOrder() throws IOException {
    Path states = Files.writeString(dir.resolve("states.csv"), STATES_HEADER
        + "SYL,901,Syldavia,1816,1,1,2016,12,31,2016\n"
        + "BOR,902,Borduria,1816,1,1,2016,12,31,2016\n");
    Path entities = Files.writeString(dir.resolve("entities.csv"), "id,name\n9001,Klow Valley\n");
    // change 2 (1950-01, Syldavia to Borduria) is written before change 1 (1900-01, to Syldavia)
    Path changes = Files.writeString(dir.resolve("changes.csv"), CHANGES_HEADER
        + "1950,1,902,3,9001,100,.,1,901,2,0,0\n"
        + "1900,1,901,3,9001,100,.,1,-9,1,0,0\n");
    CowImport imported = CowImporter.importAll(states, entities, changes);
    DisputeModel model = imported.model();
    List<SovereigntyStatus> statuses =
        model.territory(TerritoryId.of("cow-entity-9001")).orElseThrow().sovereignty();
    assertEquals(List.of(Optional.of(PartyId.of("cow-901")), Optional.of(PartyId.of("cow-902"))),
        statuses.stream().map(SovereigntyStatus::sovereign).toList());
    assertEquals(List.of(Optional.of(FuzzyPeriod.of(month(1900, 1), month(1950, 1))),
        Optional.of(FuzzyPeriod.since(month(1950, 1)))),
        statuses.stream().map(SovereigntyStatus::period).toList());
    assertEquals(List.of(Optional.of(Estimate.unknown()), Optional.of(Estimate.unknown())),
        statuses.stream().map(SovereigntyStatus::recognizerCount).toList());
    assertEquals(0, imported.reports().get(2)
        .count("changes whose loser is not the territory's previous gainer"));
  }
}
