package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code time-order} for agreements and for a party's proclaimed and dissolved times. (Its cases
 * for ceasefires and periods are in {@link TimeRulesTest}.)
 */
class TimeOrderRuleTest {
  @Test
  void anAgreementAndAPartyWithPossiblyDisorderedTimes() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(month(1966, 2)).effective(day(1966, 2, 1)).source(SRC).build())
        .addParty(Party.builder().id(p("P")).name("P").kind(PartyKind.DE_FACTO_STATE)
            .proclaimed(month(1983, 11)).dissolved(day(1983, 11, 2)).build())
        .build();
    assertEquals(List.of("Agreement:A effective POSSIBLY", "Party:P dissolved POSSIBLY"),
        run(new TimeOrderRule(), m).stream()
            .map(f -> f.focus().get() + " " + f.path().get() + " " + f.certainty()).toList());
  }

  @Test
  void orderedOrSameDayTimesAreNotReported() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.PROCESS)
            .conflict(c("C")).agreed(day(1966, 2, 17)).effective(day(1966, 2, 17)).source(SRC).build())
        .addParty(Party.builder().id(p("P")).name("P").kind(PartyKind.DE_FACTO_STATE)
            .proclaimed(day(1975, 2, 13)).dissolved(day(1983, 11, 15)).build())
        .build();
    assertEquals(List.of(), run(new TimeOrderRule(), m));
  }
}
