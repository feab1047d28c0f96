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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The legend under a chart: an entry for each look drawn (in the looks' order) and for each way of
 * drawing uncertain, ongoing, unstated and flagged items the chart uses, then the axis; entries
 * laid out in lines that fit the picture, each with its sample left of its text.
 */
class ChartLegendTest {
  private static final double EPS = 0.06;

  private static FuzzyTime day(int year, int month, int day) {
    return FuzzyTime.onDay(LocalDate.of(year, month, day));
  }

  private static Row row(boolean flagged, Shape... shapes) {
    return new Row("Row", "Row", 0, flagged, Optional.empty(), List.of(shapes));
  }

  private static SvgDocument draw(double width, Row... rows) {
    Chart chart = new Chart("t", "Legend test", "A chart for its legend.", List.of(new Section("Rows", List.of(rows))),
        List.of(), Optional.empty(), Optional.empty());
    return SvgDocument.parse(ChartSvg.write(chart, width));
  }

  private static List<String> kinds(SvgDocument svg) {
    List<String> out = new ArrayList<>();
    for (Element e : svg.withClass("legend-entry")) {
      out.add(e.getAttribute("class").replace("legend-entry legend-", ""));
    }
    return out;
  }

  private static Element text(Element entry) {
    return (Element) entry.getElementsByTagName("text").item(entry.getElementsByTagName("text").getLength() - 1);
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  private static Element first(Element entry, String tag) {
    return (Element) entry.getElementsByTagName(tag).item(0);
  }

  private static final Span OPEN = new Span(Optional.of(day(2003, 6, 1)), Optional.empty(), Look.EPISODE, "", "");
  private static final Span UNKNOWN_START = new Span(Optional.empty(), Optional.of(day(2003, 6, 5)), Look.CONTROL, "", "");
  private static final Span UNSTATED = new Span(Optional.empty(), Optional.empty(), Look.ROLE, "", "");
  private static final Span BROKEN = new Span(Optional.of(day(2003, 6, 2)), Optional.of(day(2003, 6, 9)), Look.BROKEN, "", "");
  private static final Point VIOLATION = new Point(day(2003, 6, 4), Look.VIOLATION, "", "");
  private static final Density MANY = new Density(List.of(day(2003, 6, 3)), Look.AGGREGATE, "", "");

  @Test
  void eachLookAndEachWayOfDrawingUsedHasAnEntryInOrderThenTheAxis() {
    SvgDocument svg = draw(1200, row(true, OPEN), row(false, UNKNOWN_START), row(false, UNSTATED),
        row(false, BROKEN, VIOLATION), row(false, MANY));
    assertEquals(List.of("look", "look", "look", "look", "look", "look", "uncertain", "open", "unknown-start",
        "unstated", "flag", "axis"), kinds(svg));
    List<String> texts = svg.withClass("legend-entry").stream().map(e -> text(e).getTextContent()).toList();
    assertEquals(List.of(Look.EPISODE.legend(), Look.BROKEN.legend(), Look.VIOLATION.legend(), Look.ROLE.legend(),
        Look.CONTROL.legend(), Look.AGGREGATE.legend()), texts.subList(0, 6));
    assertEquals("\u2691 contested, disputed or diverging", texts.get(10));
  }

  @Test
  void onlyTheWaysOfDrawingTheChartUsesAreExplained() {
    assertEquals(List.of("look", "unstated", "axis"), kinds(draw(1200, row(false, UNSTATED))));
    assertEquals(List.of("look", "uncertain", "open", "axis"), kinds(draw(1200, row(false, OPEN))));
    assertEquals(List.of("look", "uncertain", "unknown-start", "axis"), kinds(draw(1200, row(false, UNKNOWN_START))));
    assertEquals(List.of("look", "uncertain", "axis"), kinds(draw(1200, row(false, BROKEN))));
    assertEquals(List.of("look", "uncertain", "axis"), kinds(draw(1200, row(false, VIOLATION))));
    assertEquals(List.of("look", "uncertain", "flag", "axis"), kinds(draw(1200, row(true, VIOLATION))));
  }

  @Test
  void entriesFillLinesAsWideAsThePictureAndThePictureEndsBelowThem() {
    double width = 700;
    SvgDocument svg = draw(width, row(true, OPEN), row(false, UNKNOWN_START), row(false, UNSTATED),
        row(false, BROKEN, VIOLATION), row(false, MANY));
    double textWidth = width - 2 * 16;
    Element heading = first(svg.withClass("legend").get(0), "text");
    double top = attr(heading, "y") - 12;
    double x = 0;
    double y = 0;
    int lines = 1;
    for (Element entry : svg.withClass("legend-entry")) {
      Element text = text(entry);
      double w = 40 + TextWidth.of(text.getTextContent(), 11, false) + 20;
      if (x > 0 && x + w > textWidth) {
        x = 0;
        y += 20;
        lines++;
      }
      assertEquals(16 + x + 40, attr(text, "x"), EPS, text.getTextContent());
      assertEquals(top + 30 + y + 4, attr(text, "y"), EPS, text.getTextContent());
      x += w;
    }
    assertTrue(lines >= 3, lines + " lines");
    assertEquals(top + 24 + 20 * lines + 16, attr(svg.root(), "height"), EPS);
  }

  @Test
  void anEntryWiderThanThePictureStillStartsTheFirstLine() {
    SvgDocument svg = draw(200, row(false, BROKEN));
    double top = attr(first(svg.withClass("legend").get(0), "text"), "y") - 12;
    List<Element> entries = svg.withClass("legend-entry");
    assertTrue(40 + TextWidth.of(Look.BROKEN.legend(), 11, false) + 20 > 200 - 32);
    assertEquals(top + 30 + 4, attr(text(entries.get(0)), "y"), EPS);
    assertEquals(top + 30 + 20 + 4, attr(text(entries.get(1)), "y"), EPS);
  }

  @Test
  void eachSampleIsDrawnLeftOfItsText() {
    SvgDocument svg = draw(1200, row(true, OPEN), row(false, UNKNOWN_START), row(false, UNSTATED),
        row(false, BROKEN, VIOLATION), row(false, MANY));
    for (Element entry : svg.withClass("legend-entry")) {
      Element text = text(entry);
      double x = attr(text, "x") - 40;
      double cy = attr(text, "y") - 4;
      String kind = entry.getAttribute("class").replace("legend-entry legend-", "");
      String said = text.getTextContent();
      switch (kind) {
        case "look" -> {
          if (said.equals(Look.VIOLATION.legend())) {
            assertEquals("M" + SvgWriter.num(x + 12) + " " + SvgWriter.num(cy - 5) + "l10 10M" + SvgWriter.num(x + 12)
                + " " + SvgWriter.num(cy + 5) + "l10 -10", first(entry, "path").getAttribute("d"));
          } else {
            Element rect = first(entry, "rect");
            assertEquals(x, attr(rect, "x"), EPS, said);
            assertEquals(cy - 5, attr(rect, "y"), EPS, said);
            Look look = List.of(Look.values()).stream().filter(l -> l.legend().equals(said)).findFirst().orElseThrow();
            assertEquals(look == Look.AGGREGATE ? look.stroke() : look.fill(), rect.getAttribute("fill"), said);
            assertEquals(look.dash(), rect.getAttribute("stroke-dasharray"), said);
          }
        }
        case "uncertain" -> {
          Element rect = first(entry, "rect");
          assertEquals(x, attr(rect, "x"), EPS);
          assertEquals(cy - 5, attr(rect, "y"), EPS);
          assertEquals("M" + SvgWriter.num(x) + " " + SvgWriter.num(cy) + "H" + SvgWriter.num(x + 32) + "M"
              + SvgWriter.num(x) + " " + SvgWriter.num(cy - 5) + "v10M" + SvgWriter.num(x + 32) + " "
              + SvgWriter.num(cy - 5) + "v10", first(entry, "path").getAttribute("d"));
        }
        case "open" -> assertEquals(String.join(" ", pt(x, cy - 5), pt(x + 22, cy - 5), pt(x + 32, cy),
            pt(x + 22, cy + 5), pt(x, cy + 5)), first(entry, "polygon").getAttribute("points"));
        case "unknown-start", "flag" -> {
          Element mark = (Element) entry.getElementsByTagName("text").item(0);
          assertEquals(kind.equals("flag") ? "\u2691" : "?", mark.getTextContent());
          assertEquals(x + 12, attr(mark, "x"), EPS);
          assertEquals(cy + 4, attr(mark, "y"), EPS);
        }
        case "unstated" -> {
          Element rect = first(entry, "rect");
          assertEquals(x, attr(rect, "x"), EPS);
          assertEquals(cy - 5, attr(rect, "y"), EPS);
          assertEquals("2 2", rect.getAttribute("stroke-dasharray"));
        }
        default -> assertEquals("M" + SvgWriter.num(x + 9) + " " + SvgWriter.num(cy + 4) + "l4 -8M"
            + SvgWriter.num(x + 15) + " " + SvgWriter.num(cy + 4) + "l4 -8", first(entry, "path").getAttribute("d"));
      }
    }
  }

  private static String pt(double x, double y) {
    return SvgWriter.num(x) + "," + SvgWriter.num(y);
  }
}
