package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * A party whose existence is interrupted: the shape of Cuba in the Correlates of War state list
 * (states2016.csv: spells 1902-05-20..1906-09-25 and 1909-01-23..2016-12-31).
 */
class PartyInterruptionsTest {
  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static final FuzzyPeriod US_ADMINISTRATION = FuzzyPeriod.of(day(1906, 9, 26), day(1909, 1, 22));

  static Party.Builder cuba() {
    return Party.builder().id(PartyId.of("cuba")).name("Cuba").kind(PartyKind.STATE)
        .proclaimed(day(1902, 5, 20));
  }

  @Test
  void existsIsFalseWithinAnInterruptionAndTrueOnEitherSide() {
    Party cuba = cuba().addInterruptions(US_ADMINISTRATION).build();
    assertEquals(Certainty.DEFINITELY, cuba.exists(day(1906, 9, 25)));
    assertEquals(Certainty.NOT, cuba.exists(day(1906, 9, 26)));
    assertEquals(Certainty.NOT, cuba.exists(day(1908, 1, 1)));
    assertEquals(Certainty.DEFINITELY, cuba.exists(day(1909, 1, 23)));
    assertEquals(Certainty.POSSIBLY, cuba.exists(FuzzyTime.inYear(Year.of(1909))),
        "1909 is partly interrupted");
    assertEquals(Certainty.NOT, cuba.exists(day(1900, 1, 1)), "before it was proclaimed");
    assertEquals(FuzzyPeriod.since(day(1902, 5, 20)), cuba.existence().orElseThrow(),
        "the existence stays the outer period");
    assertEquals(Certainty.DEFINITELY, Party.builder().id(PartyId.of("x")).name("X")
        .kind(PartyKind.STATE).build().exists(day(1800, 1, 1)), "no stated existence");
  }

  @Test
  void anInterruptionMustHaveBothEndsLieWithinTheExistenceAndFollowThePrevious() {
    InvalidValueException open = assertThrows(InvalidValueException.class,
        () -> cuba().addInterruptions(FuzzyPeriod.since(day(1906, 9, 26))).build());
    assertTrue(open.getMessage().contains("interruptions[0]"), open.getMessage());
    assertTrue(open.getMessage().contains("must state its start and its end"), open.getMessage());
    InvalidValueException before = assertThrows(InvalidValueException.class,
        () -> cuba().addInterruptions(FuzzyPeriod.of(day(1890, 1, 1), day(1895, 1, 1))).build());
    assertTrue(before.getMessage().contains("must lie within the existence"), before.getMessage());
    Party unbounded = Party.builder().id(PartyId.of("y")).name("Y").kind(PartyKind.STATE)
        .addInterruptions(US_ADMINISTRATION).build();
    assertEquals(Certainty.NOT, unbounded.exists(day(1908, 1, 1)),
        "interrupted, though its existence has no stated ends");
    assertEquals(Certainty.DEFINITELY, unbounded.exists(day(1910, 1, 1)));
    InvalidValueException order = assertThrows(InvalidValueException.class,
        () -> cuba().addInterruptions(US_ADMINISTRATION,
            FuzzyPeriod.of(day(1905, 1, 1), day(1905, 6, 1))).build());
    assertTrue(order.getMessage().contains("interruptions[1]"), order.getMessage());
    assertEquals(2, cuba().addInterruptions(US_ADMINISTRATION,
        FuzzyPeriod.of(day(1910, 1, 1), day(1911, 1, 1))).build().interruptions().size());
  }
}
