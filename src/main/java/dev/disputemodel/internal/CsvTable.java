package dev.disputemodel.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSV file with a header, read by {@link CsvReader}: its data rows, and their fields by column
 * name. A missing required column refuses the whole file; a problem in one field is an {@link
 * IllegalArgumentException} naming the column and the value, which the importers turn into a
 * rejection of the row in their import report. Shared by the UCDP and Correlates of War
 * importers. Immutable.
 */
public final class CsvTable {
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();

  private final ImmutableMap<String, Integer> columns;
  private final ImmutableList<CsvReader.Row> rows;

  private CsvTable(ImmutableMap<String, Integer> columns, ImmutableList<CsvReader.Row> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads {@code path} as UTF-8.
   *
   * @param failure makes the importer's exception from a message naming the file
   * @throws RuntimeException made by {@code failure}, if the file has no header, lacks a column of
   *     {@code required}, or its CSV is broken
   * @throws IOException if the file cannot be read
   */
  public static CsvTable read(Path path, List<String> required,
      Function<String, ? extends RuntimeException> failure) throws IOException {
    String name = path.getFileName().toString();
    List<CsvReader.Row> all =
        CsvReader.read(Files.readString(path, StandardCharsets.UTF_8), name, failure);
    if (all.isEmpty()) {
      throw failure.apply(name + ": no header");
    }
    Map<String, Integer> cols = new LinkedHashMap<>();
    ImmutableList<String> header = all.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      cols.putIfAbsent(header.get(i).strip(), i); // "ref " and "return " carry a space
    }
    for (String c : required) {
      if (!cols.containsKey(c)) {
        throw failure.apply(name + ": required column \"" + c + "\" missing");
      }
    }
    return new CsvTable(ImmutableMap.copyOf(cols), ImmutableList.copyOf(all.subList(1, all.size())));
  }

  /** Returns the data rows, in file order (the header not included). */
  public ImmutableList<CsvReader.Row> rows() {
    return rows;
  }

  /**
   * Returns the field of {@code row} in {@code column}, as written.
   *
   * @throws IllegalArgumentException if the row is too short to have the column
   */
  public String get(CsvReader.Row row, String column) {
    int i = columns.get(column);
    if (i >= row.fields().size()) {
      throw new IllegalArgumentException("the row has " + row.fields().size()
          + " fields; column \"" + column + "\" is missing");
    }
    return row.fields().get(i);
  }

  /** Returns the comma-separated items of the field, trimmed, empty ones left out. */
  public List<String> list(CsvReader.Row row, String column) {
    return COMMA.splitToList(get(row, column));
  }

  /**
   * Returns the field as a whole number.
   *
   * @throws IllegalArgumentException naming the column and value if it is not one
   */
  public int integer(CsvReader.Row row, String column) {
    String v = get(row, column).strip();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " = \"" + v + "\": not a whole number");
    }
  }
}
