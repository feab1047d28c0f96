package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.render.Chart.Density;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * How {@link ChartSvg} draws each kind of shape on a row, measured in the SVG: where bars, marks,
 * whiskers, density bins and their labels go, when a label fits inside its bar, and where the "as
 * known on" label is anchored. The charts are built directly, with invented dates.
 */
class ChartSvgTest {
  /** At 1,200 px the label column is 336 px (28%): the plot runs from 16 + 336 + 16 to 1200 - 16. */
  private static final double WIDTH = 1200;
  private static final double PLOT_LEFT = 368;
  private static final double PLOT_RIGHT = 1184;
  /** Rounding of {@link SvgWriter#num}: a tenth of a pixel. */
  private static final double EPS = 0.06;

  private static FuzzyTime day(int year, int month, int day) {
    return FuzzyTime.onDay(LocalDate.of(year, month, day));
  }

  private static Row row(String label, Shape... shapes) {
    return new Row(label, label, 0, false, Optional.empty(), List.of(shapes));
  }

  private static Chart chart(Optional<FuzzyTime> knownOn, List<Row> rows) {
    return new Chart("t", "Test chart", "Shapes drawn for a test.", List.of(new Section("Rows", rows)), List.of(),
        knownOn, Optional.empty());
  }

  private static SvgDocument draw(Chart chart, double width) {
    return SvgDocument.parse(ChartSvg.write(chart, width));
  }

