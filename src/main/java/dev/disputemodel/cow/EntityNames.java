package dev.disputemodel.cow;

import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code tc-entities.csv}, the names of the political entities of the territorial change
 * data: one row per spell of an entity's status, so most ids have several rows. The first row of
 * an id names it; later rows of the id are merged into it. Four ids carry two different names in
 * this extraction (1152, 374, 3351, 3377; none is used by {@code tc2018.csv}): the first is kept
 * and the report counts them. Not thread-safe.
 */
final class EntityNames {
  private static final List<String> COLUMNS = List.of("id", "name");

  private final Map<Integer, String> names = new HashMap<>();

  ImportReport read(Path file) throws IOException {
    ImportReport.Builder report = ImportReport.builder(file.getFileName().toString());
    Map<Integer, Boolean> differs = new HashMap<>();
    CowRows.read(file, COLUMNS, report, (t, row) -> {
      int id = t.integer(row, "id");
      String name = t.get(row, "name").strip();
      if (name.isEmpty()) {
        throw new CsvTable.FieldException("name", "name is empty");
      }
      String first = names.putIfAbsent(id, name);
      if (first != null) {
        report.count("rows merged into the entity of an earlier row");
        if (!first.equals(name) && differs.put(id, true) == null) {
          report.count("entities with several names (the first kept)");
        }
      }
    });
    report.count("entities", names.size());
    return report.build();
  }

  /** Returns the name of entity {@code id}, if the file names it. */
  Optional<String> name(int id) {
    return Optional.ofNullable(names.get(id));
  }
}
