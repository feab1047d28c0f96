package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Where a chart row's shape labels go, on an axis from 100 to 500 pixels: right of the shape 6
 * pixels away where the whole label fits before the axis ends and nothing taken lies within 3
 * pixels, else left of it, else shortened on the side with at least 60 pixels free, else nowhere.
 * The labels are written with "@", 11 pixels wide at the shapes' 11-pixel size (1,000 thousandths
 * of the font size), so every edge is a whole number.
 */
class ShapeLabelsTest {
  private static final String FOUR = "@@@@";  // 44 pixels wide
  private static final double W = 44;  // the width of FOUR

  private final SvgWriter svg = new SvgWriter("t", 600, 100, "T", "d");
  private final ShapeLabels labels = new ShapeLabels(svg, TimeAxis.of(new long[] {0, 1_000_000}, 100, 500,
      Optional.empty()));
  private final List<double[]> taken = new ArrayList<>();

  /** The labels written: text, x, text-anchor and y, in order. */
  private List<List<String>> written() {
    return SvgDocument.parse(svg.finish()).withClass("shape-label").stream()
        .map(e -> List.of(e.getTextContent(), e.getAttribute("x"), e.getAttribute("text-anchor"), e.getAttribute("y")))
        .toList();
  }

  private List<List<Double>> places() {
    return taken.stream().map(t -> List.of(t[0], t[1])).toList();
  }

  @Test
  void theWidthOfTheTestLabelIsWhole() {
    assertEquals(W, TextWidth.of(FOUR, ChartSvg.SHAPE_SIZE, false));
  }

  @Test
  void aLabelGoesRightOfItsShapeWhenItEndsExactlyAtTheAxisEnd() {
    labels.outside(FOUR, 300, 450, 40, taken);  // 450 + 6 + 44 = 500
    assertEquals(List.of(List.of(FOUR, "456", "start", "44")), written());
    assertEquals(List.of(List.of(456.0, 500.0)), places());
  }

  @Test
  void oneMorePixelAndItGoesLeftOfTheShapeInstead() {
    labels.outside(FOUR, 300, 451, 40, taken);
    assertEquals(List.of(List.of(FOUR, "294", "end", "44")), written());
    assertEquals(List.of(List.of(250.0, 294.0)), places());
  }

  @Test
  void aLabelGoesLeftWhenItStartsExactlyAtTheAxisStartAndNotOnePixelFurther() {
    // No room right (the shape reaches the axis end); left: 150 - 6 - 44 = 100, the axis start.
    labels.outside(FOUR, 150, 480, 0, taken);
    assertEquals(List.of(List.of(FOUR, "144", "end", "4")), written());
    assertEquals(List.of(List.of(100.0, 144.0)), places());
    // One pixel less room and neither side has 60 pixels for a shortened label: nothing.
    taken.clear();
    labels.outside(FOUR, 149, 480, 0, taken);
    assertEquals(List.of(), places());
  }

  @Test
  void aLabelKeepsThreePixelsFromWhatIsTaken() {
    // Right of the shape is [206, 250]: taken up to 203 leaves it free, up to 203.5 does not.
    taken.add(new double[] {150, 203});
    labels.outside(FOUR, 120, 200, 40, taken);
    assertEquals(List.of(List.of(150.0, 203.0), List.of(206.0, 250.0)), places());
    taken.clear();
    taken.add(new double[] {253, 260});
    labels.outside(FOUR, 120, 200, 40, taken);
    assertEquals(List.of(253.0, 260.0), List.of(taken.get(0)[0], taken.get(0)[1]));
    assertEquals(List.of(206.0, 250.0), List.of(taken.get(1)[0], taken.get(1)[1]));
    assertEquals(2, taken.size());
  }

  @Test
  void whatIsTakenWithinThreePixelsOnEitherSideBlocksTheRightAndSendsTheLabelLeft() {
    taken.add(new double[] {252.5, 260});  // 2.5 pixels past the label's right end
    labels.outside(FOUR, 200, 200, 40, taken);
    assertEquals(List.of(List.of(252.5, 260.0), List.of(150.0, 194.0)), places());
    taken.clear();
    taken.add(new double[] {290, 303.5});  // 2.5 pixels before the label's left end at 306
    labels.outside(FOUR, 260, 300, 40, taken);
    assertEquals(List.of(List.of(290.0, 303.5), List.of(210.0, 254.0)), places());
  }

  @Test
  void freeMeansNothingTakenWithinThreePixels() {
    List<double[]> t = List.of(new double[] {100, 200});
    assertTrue(ShapeLabels.free(t, 203, 250));
    assertFalse(ShapeLabels.free(t, 202.9, 250));
    assertTrue(ShapeLabels.free(t, 50, 97));
    assertFalse(ShapeLabels.free(t, 50, 97.1));
    assertFalse(ShapeLabels.free(t, 120, 130));
    assertTrue(ShapeLabels.free(List.of(), 0, 1000));
  }

