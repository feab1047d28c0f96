package dev.disputemodel.json;

import java.util.Objects;

/**
 * The characters of the parser's current string, viewed in the parser's own buffer without a
 * copy, for parsers of text such as {@link dev.disputemodel.time.FuzzyTime#parse} that read a
 * {@link CharSequence} once and keep nothing of it. One per read, set again for each string
 * ({@link ReadContext#text()}): valid only until the parser moves. Not thread-safe.
 */
final class ParserText implements CharSequence {
  private char[] chars = new char[0];
  private int offset;
  private int length;

  /** Views {@code chars[offset, offset + length)}; returns this view. */
  ParserText of(char[] chars, int offset, int length) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  /**
   * Returns the character at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < length()}
   */
  @Override
  public char charAt(int index) {
    return chars[offset + Objects.checkIndex(index, length)];
  }

  /** Returns a copy of the characters from {@code start} to {@code end}, as a string. */
  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, offset + start, end - start);
  }

  /** Returns a copy of the characters viewed. */
  @Override
  public String toString() {
    return new String(chars, offset, length);
  }
}
