package dev.disputemodel.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A CSV file with a header, read by {@link CsvReader}: its data rows, and their fields by column
 * name. A header that cannot be read (no header, bytes that are not UTF-8 or broken quoting in
 * it, a column named twice, a required column missing) refuses the whole file with the
 * importer's exception. A row's own faults (broken text, too few or too many fields) and a bad
 * value in one field are {@link FieldException}s naming the column, which the importers turn
 * into a rejection of the row in their import report before going on. Shared by the UCDP and
 * Correlates of War importers. Immutable.
 */
public final class CsvTable {
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();

  private final String file;
  private final ImmutableList<String> header;
  private final ImmutableMap<String, Integer> columns;
  private final ImmutableList<CsvReader.Row> rows;

  private CsvTable(String file, ImmutableList<String> header, ImmutableList<CsvReader.Row> rows,
      ImmutableMap<String, Integer> columns) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * A bad row or field: the message is the reason, naming the value; {@link #column()} the
   * column at fault, if one is.
   */
  public static final class FieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String column;

    /** Returns a fault of the field in {@code column}; {@code reason} names the value. */
    public FieldException(String column, String reason) {
      super(reason);
      this.column = column;
    }

    /** Returns a fault of the row as a whole. */
    public FieldException(String reason) {
      this(null, reason);
    }

    /** Returns the name of the column at fault, empty for a fault of the whole row. */
    public Optional<String> column() {
      return Optional.ofNullable(column);
    }
  }

  /**
   * Reads {@code path} as UTF-8.
   *
   * @param failure makes the importer's exception from a message naming the file
   * @throws RuntimeException made by {@code failure}, if the header cannot be read or lacks a
   *     column of {@code required}
   * @throws IOException if the file cannot be read
   */
  public static CsvTable read(Path path, List<String> required,
      Function<String, ? extends RuntimeException> failure) throws IOException {
    return parse(Files.readAllBytes(path), path.getFileName().toString(), required, failure);
  }

  /**
   * Reads the CSV file {@code file} from its UTF-8 {@code bytes}.
   *
   * @param failure makes the importer's exception from a message naming the file
   * @throws RuntimeException made by {@code failure}, if the header cannot be read or lacks a
   *     column of {@code required}
   */
  public static CsvTable parse(byte[] bytes, String file, List<String> required,
      Function<String, ? extends RuntimeException> failure) {
    List<CsvReader.Row> all = CsvReader.read(bytes);
    if (all.isEmpty()) {
      throw failure.apply(file + ": no header");
    }
    CsvReader.Row first = all.get(0);
    if (first.line() != 1) {
      throw failure.apply(file + ": line 1 is blank, not the header");
    }
    ImmutableList<String> header =
        first.fields().stream().map(String::strip).collect(ImmutableList.toImmutableList());
    first.faults().forEach((i, reason) -> {
      throw failure.apply(file + " line 1 (the header), field " + (i + 1) + ": " + reason);
    });
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      // "ref " and "return " carry a space in UCDP's file; the last name may be empty
      if (cols.put(header.get(i), i) != null && !header.get(i).isEmpty()) {
        throw failure.apply(file + ": column \"" + header.get(i) + "\" appears twice in the header");
      }
    }
    for (String c : required) {
      if (!cols.containsKey(c)) {
        throw failure.apply(file + ": required column \"" + c + "\" missing");
      }
    }
    return new CsvTable(file, header, ImmutableList.copyOf(all.subList(1, all.size())),
        ImmutableMap.copyOf(cols));
  }

  /** Returns the name of the file read. */
  public String file() {
    return file;
  }

  /** Returns the data rows, in file order (the header not included). */
  public ImmutableList<CsvReader.Row> rows() {
    return rows;
  }

  /** Returns whether the header has {@code column}: for a column the importer may do without. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * Checks that {@code row} is sound: its text could be read and it has one field per column.
   *
   * @throws FieldException naming the first column at fault, or none for too many fields
   */
  public void check(CsvReader.Row row) {
    if (!row.faults().isEmpty()) {
      int i = row.faults().firstKey();
      String reason = row.faults().get(i);
      if (i < header.size()) {
        throw new FieldException(columnName(i), reason);
      }
      throw new FieldException("field " + (i + 1) + ", beyond the header: " + reason);
    }
    int n = row.fields().size();
    if (n < header.size()) {
      throw new FieldException(columnName(n),
          "the row has " + n + " fields, the header " + header.size());
    }
    if (n > header.size()) {
      throw new FieldException("the row has " + n + " fields, the header " + header.size()
          + ": " + (n - header.size()) + " more than the columns");
    }
  }

  private String columnName(int i) {
    return header.get(i).isEmpty() ? "(column " + (i + 1) + ", unnamed)" : header.get(i);
  }

  /**
   * Returns the field of {@code row} in {@code column}, as written.
   *
   * @throws FieldException if the row is too short to have the column
   * @throws IllegalStateException if the header has no such column (a bug of the importer:
   *     {@link #has} first for a column it may do without)
   */
  public String get(CsvReader.Row row, String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalStateException(file + " has no column \"" + column + "\"");
    }
    if (i >= row.fields().size()) {
      throw new FieldException(column, "the row has " + row.fields().size()
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
   * @throws FieldException naming the column and value if it is not one
   */
  public int integer(CsvReader.Row row, String column) {
    return integer(column, get(row, column));
  }

  /**
   * Returns the field as a year a time of the model may reach ({@link FuzzyTime#MIN_YEAR}..{@link
   * FuzzyTime#MAX_YEAR}).
   *
   * @throws FieldException naming the column and value if it is not a whole number or not such a
   *     year
   */
  public int year(CsvReader.Row row, String column) {
    int year = integer(row, column);
    checkYear(column, Integer.toString(year), year);
    return year;
  }

  /**
   * Checks that {@code year}, read as {@code value} from {@code column}, is a year a time of the
   * model may reach: the one rule for every importer.
   *
   * @throws FieldException naming the column and value if it is not
   */
  public static void checkYear(String column, String value, int year) {
    if (!FuzzyTime.isSupportedYear(year)) {
      throw new FieldException(column, column + " = \"" + value + "\": year out of range; a"
          + " time lies within the years " + FuzzyTime.MIN_YEAR + " to " + FuzzyTime.MAX_YEAR
          + " (FuzzyTime.MIN_YEAR..MAX_YEAR)");
    }
  }

  /**
   * Returns {@code text}, a value of {@code column}, as a whole number.
   *
   * @throws FieldException naming the column and value if it is not one
   */
  public static int integer(String column, String text) {
    String v = text.strip();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new FieldException(column, column + " = \"" + v + "\": not a whole number");
    }
  }
}
