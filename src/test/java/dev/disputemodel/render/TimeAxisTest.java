package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
  private static long at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).toEpochSecond(ZoneOffset.UTC);
  }

  private static final long[] STORY = {
    at(1980, 1, 1, 0), at(1990, 1, 1, 0), at(2020, 9, 27, 0), at(2022, 9, 12, 18), at(2022, 9, 13, 6)
  };

  @Test
  void momentsKeepTheirOrderAndTheFirstAndLastStopLeaveRoomForOpenEnds() {
    TimeAxis axis = TimeAxis.of(STORY, 100, 1100, Optional.empty());
    double last = Double.NEGATIVE_INFINITY;
    for (long t : STORY) {
      assertTrue(axis.x(t) > last, "increasing at " + t);
      last = axis.x(t);
    }
    assertEquals(130, axis.x(STORY[0]), 1e-9);
    assertEquals(1070, axis.x(STORY[STORY.length - 1]), 1e-9);
    assertEquals(axis.x(STORY[0]), axis.x(STORY[0] - 1_000_000), 1e-9);
  }

  @Test
  void aNightIsReadableBesideDecadesButLongerGapsStayWider() {
    TimeAxis axis = TimeAxis.of(STORY, 100, 1100, Optional.empty());
    double decade = axis.x(STORY[1]) - axis.x(STORY[0]);
    double twoYears = axis.x(STORY[3]) - axis.x(STORY[2]);
    double night = axis.x(STORY[4]) - axis.x(STORY[3]);
    assertTrue(night > 60, "twelve hours drawn " + night + " px wide");
    assertTrue(decade > twoYears && twoYears > night, decade + " > " + twoYears + " > " + night);
  }

  @Test
  void gapsOfOverAYearAreBreaksAndTicksNeverOverlap() {
    TimeAxis axis = TimeAxis.of(STORY, 100, 1100, Optional.empty());
    assertEquals(3, axis.breaks().size());
    List<TimeAxis.Tick> ticks = axis.ticks(11);
    assertEquals("1980", ticks.get(0).label());
    for (int i = 1; i < ticks.size(); i++) {
      TimeAxis.Tick a = ticks.get(i - 1);
      TimeAxis.Tick b = ticks.get(i);
      double aEnd = a.x() + TextWidth.of(a.label(), 11, false) / 2;
      double bStart = b.x() - TextWidth.of(b.label(), 11, false) / 2;
      assertTrue(aEnd < bStart, a + " overlaps " + b);
    }
  }

  @Test
  void aRangeClampsMomentsToItsEnds() {
    long from = at(2020, 1, 1, 0);
    TimeAxis axis = TimeAxis.of(STORY, 100, 1100, Optional.of(new Chart.Range(from, Long.MAX_VALUE)));
    assertEquals(axis.x(from), axis.x(STORY[0]), 1e-9);
    assertTrue(axis.before(from - 1));
    assertEquals(130, axis.x(from), 1e-9);
  }
}
