package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The time axis' documented layout, position by position: where the stops and the moments between
 * them are drawn, where the axis' range ends (half-open), which moments get round ticks (decades,
 * years or months by the span) and how far a tick label may reach past the plot.
 */
class TimeAxisLayoutTest {
  private static long at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).toEpochSecond(ZoneOffset.UTC);
  }

  /** Returns {@code count} moments {@code step} seconds apart from {@code first}: an evenly drawn axis. */
  private static long[] even(long first, long step, int count) {
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = first + i * step;
    }
    return out;
  }

  private static List<String> yearTicks(TimeAxis axis) {
    return axis.ticks(11).stream().map(TimeAxis.Tick::label).filter(l -> l.matches("\\d{4}")).toList();
  }

  @Test
  void anEmptyAxisDrawsEverythingInTheMiddleAndNothingIsBeforeOrAfterIt() {
    TimeAxis axis = TimeAxis.of(new long[0], 100, 1100, Optional.empty());
    assertTrue(axis.isEmpty());
    assertEquals(600, axis.x(at(2000, 1, 1, 0)), 1e-9);
    assertFalse(axis.before(Long.MIN_VALUE));
    assertFalse(axis.after(Long.MAX_VALUE));
    assertEquals(List.of(), axis.ticks(11));
    assertEquals(List.of(), axis.breaks());
  }

  @Test
  void aSingleMomentIsDrawnInTheMiddleOfThePlot() {
    long t = at(2003, 6, 2, 0);
    TimeAxis axis = TimeAxis.of(new long[] {t, t}, 100, 1100, Optional.empty());
    assertEquals(600, axis.x(t), 1e-9);
    assertEquals(600, axis.x(t - 86_400), 1e-9);
    assertEquals(600, axis.x(t + 86_400), 1e-9);
  }

  @Test
  void betweenTwoStopsTimeIsLinearAndTheEndsLeaveThirtyPixelsForOpenEnds() {
    long from = at(2003, 6, 1, 0);
    long until = at(2003, 6, 11, 0);
    TimeAxis axis = TimeAxis.of(new long[] {until, from}, 100, 1100, Optional.empty());
    assertEquals(130, axis.x(from), 1e-9);
    assertEquals(1070, axis.x(until), 1e-9);
    assertEquals(600, axis.x(at(2003, 6, 6, 0)), 1e-9);
    assertEquals(130 + 940 * 0.3, axis.x(at(2003, 6, 4, 0)), 1e-9);
  }

  @Test
  void beforeAndAfterAreStrictlyOutsideTheFirstAndLastStop() {
    long from = at(2003, 6, 1, 0);
    long until = at(2003, 6, 11, 0);
    TimeAxis axis = TimeAxis.of(new long[] {from, until}, 100, 1100, Optional.empty());
    assertFalse(axis.before(from));
    assertTrue(axis.before(from - 1));
    assertFalse(axis.after(until));
    assertTrue(axis.after(until + 1));
  }

  @Test
  void evenlySpacedMomentsAreDrawnEvenlyAlsoWhenPartOfTheAxisIsToScale() {
    long[] moments = even(at(2000, 1, 1, 12), 86_400 * 3 + 3600, 120);
    TimeAxis axis = TimeAxis.of(moments, 0, 1000, Optional.empty());
    assertTrue(TimeAxis.linearShare(moments.length) > 0);
    for (int i = 0; i < moments.length; i++) {
      assertEquals(30 + 940.0 * i / (moments.length - 1), axis.x(moments[i]), 1e-6, "stop " + i);
    }
  }

  @Test
  void theShareDrawnToScaleRisesWithTheLogarithmOfTheStopsFromFiftyToTwoThousand() {
    assertEquals(0, TimeAxis.linearShare(1));
    assertEquals(0, TimeAxis.linearShare(50));
    // log(100 / 50) / log(2000 / 50) = log 2 / log 40 of the 85%.
    assertEquals(0.85 * Math.log(2) / Math.log(40), TimeAxis.linearShare(100), 1e-12);
    assertEquals(0.85 * Math.log(20) / Math.log(40), TimeAxis.linearShare(1000), 1e-12);
    assertEquals(0.85, TimeAxis.linearShare(2000), 1e-12);
    assertEquals(0.85, TimeAxis.linearShare(100_000), 1e-12);
  }

  @Test
  void theLegendSaysHowMuchOfTheAxisIsToScale() {
    TimeAxis few = TimeAxis.of(new long[] {at(2000, 1, 1, 0), at(2001, 6, 1, 0)}, 0, 1000, Optional.empty());
    assertEquals("axis not to scale: each gap between dated points is drawn by the logarithm of its length;"
        + " a double slash marks a gap of over a year", few.legend());
    TimeAxis many = TimeAxis.of(even(at(2000, 1, 1, 12), 86_400, 2000), 0, 1000, Optional.empty());
    assertEquals("axis 85% to scale, for many dated points; for the rest each gap between dated points is drawn"
        + " by the logarithm of its length; a double slash marks a gap of over a year", many.legend());
  }

  @Test
  void fortyYearsGetATickEveryYearWhereTheyFitAndOverFortyEveryDecade() {
    long start = at(1983, 6, 15, 12);
    // 60 gaps of 246.5 days: 40.5 years.
    TimeAxis forty = TimeAxis.of(even(start, 21_300_000, 61), 0, 2000, Optional.empty());
    List<String> years = yearTicks(forty);
    assertTrue(years.contains("1984") && years.contains("1991") && years.contains("2023"), years.toString());
    // 60 gaps of 304.4 days: 50 years, ticks at the decades counted from 1980.
    TimeAxis fifty = TimeAxis.of(even(start, 26_300_000, 61), 0, 2000, Optional.empty());
    assertEquals(List.of("1990", "2000", "2010", "2020", "2030"), yearTicks(fifty));
  }

  @Test
  void centuriesGetATickEveryTwentyYears() {
    // 60 gaps of 4.2 years: 250 years from 1803; a step of two decades from 1800.
    TimeAxis axis = TimeAxis.of(even(at(1803, 6, 15, 12), 131_700_000, 61), 0, 2000, Optional.empty());
    assertEquals(List.of("1820", "1840", "1860", "1880", "1900", "1920", "1940", "1960", "1980", "2000",
        "2020", "2040"), yearTicks(axis));
  }

  @Test
  void threeYearsGetTicksOnTheFirstsOfMonths() {
    // 60 gaps of 21.3 days: three and a half years.
    TimeAxis axis = TimeAxis.of(even(at(2019, 6, 15, 12), 1_840_000, 61), 0, 2000, Optional.empty());
    List<String> months = axis.ticks(11).stream().map(TimeAxis.Tick::label)
        .filter(l -> l.matches("[A-Z][a-z]{2} \\d{4}")).toList();
    assertTrue(months.size() >= 10, months.toString());
  }

  @Test
  void ofOverlappingRoundTicksTheEarlierIsLabelled() {
    // Evenly drawn, 30 px a year: years 1990 and 1991 do not both fit; 1 Jan 1991 is itself a stop.
    long[] moments = even(at(1989, 6, 15, 12), 5_000_000, 61);
    long[] withNewYear = java.util.Arrays.copyOf(moments, moments.length + 1);
    withNewYear[moments.length] = at(1991, 1, 1, 0);
    TimeAxis axis = TimeAxis.of(withNewYear, 0, 340, Optional.empty());
    List<String> years = yearTicks(axis);
    assertEquals("1990", years.get(0), years.toString());
    assertFalse(years.contains("1991"), years.toString());
  }

  @Test
  void aTickLabelMayReachTwentyPixelsPastThePlotButNoFurther() {
    long t = at(2000, 1, 1, 0);
    // At size 125 the label "2000" is exactly 318 px wide; a tick takes 4 px more on each side.
    double size = 125;
    assertEquals(318, TextWidth.of("2000", size, false), 0);
    // A plot 286 px wide puts the lone stop at 143: its label reaches from -20 to 306.
    assertEquals(List.of(new TimeAxis.Tick(143, "2000")),
        TimeAxis.of(new long[] {t}, 0, 286, Optional.empty()).ticks(size));
    assertEquals(List.of(), TimeAxis.of(new long[] {t}, 0, 285.8, Optional.empty()).ticks(size));
    assertEquals(List.of(), TimeAxis.of(new long[] {t}, 0.2, 286, Optional.empty()).ticks(size));
  }
}
