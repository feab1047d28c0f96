package dev.disputemodel.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.SupportType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.cow.PartyMatching.Ambiguity;
import dev.disputemodel.cow.PartyMatching.Basis;
import dev.disputemodel.cow.PartyMatching.Match;
import dev.disputemodel.cow.PartyMatching.TerritoryMatch;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The matching rules of {@link PartyMatching}, each on two small hand-built models: test data of
 * fictional states (Syldavia, Borduria, Ruritania), so that every case the real files lack is
 * pinned (two COW states of one name, one COW state claimed twice, a successor with a later gap,
 * a supporter before its entry, territories whose names differ only in spelling).
 */
class PartyMatchingRulesTest {
  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static PartyId id(String id) {
    return PartyId.of(id);
  }

  static Party.Builder cowState(int code, String name) {
    return Party.builder().id(StateImporter.id(code)).name(name).kind(PartyKind.STATE)
        .cowStateCode(code);
  }

  static Party.Builder gwState(int number, String name) {
    return Party.builder().id(id("gw-" + number)).name(name).kind(PartyKind.STATE)
        .gleditschWardNumber(number);
  }

  static Conflict.Builder conflict(String id, FuzzyPeriod period, String... primaries) {
    Side.Builder side = Side.builder().label("A");
    for (String p : primaries) {
      side.addPrimary(id(p));
    }
    return Conflict.builder().id(ConflictId.of(id)).name("Conflict " + id).period(period)
        .addSides(side.build());
  }

  static Territory entity(int code, String name) {
    return Territory.builder().id(TerritoryId.of("cow-entity-" + code)).name(name)
        .kind(TerritoryKind.REGION).putExternalId(ChangeImporter.COW_ENTITY, Integer.toString(code))
        .build();
  }

  static Territory territory(String id, String name) {
    return Territory.builder().id(TerritoryId.of(id)).name(name).kind(TerritoryKind.REGION).build();
  }

  @Test
  void ofTwoCowStatesOfOneNameOnlyTheOneThatExistedWhileTheOtherStateFoughtIsMatched() {
    DisputeModel cow = DisputeModel.builder()
        .addParties(cowState(100, "Syldavia").proclaimed(day(1900, 1, 1))
            .dissolved(day(1940, 12, 31)).build())
        .addParties(cowState(101, "Syldavia").proclaimed(day(1990, 1, 1)).build())
        .build();
    Party syldavia = gwState(900, "Government of Syldavia").build();
    DisputeModel fighting = DisputeModel.builder().addParties(syldavia)
        .addConflicts(conflict("C", FuzzyPeriod.of(day(2000, 1, 1), day(2001, 1, 1)), "gw-900")
            .build())
        .build();
    PartyMatching matching = PartyMatching.match(cow, fighting);
    assertEquals(List.of(new Match(id("cow-101"), id("gw-900"), Basis.NAME_AND_PERIOD)),
        matching.matched(), matching.toText());
    assertEquals(List.of(), matching.ambiguous(), matching.toText());
    assertEquals(List.of(id("cow-100")), matching.unmatchedCow());

    // the same state recorded in no conflict: both may be it
    PartyMatching idle = PartyMatching.match(cow, DisputeModel.builder().addParties(syldavia).build());
    assertEquals(List.of(), idle.matched(), idle.toText());
    assertEquals(List.of(new Ambiguity(id("gw-900"), List.of(id("cow-100"), id("cow-101")),
        "several COW states agree in name and existed while it fought")), idle.ambiguous());
    assertEquals(List.of(), idle.unmatchedCow());
  }

  @Test
  void aCowStateWithNoStatedExistenceMayBeAnyStateOfItsNameThatFought() {
    // in the list from its first day to its last: it existed whenever the other state fought
    DisputeModel cow = DisputeModel.builder()
        .addParties(cowState(100, "Syldavia").build())
        .addParties(cowState(101, "Syldavia").proclaimed(day(1990, 1, 1)).build())
        .build();
    DisputeModel fighting = DisputeModel.builder()
        .addParties(gwState(900, "Government of Syldavia").build())
        .addConflicts(conflict("C", FuzzyPeriod.of(day(1950, 1, 1), day(1951, 1, 1)), "gw-900")
            .build())
        .build();
    PartyMatching matching = PartyMatching.match(cow, fighting);
    assertEquals(List.of(new Match(id("cow-100"), id("gw-900"), Basis.NAME_AND_PERIOD)),
        matching.matched(), matching.toText());
  }