  @Test
  void withoutRoomForTheWholeLabelItIsShortenedOnTheSideWithSixtyPixels() {
    String longLabel = "@".repeat(20);  // 220 pixels
    // Right of the shape: 500 - 434 - 6 = 60 pixels, exactly enough; left: 100 - 100 - 6 < 60.
    labels.outside(longLabel, 100, 434, 40, taken);
    String fitted = TextWidth.fit(longLabel, 60, ChartSvg.SHAPE_SIZE, false);
    assertEquals("@@@@\u2026", fitted);
    assertEquals(List.of(List.of(fitted, "440", "start", "44")), written());
  }

  @Test
  void withFiftyNinePixelsRightTheShortenedLabelGoesLeftIfItHasSixty() {
    String longLabel = "@".repeat(20);
    SvgWriter w = new SvgWriter("u", 600, 100, "T", "d");
    ShapeLabels l = new ShapeLabels(w, TimeAxis.of(new long[] {0, 1}, 100, 500, Optional.empty()));
    // Right: 500 - 435 - 6 = 59 pixels; left: 166 - 6 - 100 = 60.
    l.outside(longLabel, 166, 435, 40, taken);
    String fitted = TextWidth.fit(longLabel, 60, ChartSvg.SHAPE_SIZE, false);
    assertEquals(List.of(List.of(fitted, "160", "end", "44")),
        SvgDocument.parse(w.finish()).withClass("shape-label").stream().map(e -> List.of(e.getTextContent(),
            e.getAttribute("x"), e.getAttribute("text-anchor"), e.getAttribute("y"))).toList());
    // Left with 59 pixels too: nothing at all.
    taken.clear();
    l.outside(longLabel, 165, 435, 40, taken);
    assertEquals(List.of(), places());
  }

  @Test
  void aShortenedLabelNeedsItsWholeSideFree() {
    String longLabel = "@".repeat(20);
    // Right: 70 pixels [430, 500]; something taken at 499 leaves only the left, 100 pixels there.
    taken.add(new double[] {499, 499});
    labels.outside(longLabel, 206, 424, 40, taken);
    String left = TextWidth.fit(longLabel, 100, ChartSvg.SHAPE_SIZE, false);
    assertEquals(List.of(List.of(left, "200", "end", "44")), written());
    // And something taken at the axis start too: nowhere.
    taken.clear();
    taken.add(new double[] {499, 499});
    taken.add(new double[] {101, 101});
    SvgWriter w = new SvgWriter("u", 600, 100, "T", "d");
    new ShapeLabels(w, TimeAxis.of(new long[] {0, 1}, 100, 500, Optional.empty()))
        .outside(longLabel, 206, 424, 40, taken);
    assertEquals(2, taken.size());
  }

  @Test
  void anEmptyLabelTakesNoPlace() {
    labels.outside("", 200, 210, 40, taken);
    labels.within("", 200, 400, 40, taken);
    assertEquals(List.of(), places());
    assertEquals(List.of(), written());
  }

  @Test
  void withinAShapeALabelStartsAtItsStartAndEndsFourPixelsBeforeItsEnd() {
    // 48 pixels inside: the whole 44-pixel label fits in 48 - 4.
    labels.within(FOUR, 200, 248, 10, taken);
    // 47 pixels: shortened to what fits in 43 (the ellipsis is 11 pixels wide too).
    labels.within(FOUR, 300, 347, 10, taken);
    String shortened = TextWidth.fit(FOUR, 43, ChartSvg.SHAPE_SIZE, false);
    assertEquals("@@\u2026", shortened);
    assertEquals(List.of(List.of(FOUR, "200", "start", "14"), List.of(shortened, "300", "start", "14")), written());
    double sw = TextWidth.of(shortened, ChartSvg.SHAPE_SIZE, false);
    assertEquals(List.of(List.of(200.0, 244.0), List.of(300.0, 300 + sw)), places());
  }

  @Test
  void withinAShapeALabelIsLeftOutWhereItsPlaceIsTaken() {
    taken.add(new double[] {246.5, 250});  // within 3 pixels of the label's end at 244
    labels.within(FOUR, 200, 300, 10, taken);
    taken.add(new double[] {403, 404});  // 3 pixels past the label's end at 400: free
    labels.within(FOUR, 356, 404, 10, taken);
    assertEquals(List.of(List.of(FOUR, "356", "start", "14")), written());
  }

  @Test
  void textAnchoredAtItsEndTakesThePlaceBeforeIt() {
    labels.text(FOUR, 300, 20, "end", taken);
    labels.text(FOUR, 300, 20, "start", taken);
    assertEquals(List.of(List.of(256.0, 300.0), List.of(300.0, 344.0)), places());
    List<Element> texts = SvgDocument.parse(svg.finish()).withClass("shape-label");
    assertEquals(List.of("24", "24"), texts.stream().map(e -> e.getAttribute("y")).toList());
  }
}
