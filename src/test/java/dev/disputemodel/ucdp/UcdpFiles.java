package dev.disputemodel.ucdp;

import dev.disputemodel.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small UCDP files for tests, cut from the real releases (the repository's copies, {@link
 * TestData}): the header and the rows of chosen conflicts, which a test may then break one field
 * at a time. Data: UCDP/PRIO Armed Conflict Dataset 23.1 and UCDP Peace Agreement Dataset 22.1,
 * CC BY 4.0 (citations in docs/ucdp.md).
 */
final class UcdpFiles {
  private UcdpFiles() {}

  /** The ACD 23.1 file's name, kept for the reports' file names. */
  static final String ACD = "ucdp-prio-acd-231.csv";
  /** The peace agreement 22.1 file's name. */
  static final String PA = "ucdp-peace-agreements-221.csv";

  /** The columns of the peace agreement file the importer reads, in this order. */
  static final List<String> PA_COLUMNS = List.of("paid", "conflict_id", "actor_id",
      "actor_name", "pa_name", "pa_date", "pa_3rd", "cease", "ended", "duration");

  /** The ACD header, as in the release (28 columns). */
  static List<String> acdHeader() {
    return fields(lines().get(0));
  }

  /** The ACD rows of the conflicts {@code ids}, in file order, each as its 28 fields. */
  static List<List<String>> acdRows(String... ids) {
    Set<String> wanted = Set.of(ids);
    List<List<String>> out = new ArrayList<>();
    for (String line : lines().subList(1, lines().size())) {
      List<String> f = fields(line);
      if (wanted.contains(f.get(0))) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Real peace agreement rows, each as the values of {@link #PA_COLUMNS}: paid 1420 (Algiers
   * Agreement, conflict 361, Chad and Libya) and the four agreements of conflict 392 (Georgia,
   * Abkhazia), grepped from the 22.1 release.
   */
  static List<List<String>> paRows(String... paids) {
    Set<String> wanted = Set.of(paids);
    return PA_ROWS.stream().filter(r -> wanted.contains(r.get(0))).collect(Collectors.toList());
  }

  private static final List<List<String>> PA_ROWS = List.of(
      List.of("1420", "361", "87, 111", "Government of Chad, Government of Libya",
          "Algiers Agreement", "1989-08-31", "OAU, Algeria", "1", "", ""),
      List.of("1596", "392", "57, 63, 342",
          "Government of Russia (Soviet Union), Government of Georgia, Republic of Abkhazia",
          "Final Document of the Moscow Meeting (Moscow Ceasefire)", "1992-09-03", "Russia", "1",
          "", ""),
      List.of("1597", "392", "57, 7052, 7078, 63, 342",
          "Government of Russia (Soviet Union), United Nations, OSCE, Government of Georgia,"
              + " Republic of Abkhazia",
          "Memorandum of understanding between the Georgian and Abkhaz sides at the negotiations"
              + " held in Geneva", "1993-12-01", "UN, Russia, CSCE", "1", "", ""),
      List.of("1598", "392", "57, 7052, 7078, 63, 342",
          "Government of Russia (Soviet Union), United Nations, OSCE, Government of Georgia,"
              + " Republic of Abkhazia",
          "Communiqué on the second round of negotiations between the Georgian and Abkhaz sides",
          "1994-01-13", "Russia, UN, OSCE", "0", "", ""),
      List.of("1130", "392", "7052, 57, 7078, 63, 342",
          "United Nations, Government of Russia (Soviet Union), OSCE, Government of Georgia,"
              + " Republic of Abkhazia",
          "Declaration on measures for a political settlement of the Georgian/Abkhaz conflict",
          "1994-04-04", "United Nations, Organisation of Security and Cooperation in Europe"
              + " (previously Conference of Security and Cooperation in Europe, CSCE), Russian"
              + " Federation", "1", "", ""));

  /** Returns {@code row} with the field of {@code column} (a column of {@code header}) set. */
  static List<String> with(List<String> header, List<String> row, String column, String value) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column);
    }
    List<String> out = new ArrayList<>(row);
    out.set(i, value);
    return out;
  }

  /** Returns {@code header} or {@code row} without the field of {@code column}. */
  static List<String> without(List<String> header, List<String> row, String column) {
    List<String> out = new ArrayList<>(row);
    out.remove(header.indexOf(column));
    return out;
  }

  /** Returns the CSV text of a header and rows, every field quoted, lines ending in LF. */
  static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder(line(header));
    rows.forEach(r -> out.append(line(r)));
    return out.toString();
  }

  /** Returns one CSV line, every field quoted, ending in LF. */
  static String line(List<String> fields) {
    return fields.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(",", "", "\n"));
  }

  /** Writes {@code text} as UTF-8 to the file {@code name} in {@code dir}. */
  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to the file {@code name} in {@code dir}. */
  static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cached;

  private static synchronized List<String> lines() {
    if (cached == null) {
      try {
        cached = Files.readAllLines(TestData.ucdp(ACD), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  /** Splits an ACD line: every field is quoted; the rows used here have no quote inside. */
  private static List<String> fields(String line) {
    String inner = line.substring(1, line.length() - 1);
    return Arrays.asList(inner.split("\",\"", -1));
  }
}
