package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.render.Chart.Density;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid gantt text of a chart, task by task: the axis runs from the earliest to the latest
 * moment drawn (at least a day, or the range the options set), ongoing spans and notes run to its
 * end, a task is at least a minute long, and the axis format follows the span (days up to 60
 * days, months up to three years, years beyond).
 */
class ChartGanttTest {
  private static FuzzyTime day(int year, int month, int day) {
    return FuzzyTime.onDay(LocalDate.of(year, month, day));
  }

  private static long midnight(int year, int month, int day) {
    return LocalDate.of(year, month, day).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  private static List<String> gantt(Optional<Chart.Range> range, List<String> notes, Shape... shapes) {
    Row row = new Row("Row", "Row", 0, false, Optional.empty(), List.of(shapes));
    Chart chart = new Chart("t", "Test", "Test chart", List.of(new Section("Rows", List.of(row))), notes,
        Optional.empty(), range);
    return ChartGantt.write(chart).lines().toList();
  }

  private static List<String> tasks(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("    ")).toList();
  }

  private static String format(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("  axisFormat ")).findFirst().orElseThrow();
  }

  @Test
  void aChartOfLessThanADayHasAnAxisOfADayThatNotesSpan() {
    FuzzyTime noon = FuzzyTime.atMinute(LocalDateTime.of(2003, 6, 2, 12, 0));
    List<String> lines = gantt(Optional.empty(), List.of("one mark"), new Point(noon, Look.EVENT, "clash", ""));
    assertEquals(List.of(
        "    Note\u2236 one mark :2003-06-02 12:00, 2003-06-03 12:00",
        "    Row \u2013 clash :milestone, 2003-06-02 12:00, 0d"), tasks(lines));
    assertEquals("  axisFormat %Y-%m-%d", format(lines));
  }

  @Test
  void theHeaderNamesTheChartForReadersAndAssistiveTechnology() {
    List<String> lines = gantt(Optional.empty(), List.of("n"), new Point(day(2003, 6, 2), Look.EVENT, "", ""));
    assertEquals(List.of("gantt", "  title Test", "  accTitle: Test", "  accDescr: Test chart",
        "  dateFormat YYYY-MM-DD HH:mm", "  axisFormat %Y-%m-%d", "  todayMarker off", "  section Notes"),
        lines.subList(0, 8));
  }

  @Test
  void aSpansEndAndADensitysTimesSetTheAxisEnds() {
    List<String> lines = gantt(Optional.empty(), List.of("n"),
        new Span(Optional.of(day(2003, 6, 1)), Optional.of(day(2003, 6, 20)), Look.CEASEFIRE, "truce", ""),
        new Density(List.of(day(2003, 6, 5), day(2003, 7, 1)), Look.CLAIM, "2 claims", ""));
    assertEquals(List.of(
        "    Note\u2236 n :2003-06-01 00:00, 2003-07-02 00:00",
        "    Row \u2013 truce :2003-06-01 00:00, 2003-06-21 00:00",
        "    Row \u2013 2 claims :2003-06-05 00:00, 2003-07-02 00:00"), tasks(lines));
  }

  @Test
  void anOngoingSpanRunsToTheEndOfTheRangeAndATaskBeforeTheRangeKeepsAMinute() {
    Chart.Range range = new Chart.Range(midnight(2003, 6, 1), midnight(2003, 7, 1));
    List<String> lines = gantt(Optional.of(range), List.of(),
        new Span(Optional.of(day(2003, 6, 10)), Optional.empty(), Look.ROLE, "mission", ""),
        new Span(Optional.of(day(2001, 3, 1)), Optional.of(day(2001, 5, 1)), Look.EPISODE, "offensive", ""));
    assertEquals(List.of(
        "    Row \u2013 mission :active, 2003-06-10 00:00, 2003-07-01 00:00",
        "    Row \u2013 offensive :2003-06-01 00:00, 2003-06-01 00:01"), tasks(lines));
  }

  @Test
  void aRangeOpenOnOneSideKeepsTheChartsOwnEndThere() {
    List<String> from = gantt(Optional.of(new Chart.Range(midnight(2003, 6, 1), Long.MAX_VALUE)), List.of("n"),
        new Point(day(2003, 6, 10), Look.EVENT, "", ""));
    assertEquals("    Note\u2236 n :2003-06-01 00:00, 2003-06-11 00:00", tasks(from).get(0));
    List<String> until = gantt(Optional.of(new Chart.Range(Long.MIN_VALUE, midnight(2003, 7, 1))), List.of("n"),
        new Point(day(2003, 6, 10), Look.EVENT, "", ""));
    assertEquals("    Note\u2236 n :2003-06-10 00:00, 2003-07-01 00:00", tasks(until).get(0));
  }

  @Test
  void theAxisShowsDaysUpToSixtyDaysMonthsUpToThreeYearsAndYearsBeyond() {
    Look look = Look.EPISODE;
    FuzzyTime first = day(2001, 1, 1);
    // Sixty days exactly: 1 January to the end of 1 March 2001.
    assertEquals("  axisFormat %Y-%m-%d", format(gantt(Optional.empty(), List.of(),
        new Span(Optional.of(first), Optional.of(day(2001, 3, 1)), look, "", ""))));
    assertEquals("  axisFormat %Y-%m", format(gantt(Optional.empty(), List.of(),
        new Span(Optional.of(first), Optional.of(day(2001, 3, 2)), look, "", ""))));
    // 3 x 365 days exactly: to the end of 31 December 2003 (no leap day between).
    assertEquals("  axisFormat %Y-%m", format(gantt(Optional.empty(), List.of(),
        new Span(Optional.of(first), Optional.of(day(2003, 12, 31)), look, "", ""))));
    assertEquals("  axisFormat %Y", format(gantt(Optional.empty(), List.of(),
        new Span(Optional.of(first), Optional.of(day(2004, 1, 1)), look, "", ""))));
  }

  @Test
  void aChartWithNoDatesHasADayFromTheEpoch() {
    List<String> lines = gantt(Optional.empty(), List.of("nothing dated"),
        new Span(Optional.empty(), Optional.empty(), Look.ROLE, "", ""));
    assertTrue(tasks(lines).contains("    Note\u2236 nothing dated :1970-01-01 00:00, 1970-01-02 00:00"), lines.toString());
    assertTrue(tasks(lines).contains("    Row (period not stated) :1970-01-01 00:00, 1970-01-02 00:00"), lines.toString());
  }
}
