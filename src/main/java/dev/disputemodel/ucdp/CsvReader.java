package dev.disputemodel.ucdp;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CR LF, LF or CR; a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one
 * {@code "}). Each record keeps the physical line on which it begins. Blank lines are skipped.
 */
final class CsvReader {
  private CsvReader() {}

  /** One record: its first physical line (1-based) and its fields. */
  record Row(int line, ImmutableList<String> fields) {}

  /**
   * Returns every record of {@code text}, the header included.
   *
   * @throws UcdpImportException if a quoted field is not closed, or text follows a closing quote
   *     inside a field, naming {@code file} and the line
   */
  static List<Row> read(String text, String file) {
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
            throw new UcdpImportException(
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
          throw new UcdpImportException(file + " line " + line
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
