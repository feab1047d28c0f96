package dev.disputemodel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code parse(t.toString()).equals(t)} for times and periods of every precision and shape: the
 * kit's times (whole units of every precision), spans of two of them (written as bounds), whole
 * units in years far from today (three-digit, negative, five-digit), and arbitrary bounds.
 */
class TimeTextProperties {
  private static final long YEAR_0 = LocalDate.of(-9999, 1, 1).toEpochDay();
  private static final long YEAR_99999 = LocalDate.of(99999, 1, 1).toEpochDay();

  /** One kit time of each precision, in {@link Precision} order. */
  static Gen<List<FuzzyTime>> onePerPrecision() {
    return c -> List.of(Precision.values()).stream()
        .map(p -> Generators.fuzzyTimes(p).generate(c)).toList();
  }

  /** Times of every shape {@link FuzzyTime#toString()} writes, over a wide range of years. */
  static Gen<FuzzyTime> anyTime() {
    Gen<FuzzyTime> kit = Generators.fuzzyTimes();
    Gen<LocalDate> day = Gen.longs(YEAR_0, YEAR_99999).map(LocalDate::ofEpochDay);
    Gen<Precision> precision = Gen.oneOf(Precision.values());
    return Gen.choose(
        kit,
        Gen.zip(kit, kit, FuzzyTime::span),
        day.map(d -> FuzzyTime.atMinute(d.atTime(d.getDayOfYear() % 24, d.getDayOfMonth()))),
        day.map(d -> FuzzyTime.atHour(d.atTime(d.getDayOfYear() % 24, 0))),
        Gen.zip(day, Gen.oneOf(PartOfDay.values()), FuzzyTime::on),
        day.map(FuzzyTime::onDay),
        day.map(d -> FuzzyTime.inMonth(YearMonth.from(d))),
        day.map(d -> FuzzyTime.inYear(Year.of(d.getYear()))),
        day.map(d -> FuzzyTime.inDecade(Year.of(Math.floorDiv(d.getYear(), 10) * 10))),
        Gen.zip(day, Gen.longs(1, 40L * 366 * 86_400), (d, length) -> {
          LocalDateTime start = d.atTime(d.getDayOfMonth() % 24, d.getDayOfYear() % 60, 7);
          LocalDateTime end = LocalDateTime.ofEpochSecond(
              start.toEpochSecond(ZoneOffset.UTC) + length, 0, ZoneOffset.UTC);
          return FuzzyTime.of(start, end, Precision.values()[(int) (length % 7)]);
        }),
        precision.flatMap(p -> Generators.fuzzyTimes(p)));
  }

  /** Periods of every shape, with ends of every shape. */
  static Gen<FuzzyPeriod> anyPeriod() {
    return Gen.choose(
        Generators.fuzzyPeriods(),
        anyTime().map(FuzzyPeriod::since),
        anyTime().map(FuzzyPeriod::until),
        anyTime().map(FuzzyPeriod::at),
        Gen.zip(anyTime(), anyTime(), (a, b) -> a.isBefore(b).isPossible()
            ? FuzzyPeriod.of(a, b) : FuzzyPeriod.of(b, a)));
  }

  @PropertyTest
  void kitTimesOfEveryPrecisionReadBackFromTheirText(
      @ForAll("onePerPrecision") List<FuzzyTime> times) {
    for (int i = 0; i < times.size(); i++) {
      FuzzyTime t = times.get(i);
      assertEquals(Precision.values()[i], t.precision());
      assertEquals(t, FuzzyTime.parse(t.toString()), t.toString());
    }
  }

  @PropertyTest(tries = 500)
  void timesOfEveryShapeReadBackFromTheirText(@ForAll("anyTime") FuzzyTime t) {
    assertEquals(t, FuzzyTime.parse(t.toString()), t.toString());
  }

  @PropertyTest
  void kitPeriodsReadBackFromTheirText(FuzzyPeriod p) {
    assertEquals(p, FuzzyPeriod.parse(p.toString()), p.toString());
  }

  @PropertyTest(tries = 300)
  void periodsOfEveryShapeReadBackFromTheirText(@ForAll("anyPeriod") FuzzyPeriod p) {
    assertEquals(p, FuzzyPeriod.parse(p.toString()), p.toString());
  }
}
