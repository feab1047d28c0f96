package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code outside-conflict-period} for events that do or do not belong to the fighting, and for
 * agreements. (Its cases for ceasefires, mediators and episodes are in {@link TimeRulesTest}.)
 */
class OutsideConflictPeriodRuleTest {
  static final FuzzyPeriod WAR = FuzzyPeriod.of(day(2020, 9, 27), day(2020, 11, 10));

  private static List<String> reported(EventKind kind, dev.disputemodel.time.FuzzyTime time) {
    DisputeModel m = model().addConflict(conflict("C").period(WAR).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(kind).time(time).source(SRC).build())
        .build();
    return run(new OutsideConflictPeriodRule(), m).stream().map(f -> f.severity() + " " + f.path().get()).toList();
  }

  @Test
  void afterTheEndOnlyTheFightingIsReported() {
    for (EventKind kind : EventKind.values()) {
      List<String> after = reported(kind, day(2020, 12, 1));
      assertEquals(kind.isHostilities() ? List.of("ERROR time") : List.of(), after, kind.toString());
    }
    assertEquals(List.of("ERROR time"), reported(EventKind.LANDING, day(2020, 12, 1)));
    assertEquals(List.of(), reported(EventKind.WITHDRAWAL, day(2020, 12, 1)));
    assertEquals(List.of(), reported(EventKind.AGREEMENT, month(2020, 11)));
  }

  @Test
  void beforeTheStartEveryKindIsReported() {
    Arrays.stream(EventKind.values()).forEach(kind ->
        assertEquals(List.of("ERROR time"), reported(kind, day(2020, 9, 1)), kind.toString()));
  }

  @Test
  void anAgreementBeforeItsConflictIsReportedAndOneAfterItsEndIsNot() {
    DisputeModel m = model().addConflict(conflict("C").period(WAR).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Early").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(day(2020, 9, 1)).source(SRC).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("B")).name("Peace").kind(AgreementKind.FULL)
            .conflict(c("C")).agreed(day(2021, 1, 1)).source(SRC).build())
        .build();
    assertEquals(List.of("Agreement:A agreed"), run(new OutsideConflictPeriodRule(), m).stream()
        .map(f -> f.focus().get() + " " + f.path().get()).toList());
  }
}
