package dev.disputemodel.imports;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import of one file did with its rows: how many were read, how many imported, each
 * rejected row with its line and reason, and named counts of what was imported and how, including
 * what was kept in a weaker form (a UCDP date whose precision code is read as its year, a
 * Correlates of War month coded missing). Every row read is either imported or rejected:
 * {@code read == imported + rejections.size()}. The UCDP and Correlates of War importers both
 * report this way.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportReport {
  private final String file;
  private final int rowsRead;
  private final ImmutableList<Rejection> rejections;
  private final ImmutableSortedMap<String, Integer> counts;

  private ImportReport(String file, int rowsRead, List<Rejection> rejections,
      Map<String, Integer> counts) {
    this.file = file;
    this.rowsRead = rowsRead;
    this.rejections = ImmutableList.sortedCopyOf(
        java.util.Comparator.comparingInt(Rejection::line), rejections);
    this.counts = ImmutableSortedMap.copyOf(counts);
  }

  /** Returns the name of the file imported. */
  public String file() {
    return file;
  }

  /** Returns the number of data rows read (the header not counted). */
  public int rowsRead() {
    return rowsRead;
  }

  /** Returns the number of rows imported: read minus rejected. */
  public int rowsImported() {
    return rowsRead - rejections.size();
  }

  /** Returns the rejected rows, in file order. */
  public ImmutableList<Rejection> rejections() {
    return rejections;
  }

  /** Returns named counts of what was imported and how, sorted by name. */
  public ImmutableSortedMap<String, Integer> counts() {
    return counts;
  }

  /** Returns the count named {@code name}, 0 if none. */
  public int count(String name) {
    return counts.getOrDefault(Objects.requireNonNull(name, "name"), 0);
  }

  /** Returns the report as plain text, one figure per line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(file).append(": ").append(rowsRead).append(" rows read, ")
        .append(rowsImported()).append(" imported, ").append(rejections.size())
        .append(" rejected\n");
    counts.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
    rejections.forEach(r -> out.append("  rejected ").append(r).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  /**
   * Returns a builder for the report on {@code file}, for an importer to fill while it reads.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public static Builder builder(String file) {
    return new Builder(file);
  }

  /** Collects a report while importing; not thread-safe. */
  public static final class Builder {
    private final String file;
    private int rowsRead;
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    private Builder(String file) {
      this.file = Objects.requireNonNull(file, "file");
    }

    /** Counts one more data row read. */
    public void read() {
      rowsRead++;
    }

    /** Records that the row beginning on {@code line} was rejected, and why. */
    public void reject(int line, String reason) {
      rejections.add(new Rejection(line, reason));
    }

    /** Records a rejected row. */
    public void reject(Rejection rejection) {
      rejections.add(Objects.requireNonNull(rejection, "rejection"));
    }

    /** Adds one to the count named {@code name}. */
    public void count(String name) {
      counts.merge(name, 1, Integer::sum);
    }

    /** Adds {@code n} to the count named {@code name}. */
    public void count(String name, int n) {
      counts.merge(name, n, Integer::sum);
    }

    /** Returns the report collected so far. */
    public ImportReport build() {
      return new ImportReport(file, rowsRead, rejections, counts);
    }
  }
}
