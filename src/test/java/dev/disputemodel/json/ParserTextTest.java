package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.time.FuzzyTime;
import org.junit.jupiter.api.Test;

/** The view of the parser's current string that time codecs parse without a copy. */
class ParserTextTest {
  /** {@code 2022-09-13} inside a larger buffer, as the parser holds a string. */
  private static final char[] BUFFER = "xx\"2022-09-13\"yy".toCharArray();
  private final ParserText text = new ParserText();

  @Test
  void viewsOnlyItsCharacters() {
    CharSequence view = text.of(BUFFER, 3, 10);
    assertEquals(10, view.length());
    assertEquals('2', view.charAt(0));
    assertEquals('3', view.charAt(9));
    assertEquals("2022-09-13", view.toString());
    assertEquals("09", view.subSequence(5, 7).toString());
  }

  @Test
  void refusesIndexesOutsideTheView() {
    CharSequence view = text.of(BUFFER, 3, 10);
    assertThrows(IndexOutOfBoundsException.class, () -> view.charAt(10)); // the buffer's '"'
    assertThrows(IndexOutOfBoundsException.class, () -> view.charAt(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> view.subSequence(4, 11));
    assertThrows(IndexOutOfBoundsException.class, () -> view.subSequence(5, 4));
  }

  @Test
  void isOneObjectSetAgainForEachString() {
    CharSequence first = text.of(BUFFER, 3, 4);
    assertEquals("2022", first.toString());
    assertSame(first, text.of(BUFFER, 3, 7));
    assertEquals("2022-09", first.toString());
    assertEquals(FuzzyTime.parse("2022-09"), FuzzyTime.parse(first));
  }
}
