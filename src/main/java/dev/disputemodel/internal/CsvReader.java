package dev.disputemodel.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CR LF, LF or CR; a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one
 * {@code "}). Each record keeps the physical line on which it begins. Blank lines are skipped.
 * Shared by the importers; each passes the exception it throws for a broken file.
 */
public final class CsvReader {
  private CsvReader() {}

  /** One record: its first physical line (1-based) and its fields. */
  public record Row(int line, ImmutableList<String> fields) {}

  /**
   * Returns every record of {@code text}, the header included.
   *
   * @param failure makes the importer's exception from a message that names {@code file} and the
   *     line
   * @throws RuntimeException made by {@code failure}, if a quoted field is not closed, or text
   *     follows a closing quote inside a field
   */
  public static List<Row> read(String text, String file, Function<String, ? extends RuntimeException> failure) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      i = 1; // byte order mark
    }
    boolean fieldStarted = false; // the record has at least one comma or character
    while (i < n) {
      char ch = text.charAt(i);
      if (ch == '"' && field.length() == 0) {
        // a quoted field: read to the closing quote
        int start = line;
        i++;
        while (true) {
          if (i >= n) {
            throw failure.apply(
                file + " line " + start + ": a quoted field is not closed before the end");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          field.append(q);
          i++;
        }
        fieldStarted = true;
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw failure.apply(file + " line " + line
              + ": text after the closing quote of a field: '" + text.charAt(i) + "'");
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
        if (fieldStarted || field.length() > 0) {
          fields.add(field.toString());
          rows.add(new Row(rowLine, ImmutableList.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        field.append(ch);
        fieldStarted = true;
        i++;
      }
    }
    if (fieldStarted || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, ImmutableList.copyOf(fields)));
    }
    return rows;
  }
}
