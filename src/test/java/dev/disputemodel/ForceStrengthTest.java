package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.assertInvalid;
import static dev.disputemodel.CoreFixtures.broker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A force's strength over time ({@link Mediator#strengths()}), on UNDOF's figures in the Golan
 * fact sheet: 1,218 all ranks on 16 June 1974 [SRC07], 1,331 on 13 November 1985 [SRC09], 1,130
 * in November 1992 [SRC10], 1,029 on 31 May 1999 [SRC11], 1,166 on 29 July 2013 [SRC12].
 */
class ForceStrengthTest {
  private static final ForceStrength JUNE_1974 = strength(1218, FuzzyTime.onDay(LocalDate.of(1974, 6, 16)), "SRC07");
  private static final ForceStrength NOV_1985 = strength(1331, FuzzyTime.onDay(LocalDate.of(1985, 11, 13)), "SRC09");
  private static final ForceStrength NOV_1992 = strength(1130, FuzzyTime.inMonth(YearMonth.of(1992, 11)), "SRC10");
  private static final ForceStrength MAY_1999 = strength(1029, FuzzyTime.onDay(LocalDate.of(1999, 5, 31)), "SRC11");
  private static final ForceStrength JULY_2013 = strength(1166, FuzzyTime.onDay(LocalDate.of(2013, 7, 29)), "SRC12");

  private static ForceStrength strength(long size, FuzzyTime asOf, String source) {
    return new ForceStrength(Estimate.exact(size), asOf, SourceId.of(source));
  }

  private static Mediator.Builder undof() {
    return broker().role(MediatorRole.PEACEKEEPER)
        .addStrengths(JUNE_1974, NOV_1985, NOV_1992, MAY_1999, JULY_2013);
  }

  @Test
  void theStrengthOnADateIsTheLastFigureNotDefinitelyAfterIt() {
    Mediator m = undof().build();
    assertEquals(Optional.empty(), m.strengthOn(FuzzyTime.onDay(LocalDate.of(1974, 6, 15))),
        "before the first figure");
    assertEquals(Optional.of(JUNE_1974), m.strengthOn(FuzzyTime.onDay(LocalDate.of(1974, 6, 16))));
    assertEquals(Optional.of(JUNE_1974), m.strengthOn(FuzzyTime.inYear(Year.of(1980))));
    assertEquals(Optional.of(NOV_1985), m.strengthOn(FuzzyTime.onDay(LocalDate.of(1992, 10, 31))));
    assertEquals(Optional.of(NOV_1992), m.strengthOn(FuzzyTime.onDay(LocalDate.of(1992, 11, 5))),
        "a figure dated to the month may answer for its first days");
    assertEquals(Optional.of(NOV_1992), m.strengthOn(FuzzyTime.onDay(LocalDate.of(1999, 5, 30))));
    assertEquals(Optional.of(MAY_1999), m.strengthOn(FuzzyTime.inYear(Year.of(1999))),
        "a figure within the year asked may answer for it");
    assertEquals(Optional.of(JULY_2013), m.strengthOn(FuzzyTime.inYear(Year.of(2024))));
  }

  @Test
  void theLatestSizeIsTheLastFigureElseTheUndatedOne() {
    assertEquals(Optional.of(Estimate.exact(1166)),
        undof().forceSize(Estimate.about(1100)).build().latestForceSize());
    assertEquals(Optional.of(Estimate.about(1100)),
        broker().role(MediatorRole.PEACEKEEPER).forceSize(Estimate.about(1100)).build().latestForceSize());
    assertEquals(Optional.empty(), broker().build().latestForceSize());
    assertEquals(Optional.empty(), broker().role(MediatorRole.PEACEKEEPER).forceSize(Estimate.about(1100)).build()
        .strengthOn(FuzzyTime.inYear(Year.of(2000))), "an undated figure is never dated");
  }

  @Test
  void strengthsAreInTimeOrderAndOnlyForAForce() {
    assertInvalid(() -> broker().role(MediatorRole.PEACEKEEPER).addStrengths(NOV_1985, JUNE_1974).build(),
        "Mediator", "strengths", JUNE_1974.toString(),
        "Mediator.strengths = 1218 (1974-06-16) [SRC07]: must be in time order: dated before 1331 (1985-11-13) [SRC09]");
    assertEquals(2, broker().role(MediatorRole.OBSERVER)
        .addStrengths(NOV_1992, strength(1125, FuzzyTime.onDay(LocalDate.of(1992, 11, 1)), "SRC10"))
        .build().strengths().size(), "a day within the month of the figure before it may follow it");
    assertInvalid(() -> broker().addStrengths(JUNE_1974).build(), "Mediator", "strengths", "[" + JUNE_1974 + "]",
        "Mediator.strengths = [1218 (1974-06-16) [SRC07]]: only a PEACEKEEPER or OBSERVER has strengths, not BROKER");
  }

  @Test
  void eachFigureNamesItsSource() {
    assertEquals(new Reference("strengths[4].source", SourceId.of("SRC12")),
        undof().build().references().stream().filter(r -> r.field().startsWith("strengths")).toList().get(4));
  }
}