  @Test
  void oneCowStateClaimedByTwoStatesIsMatchedWithNeither() {
    DisputeModel cow = DisputeModel.builder().addParties(cowState(200, "Borduria").build()).build();
    DisputeModel other = DisputeModel.builder()
        .addParties(gwState(200, "Government of Borduria").build()) // code and name
        .addParties(gwState(950, "Borduria").build()) // name and period
        .build();
    PartyMatching matching = PartyMatching.match(cow, other);
    assertEquals(List.of(), matching.matched(), matching.toText());
    String reason = "the COW state is matched by 2 states: [" + id("gw-200") + ", " + id("gw-950")
        + "]";
    assertEquals(List.of(new Ambiguity(id("gw-200"), List.of(id("cow-200")), reason),
        new Ambiguity(id("gw-950"), List.of(id("cow-200")), reason)), matching.ambiguous());
    assertEquals(List.of(), matching.unmatchedCow(), "a candidate is not unmatched");
    DisputeModel merged = matching.merge();
    assertEquals(List.of(id("gw-200"), id("gw-950"), id("cow-200")),
        merged.parties().stream().map(Party::id).toList(), "all three stay apart");
  }

  /**
   * Borduria (COW 400, Gleditsch–Ward 400) ends on 1980-06-30 and Syldavia (COW 401), in the list
   * from 1900 to 1939, comes back the next day; the other model's state 400 is called Syldavia.
   */
  static final DisputeModel SUCCESSION_COW = DisputeModel.builder()
      .addParties(cowState(400, "Borduria").proclaimed(day(1950, 1, 1)).dissolved(day(1980, 6, 30))
          .build())
      .addParties(cowState(401, "Syldavia").proclaimed(day(1900, 1, 1))
          .addInterruptions(FuzzyPeriod.of(day(1940, 1, 1), day(1980, 6, 30)))
          .addInterruptions(FuzzyPeriod.of(day(1996, 1, 1), day(1999, 12, 31)))
          .build())
      .build();

  static final DisputeModel SUCCESSION_OTHER = DisputeModel.builder()
      .addParties(gwState(400, "Government of Syldavia").build())
      .addConflicts(conflict("C", FuzzyPeriod.of(day(2005, 1, 1), day(2006, 1, 1)), "gw-400").build())
      .build();

  @Test
  void aSuccessorKeepsTheInterruptionsOfItsSpellsAfterItTakesOver() {
    PartyMatching matching = PartyMatching.match(SUCCESSION_COW, SUCCESSION_OTHER);
    assertEquals(List.of(new Match(id("cow-400"), id("gw-400"), Basis.SUCCESSION),
        new Match(id("cow-401"), id("gw-400"), Basis.SUCCESSION, Optional.of(day(1980, 7, 1)))),
        matching.matched(), matching.toText());
    Party merged = matching.merge().party(id("gw-400")).orElseThrow();
    assertEquals(Optional.of(day(1950, 1, 1)), merged.proclaimed(), "the predecessor's");
    assertEquals(Optional.empty(), merged.dissolved(), "the successor's");
    assertEquals(List.of(FuzzyPeriod.of(day(1996, 1, 1), day(1999, 12, 31))), merged.interruptions(),
        "the successor's gap after it took over; not the one before");
    assertEquals(Optional.of("401"), merged.externalId(IdScheme.COW_STATE_CODE), "the latest");
  }

