package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The SVG every picture is written with: numbers to a tenth without trailing zeros or "-0", every
 * attribute and text escaped, one space of indentation per open element; and the header on top
 * of every picture: the title, the description and notes wrapped to the width, 16 pixels a line.
 */
class SvgWriterTest {
  @Test
  void numbersAreRoundedToATenthWithoutTrailingZerosOrANegativeZero() {
    assertEquals(List.of("0", "0", "0", "2", "-2", "1.5", "-1.5", "0.1", "-0.1", "1234.6", "3.1"),
        List.of(SvgWriter.num(0), SvgWriter.num(-0.04), SvgWriter.num(0.04), SvgWriter.num(2.0), SvgWriter.num(-2.0),
            SvgWriter.num(1.5), SvgWriter.num(-1.5), SvgWriter.num(0.05), SvgWriter.num(-0.06), SvgWriter.num(1234.56),
            SvgWriter.num(3.14)));
  }

  @Test
  void elementsAreIndentedByDepthAndEveryValueEscaped() {
    SvgWriter svg = new SvgWriter("p", 100.5, 50, "A & B", "say \"hi\"");
    svg.open("g", "class", "x<y").empty("rect", "width", "1").text("text", "a < b", "x", "2").close("g");
    String out = svg.finish();
    assertEquals(String.join("\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"100.5\" height=\"50\" viewBox=\"0 0 100.5 50\""
            + " role=\"img\" aria-labelledby=\"p-title p-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\""
            + " font-size=\"12\">",
        " <title id=\"p-title\">A &amp; B</title>",
        " <desc id=\"p-desc\">say &quot;hi&quot;</desc>",
        " <rect width=\"100.5\" height=\"50\" fill=\"#ffffff\"/>",
        " <g class=\"x&lt;y\">",
        "  <rect width=\"1\"/>",
        "  <text x=\"2\">a &lt; b</text>",
        " </g>",
        "</svg>",
        ""), out);
  }

  @Test
  void attributesComeInPairsAndNeverNull() {
    SvgWriter svg = new SvgWriter("p", 10, 10, "t", "d");
    IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> svg.empty("rect", "width"));
    assertEquals("attributes come in name-value pairs: 1", odd.getMessage());
    NullPointerException nul = assertThrows(NullPointerException.class, () -> svg.empty("rect", "width", null));
    assertEquals("width", nul.getMessage());
  }

  @Test
  void theHeaderWrapsTheDescriptionAndNotesToTheWidthSixteenPixelsALine() {
    // 200 pixels wide: 168 between the margins; "@" is 12 pixels at the header's 12-pixel size.
    String thirteen = "@".repeat(13);  // 156 pixels: two of them do not fit on one line
    Header header = Header.of("Title", thirteen + " " + thirteen, List.of("n"), 200);
    // Title, then two description lines and a note: the last line's baseline at 52 + 2 * 16, 10 below it.
    assertEquals(52 + 3 * 16 - 10, header.bottom());
    SvgWriter svg = new SvgWriter("p", 200, 200, "t", "d");
    header.draw(svg);
    SvgDocument doc = SvgDocument.parse(svg.finish());
    List<Element> lines = doc.withClass("description");
    assertEquals(List.of(thirteen, thirteen), lines.stream().map(Element::getTextContent).toList());
    assertEquals(List.of("52", "68"), lines.stream().map(e -> e.getAttribute("y")).toList());
    Element note = doc.withClass("note").get(0);
    assertEquals(List.of("Note: n", "84", "16", "italic"), List.of(note.getTextContent(), note.getAttribute("y"),
        note.getAttribute("x"), note.getAttribute("font-style")));
    Element title = doc.withClass("picture-title").get(0);
    assertEquals(List.of("Title", "16", "30"), List.of(title.getTextContent(), title.getAttribute("x"),
        title.getAttribute("y")));
    // Exactly 168 pixels of description is one line; without notes the header ends 10 below it.
    Header exact = Header.of("T", "@".repeat(14), List.of(), 200);
    assertEquals(52 + 16 - 10, exact.bottom());
  }
}
