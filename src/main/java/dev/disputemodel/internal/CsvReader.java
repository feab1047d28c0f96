package dev.disputemodel.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CR LF, LF or CR; a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one
 * {@code "}). A byte order mark at the start is skipped. Each record keeps the physical line on
 * which it begins; blank lines are skipped. Never throws for bad text: a record whose text is
 * broken (bytes that are not UTF-8, a quoted field never closed, text after a closing quote)
 * carries the fault with the field it is in, for the importer to reject the record and go on.
 * Shared by the importers.
 */
public final class CsvReader {
  private CsvReader() {}

  /** The reason given for a field holding bytes that are not UTF-8. */
  public static final String NOT_UTF8 = "bytes that are not UTF-8";

  /**
   * One record: its first physical line (1-based), its fields, and the faults of its text by
   * field index (0-based), empty for a sound record.
   */
  public record Row(int line, ImmutableList<String> fields,
      ImmutableSortedMap<Integer, String> faults) {
    /** Returns a sound record. */
    public Row(int line, ImmutableList<String> fields) {
      this(line, fields, ImmutableSortedMap.of());
    }
  }

  /** Returns every record of the UTF-8 {@code bytes}, the header included. */
  public static List<Row> read(byte[] bytes) {
    BitSet undecodable = new BitSet();
    return read(decode(bytes, undecodable), undecodable);
  }

  /** Returns every record of {@code text}, the header included. */
  public static List<Row> read(String text) {
    return read(text, new BitSet());
  }

  /**
   * Returns {@code bytes} decoded as UTF-8, each malformed sequence replaced by U+FFFD and its
   * position in the text set in {@code undecodable}.
   */
  static String decode(byte[] bytes, BitSet undecodable) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Each byte gives at most one char (four bytes give a surrogate pair), and so does each
    // malformed sequence: the text fits in as many chars as there are bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      undecodable.set(out.position());
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Returns the records of {@code text}, with faults where {@code undecodable} is set. */
  private static List<Row> read(String text, BitSet undecodable) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    Map<Integer, String> faults = new TreeMap<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0; // byte order mark
    boolean fieldStarted = false; // the record has at least one comma or character
    while (i < n) {
      char ch = text.charAt(i);
      if (ch == '"' && field.length() == 0) {
        // a quoted field: read to the closing quote
        i++;
        boolean closed = false;
        while (i < n) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          append(field, text, i, undecodable, faults, fields.size());
          i++;
        }
        fieldStarted = true;
        if (!closed) {
          faults.putIfAbsent(
              fields.size(), "a quoted field is not closed before the end of the file");
        } else if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n'
            && text.charAt(i) != '\r') {
          faults.putIfAbsent(fields.size(), "text after the closing quote of a field");
          field.insert(0, '"').append('"'); // kept as written, up to the next comma
        }
        continue;
      }
      if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
        i++;
      } else if (ch == '\n' || ch == '\r') {
        i += ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        if (fieldStarted) {
          fields.add(field.toString());
          rows.add(new Row(rowLine, ImmutableList.copyOf(fields),
              ImmutableSortedMap.copyOf(faults)));
        }
        fields.clear();
        faults.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        append(field, text, i, undecodable, faults, fields.size());
        fieldStarted = true;
        i++;
      }
    }
    if (fieldStarted) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, ImmutableList.copyOf(fields), ImmutableSortedMap.copyOf(faults)));
    }
    return rows;
  }

  private static void append(StringBuilder field, String text, int i, BitSet undecodable,
      Map<Integer, String> faults, int fieldIndex) {
    if (undecodable.get(i)) {
      faults.putIfAbsent(fieldIndex, NOT_UTF8);
    }
    field.append(text.charAt(i));
  }
}