  private static SvgDocument draw(Row... rows) {
    return draw(chart(Optional.empty(), List.of(rows)), WIDTH);
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  private static Element only(SvgDocument svg, SvgDocument.Row row, String cls) {
    List<Element> all = svg.withClass(row.element(), cls);
    assertEquals(1, all.size(), cls + " in " + row.label());
    return all.get(0);
  }

  /** Returns the y of the middle of {@code row}: its label's baseline is 4 px below. */
  private static double middle(SvgDocument svg, SvgDocument.Row row) {
    return attr(svg.withClass(row.element(), "label").get(0), "y") - 4;
  }

  private static List<Element> shapeLabels(SvgDocument svg, SvgDocument.Row row) {
    return svg.withClass(row.element(), "shape-label");
  }

  /** Returns the axis {@code chart} is drawn on at {@code width} px (a 336 px label column or wider). */
  private static TimeAxis axis(Chart chart, double width) {
    double labelWidth = Math.max(200, Math.min(420, Math.round(width * 0.28)));
    return TimeAxis.of(chart.moments(), ChartSvg.MARGIN + labelWidth + 16, width - ChartSvg.MARGIN, chart.range());
  }

  // ------------------------------------------------------------------ axis and rows

  @Test
  void withNoDatesTheAxisSaysSoInItsMiddle() {
    Span unstated = new Span(Optional.empty(), Optional.empty(), Look.ROLE, "", "tip");
    SvgDocument svg = draw(row("Mediatia", unstated));
    Element said = (Element) svg.withClass("axis").get(0).getElementsByTagName("text").item(0);
    assertEquals("no dates stated", said.getTextContent());
    assertEquals((PLOT_LEFT + PLOT_RIGHT) / 2, attr(said, "x"), EPS);
    SvgDocument.Row row = svg.rows().get(0);
    Element hatched = only(svg, row, "unstated");
    assertEquals(PLOT_LEFT, attr(hatched, "x"), EPS);
    assertEquals(PLOT_RIGHT - PLOT_LEFT, attr(hatched, "width"), EPS);
    assertEquals(List.of("period not stated"), svg.shapeLabels(row));
    assertEquals(PLOT_LEFT + 4, attr(shapeLabels(svg, row).get(0), "x"), EPS);
  }

  @Test
  void aRowLabelIsIndentedAndShortenedToTheLabelColumnLessItsIndent() {
    String name = "The very long name of a detailed account of whether the ceasefire holds, as said by many";
    Row detail = new Row(name, name, 1, false, Optional.empty(), List.of(new Point(day(2003, 6, 2), Look.CLAIM, "", "")));
    Row top = new Row(name, name, 0, false, Optional.empty(), List.of(new Point(day(2003, 6, 4), Look.CLAIM, "", "")));
    SvgDocument svg = draw(top, detail);
    Element topLabel = svg.withClass(svg.rows().get(0).element(), "label").get(0);
    Element detailLabel = svg.withClass(svg.rows().get(1).element(), "label").get(0);
    assertEquals(16 + 4, attr(topLabel, "x"), EPS);
    assertEquals(16 + 4 + 14, attr(detailLabel, "x"), EPS);
    assertEquals(TextWidth.fit(name, 336, 12, false), topLabel.getTextContent());
    assertEquals(TextWidth.fit(name, 336 - 14, 12, false), detailLabel.getTextContent());
    assertTrue(TextWidth.of(detailLabel.getTextContent(), 12, false) <= 322, detailLabel.getTextContent());
    assertTrue(detailLabel.getTextContent().endsWith("\u2026"));
  }

  // ------------------------------------------------------------------ spans

  @Test
  void aSpanFromOneDayToTheNextHasAThinSureCoreBetweenItsFadingEnds() {
    SvgDocument svg = draw(row("Truce", new Span(Optional.of(day(2003, 6, 1)), Optional.of(day(2003, 6, 2)),
        Look.CEASEFIRE, "", "tip")));
    SvgDocument.Row row = svg.rows().get(0);
    Element core = only(svg, row, "core");
    assertEquals(1.5, attr(core, "width"), EPS);
    assertEquals(List.of(), svg.withClass(row.element(), "fuzzy-whole"));
    Element start = only(svg, row, "fuzzy-start");
    Element end = only(svg, row, "fuzzy-end");
    assertEquals(attr(start, "x") + attr(start, "width"), attr(core, "x"), EPS);
    assertEquals(attr(core, "x"), attr(end, "x"), EPS);
  }

  @Test
  void aSpanWhoseUncertainStartAndEndOverlapIsShadedWholeFromEarliestStartToLatestEnd() {
    // Begun sometime in March, ended on 10 March: no moment is surely inside.
    SvgDocument svg = draw(row("Offensive", new Span(Optional.of(FuzzyTime.inMonth(YearMonth.of(2001, 3))),
        Optional.of(day(2001, 3, 10)), Look.EPISODE, "", "tip")));
    SvgDocument.Row row = svg.rows().get(0);
    Element whole = only(svg, row, "fuzzy-whole");
    Element start = only(svg, row, "fuzzy-start");
    Element end = only(svg, row, "fuzzy-end");
    assertEquals(List.of(), svg.withClass(row.element(), "core"));
    assertEquals(attr(start, "x"), attr(whole, "x"), EPS);
    assertEquals(PLOT_LEFT + 30, attr(whole, "x"), EPS);
    assertEquals(attr(end, "x") + attr(end, "width") - attr(whole, "x"), attr(whole, "width"), 2 * EPS);
  }

  @Test
  void aStartNoSourceStatesFadesInFromThePlotsLeftEdgeBehindAQuestionMark() {
    SvgDocument svg = draw(row("Occupation", new Span(Optional.empty(), Optional.of(day(2003, 6, 1)),
        Look.CONTROL, "", "tip")));
    SvgDocument.Row row = svg.rows().get(0);
    Element unknown = only(svg, row, "unknown-start");
    assertEquals(PLOT_LEFT, attr(unknown, "x"), EPS);
    assertEquals(18, attr(unknown, "width"), EPS);
    Element mark = (Element) row.element().getElementsByTagName("text").item(1);
    assertEquals("?", mark.getTextContent());
    assertEquals(PLOT_LEFT + 2, attr(mark, "x"), EPS);
    assertEquals(middle(svg, row) + 4, attr(mark, "y"), EPS);
  }

  @Test
  void anEndKnownToLessThanAPixelIsASharpEdgeWithoutAFade() {
    // On a 340 px picture the plot is 32 px wide: one second among decades is under a pixel.
    LocalDateTime newYear = LocalDateTime.of(2000, 1, 1, 0, 0);
    FuzzyTime second = FuzzyTime.of(newYear, newYear.plusSeconds(1), Precision.MINUTE);
    Chart chart = chart(Optional.empty(), List.of(
        row("Era", new Span(Optional.of(FuzzyTime.inYear(Year.of(1990))), Optional.of(second), Look.EPISODE, "", "")),
        row("Later", new Point(FuzzyTime.inYear(Year.of(2010)), Look.EVENT, "", ""))));
    TimeAxis axis = axis(chart, 340);
    assertTrue(axis.x(second.latestEpochSecond()) - axis.x(second.earliestEpochSecond()) < 1);
    SvgDocument svg = draw(chart, 340);
    SvgDocument.Row era = svg.rows().get(0);
    assertEquals(List.of(), svg.withClass(era.element(), "fuzzy-end"));
    assertEquals(1, svg.withClass(era.element(), "fuzzy-start").size());
  }

  /** A row a year after the others: room on the right of their shapes for labels. */
  private static final Row LATER = row("Later", new Point(day(2004, 6, 1), Look.EVENT, "", ""));

  @Test
  void aSpansLabelGoesInsideItsSureCoreExactlyWhenTheCoreIsTenPixelsWiderThanTheLabel() {
    int inside = 0;
    int outside = 0;
    for (int letters = 1; letters <= 100; letters++) {
      String label = "x".repeat(letters);
      SvgDocument svg = draw(row("Truce", new Span(Optional.of(day(2003, 6, 1)), Optional.of(day(2003, 6, 20)),
          Look.CEASEFIRE, label, "tip")), LATER);
      SvgDocument.Row row = svg.rows().get(0);
      Element core = only(svg, row, "core");
      double room = attr(core, "width") - (TextWidth.of(label, 11, false) + 10);
      if (Math.abs(room) < EPS) {
        continue;
      }
      Element text = shapeLabels(svg, row).get(0);
      if (room > 0) {
        inside++;
        assertEquals(label, text.getTextContent());
        assertEquals(attr(core, "x") + 5, attr(text, "x"), EPS, label);
        assertEquals("start", text.getAttribute("text-anchor"));
      } else {
        outside++;
        Element end = only(svg, row, "fuzzy-end");
        assertEquals(attr(end, "x") + attr(end, "width") + 6, attr(text, "x"), EPS, label);
      }
    }
    assertTrue(inside > 0 && outside > 0, inside + " inside, " + outside + " outside");
  }

  @Test
  void aMarkInsideTheCorePushesTheSpansLabelOutButAMarkAtItsStartDoesNot() {
    Span truce = new Span(Optional.of(day(2003, 6, 1)), Optional.of(day(2003, 6, 20)), Look.CEASEFIRE,
        "effective 1 Jun 2003", "tip");
    SvgDocument svg = draw(row("Truce", truce, new Point(day(2003, 6, 1), Look.CEASEFIRE, "", "agreed")), LATER);
    SvgDocument.Row row = svg.rows().get(0);
    assertEquals(attr(only(svg, row, "core"), "x") + 5, attr(shapeLabels(svg, row).get(0), "x"), EPS);

    svg = draw(row("Truce", truce, new Point(day(2003, 6, 3), Look.VIOLATION, "", "shelling")), LATER);
    row = svg.rows().get(0);
    Element end = only(svg, row, "fuzzy-end");
    assertEquals(attr(end, "x") + attr(end, "width") + 6, attr(shapeLabels(svg, row).get(0), "x"), EPS);
  }

  // ------------------------------------------------------------------ points

  /** Years 2004 to 2010, one a row: they make an hour narrower than the 9 px a whisker band needs. */
  private static Row years() {
    List<Shape> shapes = new ArrayList<>();
    for (int y = 2004; y <= 2010; y++) {
      shapes.add(new Point(FuzzyTime.inYear(Year.of(y)), Look.EVENT, "", ""));
    }
    return new Row("Years", "Years", 0, false, Optional.empty(), shapes);
  }

  private static double[] points(Element polygon) {
    String[] parts = polygon.getAttribute("points").split("[ ,]");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }

  @Test
  void aNarrowPointIsADiamondTwelvePixelsAcrossWithItsLabelBesideIt() {
    FuzzyTime minute = FuzzyTime.atMinute(LocalDateTime.of(2003, 6, 2, 12, 0));
    FuzzyTime last = FuzzyTime.atMinute(LocalDateTime.of(2011, 3, 1, 12, 0));
    Chart chart = chart(Optional.empty(), List.of(
        row("Clash", new Point(minute, Look.EVENT, "at noon", "")),
        row("Shelling", new Point(last, Look.EVENT, "the last shelling", "")),
        years()));
    SvgDocument svg = draw(chart, WIDTH);
    TimeAxis axis = axis(chart, WIDTH);

    SvgDocument.Row clash = svg.rows().get(0);
    double mid = (axis.x(minute.earliestEpochSecond()) + axis.x(minute.latestEpochSecond())) / 2;
    double cy = middle(svg, clash);
    assertEquals(List.of(), svg.withClass(clash.element(), "whisker-band"));
    double[] diamond = points(only(svg, clash, "mark"));
    double[] expected = {mid, cy - 6, mid + 6, cy, mid, cy + 6, mid - 6, cy};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], diamond[i], EPS, "coordinate " + i);
    }
    Element label = shapeLabels(svg, clash).get(0);
    assertEquals(mid + 12, attr(label, "x"), EPS);
    assertEquals("start", label.getAttribute("text-anchor"));

    // At the end of the axis the label has no room on the right: it ends 6 px left of the mark.
    SvgDocument.Row shelling = svg.rows().get(1);
    double lastMid = (axis.x(last.earliestEpochSecond()) + axis.x(last.latestEpochSecond())) / 2;
    assertEquals(List.of(), svg.withClass(shelling.element(), "whisker-band"));
    Element lastLabel = shapeLabels(svg, shelling).get(0);
    assertEquals(lastMid - 12, attr(lastLabel, "x"), EPS);
    assertEquals("end", lastLabel.getAttribute("text-anchor"));
  }

  @Test
  void aWidePointIsAWhiskerBandFromItsEarliestToItsLatestWithItsLabelBeyondIt() {
    FuzzyTime june = FuzzyTime.inMonth(YearMonth.of(2003, 6));
    Chart chart = chart(Optional.empty(), List.of(
        row("Talks", new Point(june, Look.EVENT, "talks", "")),
        row("Later", new Point(day(2004, 6, 1), Look.EVENT, "", ""))));
    SvgDocument svg = draw(chart, WIDTH);
    TimeAxis axis = axis(chart, WIDTH);
    SvgDocument.Row talks = svg.rows().get(0);
    Element band = only(svg, talks, "whisker-band");
    double from = axis.x(june.earliestEpochSecond());
    double to = axis.x(june.latestEpochSecond());
    assertEquals(from, attr(band, "x"), EPS);
    assertEquals(to - from, attr(band, "width"), EPS);
    assertEquals(List.of(), svg.withClass(talks.element(), "mark"));
    assertEquals(to + 6, attr(shapeLabels(svg, talks).get(0), "x"), EPS);
  }

  // ------------------------------------------------------------------ density strips

  @Test
  void densityBinsAreThreePixelsWideAtTheirTimesAndDarkerWhereMoreFall() {
    FuzzyTime a = day(2003, 6, 2);
    FuzzyTime b = day(2003, 8, 15);
    FuzzyTime c = day(2004, 1, 10);
    List<FuzzyTime> times = new ArrayList<>();
    times.addAll(Collections.nCopies(10, a));
    times.addAll(Collections.nCopies(2, b));
    times.addAll(Collections.nCopies(5, c));
    Chart chart = chart(Optional.empty(), List.of(row("Claims", new Density(times, Look.CLAIM, "", ""))));
    SvgDocument svg = draw(chart, WIDTH);
    TimeAxis axis = axis(chart, WIDTH);
    List<Element> bins = svg.withClass(svg.rows().get(0).element(), "density");
    assertEquals(3, bins.size());
    // The fullest bin (10) is darkest; 2 of 10 is the lightest shade, 5 of 10 the middle one.
    String[] opacity = {"1", "0.2", "0.6"};
    FuzzyTime[] at = {a, b, c};
    for (int i = 0; i < 3; i++) {
      double x = (axis.x(at[i].earliestEpochSecond()) + axis.x(at[i].latestEpochSecond())) / 2;
      Element bin = bins.get(i);
      assertEquals(3, attr(bin, "width"), EPS);
      assertTrue(attr(bin, "x") <= x + EPS && x < attr(bin, "x") + 3 + EPS, x + " in bin at " + attr(bin, "x"));
      assertEquals(0, (attr(bin, "x") - PLOT_LEFT) % 3, EPS, "bins are counted from the plot's left edge");
      assertEquals(opacity[i], bin.getAttribute("fill-opacity"));
    }
  }

  @Test
  void aDensityOfOneTimeIsLabelledBesideItAndOneOfNoTimesAtThePlotsStart() {
    FuzzyTime a = day(2003, 6, 2);
    Chart chart = chart(Optional.empty(), List.of(
        row("One", new Density(List.of(a), Look.CLAIM, "1 claim", "")),
        row("None", new Density(List.of(), Look.CLAIM, "no claims", "")),
        row("Later", new Point(day(2004, 6, 1), Look.EVENT, "", ""))));
    SvgDocument svg = draw(chart, WIDTH);
    TimeAxis axis = axis(chart, WIDTH);
    double x = (axis.x(a.earliestEpochSecond()) + axis.x(a.latestEpochSecond())) / 2;
    Element one = shapeLabels(svg, svg.rows().get(0)).get(0);
    assertEquals(x + 3 + 6, attr(one, "x"), EPS);
    Element none = shapeLabels(svg, svg.rows().get(1)).get(0);
    assertEquals("no claims", none.getTextContent());
    assertEquals(PLOT_LEFT + 4, attr(none, "x"), EPS);
    assertEquals(List.of(), svg.withClass(svg.rows().get(1).element(), "density"));
  }

  // ------------------------------------------------------------------ as known on

  @Test
  void theKnownOnLabelIsCentredOnItsLineUnlessThatCrossesThePlotsLeftOrThePictureMargin() {
    List<Shape> days = new ArrayList<>();
    for (int d = 1; d <= 30; d++) {
      days.add(new Point(day(2003, 6, d), Look.EVENT, "", ""));
    }
    Row row = new Row("Days", "Days", 0, false, Optional.empty(), days);
    List<String> anchors = new ArrayList<>();
    for (int d = 1; d <= 30; d++) {
      FuzzyTime known = day(2003, 6, d);
      SvgDocument svg = draw(chart(Optional.of(known), List.of(row)), WIDTH);
      Element group = svg.withClass("known-on").get(0);
      Element line = (Element) group.getElementsByTagName("line").item(0);
      Element text = (Element) group.getElementsByTagName("text").item(0);
      double x = attr(line, "x1");
      double w = TextWidth.of(text.getTextContent(), 11, false);
      assertEquals("\u25BC as known on " + Dates.of(known), text.getTextContent());
      if (Math.abs(x + w / 2 - (WIDTH - 16)) < EPS || Math.abs(x - w / 2 - PLOT_LEFT) < EPS) {
        continue;
      }
      String anchor = x + w / 2 > WIDTH - 16 ? "end" : x - w / 2 < PLOT_LEFT ? "start" : "middle";
      double labelX = anchor.equals("end") ? x + 6 : anchor.equals("start") ? x - 6 : x;
      assertEquals(anchor, text.getAttribute("text-anchor"), "known on " + known);
      assertEquals(labelX, attr(text, "x"), EPS, "known on " + known);
      anchors.add(anchor);
    }
    assertTrue(anchors.contains("start") && anchors.contains("middle") && anchors.contains("end"), anchors.toString());
  }
}
