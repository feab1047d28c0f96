package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text widths from DejaVu Sans's advance widths (thousandths of the font size): "@" is 1,000, "i"
 * 278, a space 318; a letter outside ASCII 700, any other character 1,000, the second half of a
 * surrogate pair nothing; bold 14% wider. Text is shortened with an ellipsis (1,000) and wrapped
 * at spaces to fit a width, a line exactly as wide as allowed fitting.
 */
class TextWidthTest {
  @Test
  void widthsComeFromTheAdvanceOfEachCharacter() {
    assertEquals(10, TextWidth.of("@", 10, false));
    assertEquals(11.4, TextWidth.of("@", 10, true), 1e-9);
    assertEquals(3.18, TextWidth.of(" ", 10, false), 1e-9);
    assertEquals(8.38, TextWidth.of("~", 10, false), 1e-9);  // the last ASCII character drawn
    assertEquals(10, TextWidth.of("\u007F", 10, false));  // DEL, not drawn as ASCII
    assertEquals(10, TextWidth.of("\u001F", 10, false));
    assertEquals(7, TextWidth.of("\u00E9", 10, false), 1e-9);  // é, a letter
    assertEquals(10, TextWidth.of("\u2013", 10, false));  // a dash
    assertEquals(10, TextWidth.of("\uD83D\uDE00", 10, false));  // one emoji: its high half counts, its low half not
    assertEquals(0, TextWidth.of("", 10, false));
    assertEquals(2 * 6.35 + 2.78, TextWidth.of("bib", 10, false), 1e-9);
  }

  @Test
  void textThatFitsIsKeptAndLongerTextEndsInAnEllipsisThatFits() {
    assertEquals("@@@", TextWidth.fit("@@@", 30, 10, false));
    assertEquals("@\u2026", TextWidth.fit("@@@", 29.9, 10, false));
    assertEquals("@\u2026", TextWidth.fit("@@@", 20, 10, false));
    assertEquals("\u2026", TextWidth.fit("@@@", 19.9, 10, false));
    assertEquals("\u2026", TextWidth.fit("@@@", 10, 10, false));
    assertEquals("", TextWidth.fit("@@@", 9.9, 10, false));
    // Bold is wider: 3 "@" take 34.2 pixels.
    assertEquals("@@@", TextWidth.fit("@@@", 34.2, 10, true));
    assertEquals("@\u2026", TextWidth.fit("@@@", 34.1, 10, true));
    // Trailing spaces before the ellipsis are dropped; a surrogate pair is never split.
    assertEquals("@\u2026", TextWidth.fit("@ @@", 30, 10, false));
    assertEquals("@\u2026", TextWidth.fit("@\uD83D\uDE00@", 29, 10, false));
    assertEquals("\uD83D\uDE00\u2026", TextWidth.fit("\uD83D\uDE00\uD83D\uDE00@", 20, 10, false));
  }

  @Test
  void wrappingBreaksAtSpacesKeepingALineExactlyAsWideAsAllowed() {
    // "@@ @@" is 20 + 3.18 + 20 = 43.18 pixels at size 10.
    assertEquals(List.of("@@ @@"), TextWidth.wrap("@@ @@", 43.18, 10));
    assertEquals(List.of("@@", "@@"), TextWidth.wrap("@@ @@", 43.17, 10));
    assertEquals(List.of("@@ @@", "@"), TextWidth.wrap("@@ @@ @", 43.18, 10));
    // A word wider than the line is shortened, whole words after it start a new line.
    assertEquals(List.of("@\u2026", "@"), TextWidth.wrap("@@@@ @", 25, 10));
    assertEquals(List.of(), TextWidth.wrap("", 100, 10));
    assertEquals(List.of("a"), TextWidth.wrap("a", 100, 10));
  }
}
