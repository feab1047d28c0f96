package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A territorial change: the Alaska purchase as the COW territorial change data records it
 * (tc2018.csv change 178: October 1867, gainer 2, loser 365, cession, 1,518,775 km², 54,000
 * people, whole unit, no military conflict).
 */
class TerritorialChangeTest {
  static final PartyId USA = PartyId.of("usa");
  static final PartyId RUSSIA = PartyId.of("russia");
  static final TerritoryId ALASKA = TerritoryId.of("alaska");
  static final SourceId COW = SourceId.of("cow");

  static TerritorialChange.Builder alaska() {
    return TerritorialChange.builder().id(TerritorialChangeId.of("178")).territory(ALASKA)
        .time(FuzzyTime.inMonth(YearMonth.of(1867, 10))).gainer(USA).loser(RUSSIA)
        .procedure(ChangeProcedure.CESSION).portion(Portion.WHOLE)
        .areaSquareKm(Estimate.exact(1_518_775)).population(Estimate.exact(54_000)).source(COW);
  }

  @Test
  void itRefersToItsTerritoryPartiesAndSourceAndDefaultsItsFlagsToFalse() {
    TerritorialChange c = alaska().build();
    assertEquals(List.of(new Reference("territory", ALASKA), new Reference("gainer", USA),
        new Reference("loser", RUSSIA), new Reference("source", COW)), c.references());
    assertEquals(false, c.militaryConflict());
    assertEquals(false, c.independence());
    assertEquals(List.of(new Reference("territory", ALASKA), new Reference("gainer", USA),
        new Reference("source", COW)), alaska().loser(Optional.empty()).build().references(),
        "no loser: no political entity held it");
  }

  @Test
  void theGainerIsNotTheLoserAndADescriptionIsNotBlank() {
    InvalidValueException same =
        assertThrows(InvalidValueException.class, () -> alaska().loser(USA).build());
    assertTrue(same.getMessage().contains("TerritorialChange.loser"), same.getMessage());
    assertThrows(InvalidValueException.class, () -> alaska().description(" ").build());
  }

  @Test
  void aModelFindsItByIdAndChecksItsReferences() {
    Source cow = Source.builder().id(COW).kind(SourceKind.DATASET_RELEASE).title("COW TC").build();
    DisputeModel.Builder b = DisputeModel.builder().addSources(cow)
        .addTerritories(Territory.builder().id(ALASKA).name("Alaska").kind(TerritoryKind.REGION).build())
        .addParties(Party.builder().id(USA).name("United States").kind(PartyKind.STATE).build());
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> b.addTerritorialChanges(alaska().build()).build());
    assertTrue(e.getMessage().contains("TerritorialChange:178.loser = Party:russia"), e.getMessage());
    DisputeModel m = b.addParties(Party.builder().id(RUSSIA).name("Russia").kind(PartyKind.STATE).build())
        .build();
    assertEquals(Optional.of(alaska().build()), m.territorialChange(TerritorialChangeId.of("178")));
  }
}