  @Test
  void theSpellsOfASuccessionDoNotDependOnTheOrderOfTheMatches() {
    Match predecessor = new Match(id("cow-400"), id("gw-400"), Basis.SUCCESSION);
    Match successor = new Match(id("cow-401"), id("gw-400"), Basis.SUCCESSION,
        Optional.of(day(1980, 7, 1)));
    Map<PartyId, Party> inOrder = MatchedModels.spells(SUCCESSION_COW, List.of(predecessor, successor));
    assertEquals(Optional.of(day(1950, 1, 1)), inOrder.get(id("gw-400")).proclaimed());
    assertEquals(inOrder, MatchedModels.spells(SUCCESSION_COW, List.of(successor, predecessor)));
  }

  @Test
  void aStateRecordedSupportingASideBeforeItsCowEntryTakesNoProclaimedTime() {
    DisputeModel cow = DisputeModel.builder()
        .addParties(cowState(300, "Ruritania").proclaimed(day(1950, 1, 1)).build())
        .addParties(cowState(310, "Borduria").build())
        .build();
    // the conflict lasts beyond Ruritania's entry; its support ended before it
    Side side = Side.builder().label("Borduria").addPrimary(id("gw-310"))
        .addSupporters(Supporter.builder().party(id("gw-300")).type(SupportType.TROOPS)
            .period(FuzzyPeriod.of(day(1940, 1, 1), day(1941, 1, 1))).build())
        .build();
    DisputeModel other = DisputeModel.builder()
        .addParties(gwState(300, "Government of Ruritania").build())
        .addParties(gwState(310, "Government of Borduria").build())
        .addConflicts(Conflict.builder().id(ConflictId.of("C")).name("Conflict C")
            .period(FuzzyPeriod.of(day(1940, 1, 1), day(1960, 1, 1))).addSides(side).build())
        .build();
    PartyMatching matching = PartyMatching.match(cow, other);
    assertEquals(List.of(id("gw-300")), matching.enteredAfterFighting(), matching.toText());
    Party ruritania = matching.merge().party(id("gw-300")).orElseThrow();
    assertEquals(Optional.empty(), ruritania.proclaimed());
  }

  @Test
  void territoriesWhoseNamesDifferOnlyInSpellingAreMergedWithTheCowNameAsAlias() {
    DisputeModel cow = DisputeModel.builder()
        .addTerritories(entity(500, "Syldavia & Borduria"), entity(501, "Ruritania")).build();
    DisputeModel other = DisputeModel.builder()
        .addTerritories(territory("t-sb", "Syldavia and Borduria"), territory("t-r", "Ruritania"))
        .build();
    PartyMatching matching = PartyMatching.match(cow, other);
    assertEquals(List.of(new TerritoryMatch(TerritoryId.of("cow-entity-500"), TerritoryId.of("t-sb")),
        new TerritoryMatch(TerritoryId.of("cow-entity-501"), TerritoryId.of("t-r"))),
        matching.territories());
    DisputeModel merged = matching.merge();
    Territory both = merged.territory(TerritoryId.of("t-sb")).orElseThrow();
    assertEquals("Syldavia and Borduria", both.name());
    assertEquals(List.of("Syldavia & Borduria"), both.aliases());
    assertEquals(Optional.of("500"), both.externalId(ChangeImporter.COW_ENTITY));
    assertEquals(List.of(), merged.territory(TerritoryId.of("t-r")).orElseThrow().aliases(),
        "the same name is no alias");
    assertEquals(2, merged.territories().size(), merged.territories().toString());
  }

  @Test
  void onlyTheCowEntityTerritoriesOfTheCowModelAreMatched() {
    // a territory of the COW side's own beside a COW entity of the same name does not make the
    // name ambiguous; and a part of a change is never merged with a whole territory
    DisputeModel cow = DisputeModel.builder()
        .addTerritories(entity(500, "Syldavia"), territory("own-syldavia", "Syldavia"),
            territory("cow-tc-9-part", "Borduria"))
        .build();
    DisputeModel other = DisputeModel.builder()
        .addTerritories(territory("t-s", "Syldavia"), territory("t-b", "Borduria")).build();
    assertEquals(List.of(new TerritoryMatch(TerritoryId.of("cow-entity-500"), TerritoryId.of("t-s"))),
        PartyMatching.match(cow, other).territories());
  }
}
