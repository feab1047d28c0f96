package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelQueries#timeline}: every dated mark, ties in time and mark by the entity's position in
 * the model, undated entities by position. The model is test data; the entities a territory's
 * timeline gathers from its descendants come in the model's order, not the order they are found.
 */
class TimelineTest {
  static final SourceId S = SourceId.of("S");
  static final TerritoryId PARENT = TerritoryId.of("TP");
  static final TerritoryId CHILD = TerritoryId.of("TK");
  static final ConflictId KA = ConflictId.of("KA"); // at stake: CHILD; first in the model
  static final ConflictId KB = ConflictId.of("KB"); // at stake: PARENT
  static final EventId EA = EventId.of("EA"); // at CHILD, first in the model
  static final EventId EB = EventId.of("EB"); // at PARENT, the same day
  static final CeasefireId CFA = CeasefireId.of("CFA");

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static final ModelQueries Q = ModelQueries.over(DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("S").build())
      .addTerritories(
          Territory.builder().id(PARENT).name("Parent").kind(TerritoryKind.REGION)
              .addPopulation(PopulationStatus.builder().group("G")
                  .period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(2001)), FuzzyTime.inYear(Year.of(2005))))
                  .source(S).build())
              .build(),
          Territory.builder().id(CHILD).name("Child").kind(TerritoryKind.REGION).parent(PARENT).build())
      .addConflicts(
          Conflict.builder().id(KA).name("KA").addTerritoriesAtStake(CHILD).addSources(S).build(),
          Conflict.builder().id(KB).name("KB").addTerritoriesAtStake(PARENT).addSources(S).build())
      .addEvents(
          Event.builder().id(EA).conflict(KA).kind(EventKind.CLASH).time(day(2003, 5, 1)).addPlaces(CHILD).source(S).build(),
          Event.builder().id(EB).conflict(KB).kind(EventKind.CLASH).time(day(2003, 5, 1)).addPlaces(PARENT).source(S).build())
      .addCeasefires(Ceasefire.builder().id(CFA).name("Truce").conflict(KA).source(S)
          .agreed(FuzzyTime.inMonth(YearMonth.of(2003, 3))).effective(day(2003, 4, 2)).ended(day(2003, 6, 1)).build())
      .build());

  @Test
  void aTerritoryTimelineHasPopulationPeriodsAndOrdersWhatItsDescendantsAddByModelPosition() {
    Timeline t = Q.timeline(PARENT);
    assertEquals(List.of(
            "2001 POPULATION_STARTED Territory:TP",
            "2003-05-01 EVENT Event:EA",
            "2003-05-01 EVENT Event:EB",
            "2005 POPULATION_ENDED Territory:TP"),
        t.entries().stream().map(Object::toString).toList());
    assertEquals(List.of(KA, KB), t.undated());
  }

  @Test
  void aConflictTimelineHasEveryDateOfACeasefire() {
    Timeline t = Q.timeline(KA);
    assertEquals(List.of(
            "2003-03 CEASEFIRE_AGREED Ceasefire:CFA",
            "2003-04-02 CEASEFIRE_EFFECTIVE Ceasefire:CFA",
            "2003-05-01 EVENT Event:EA",
            "2003-06-01 CEASEFIRE_ENDED Ceasefire:CFA"),
        t.entries().stream().map(Object::toString).toList());
    assertEquals(List.of(KA), t.undated());
  }
}
