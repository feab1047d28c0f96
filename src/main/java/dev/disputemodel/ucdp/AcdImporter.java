package dev.disputemodel.ucdp;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.PartyId;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Imports the UCDP/PRIO Armed Conflict Dataset 23.1: parses each conflict-year row (rejecting
 * rows whose values are not the codebook's), resolves its parties through a {@link
 * PartyResolver}, names its territory, and hands each conflict's years to a {@link
 * ConflictAssembler}. The mapping is documented on {@link UcdpImporter} and in docs/ucdp.md.
 *
 * <p>One per import; not thread-safe.
 */
final class AcdImporter {
  static final String CITATION = "Davies, Shawn, Therése Pettersson & Magnus Öberg (2023),"
      + " \"Organized violence 1989–2022\", Journal of Peace Research 60(4); Gleditsch, Nils"
      + " Petter et al. (2002), \"Armed Conflict 1946–2001: A New Dataset\", Journal of Peace"
      + " Research 39(5). CC BY 4.0.";

  /** The release, the source of every fact imported from it. */
  static final Source SOURCE = Source.builder().id(UcdpImporter.ACD_SOURCE)
      .kind(SourceKind.DATASET_RELEASE)
      .title("UCDP/PRIO Armed Conflict Dataset, version 23.1")
      .publisher("Uppsala Conflict Data Program (UCDP) and Peace Research Institute Oslo (PRIO)")
      .published(FuzzyTime.inYear(Year.of(2023))).citation(CITATION).build();

  private static final List<String> COLUMNS = List.of("conflict_id", "location", "side_a",
      "side_a_id", "side_a_2nd", "side_b", "side_b_id", "side_b_2nd", "incompatibility",
      "territory_name", "year", "intensity_level", "type_of_conflict", "start_date",
      "start_prec", "start_date2", "start_prec2", "ep_end", "ep_end_date", "gwno_a",
      "gwno_a_2nd", "gwno_b", "gwno_b_2nd");

  /** Conflict ids in numeric order: by length, then as text. */
  private static final Comparator<String> NUMERIC =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private final PartyResolver parties;
  private final Map<String, TerritoryId> territories = new LinkedHashMap<>();
  private final ConflictAssembler assembler = new ConflictAssembler(this::territoryName);
  private final List<Conflict> conflicts = new ArrayList<>();
  private final Map<ConflictId, Conflict> topLevel = new LinkedHashMap<>();

  AcdImporter(PartyResolver parties) {
    this.parties = parties;
  }

  /**
   * Imports {@code file}; each row is imported or rejected in the returned report.
   *
   * @throws UcdpImportException if a required column is missing or the CSV is broken
   * @throws IOException if the file cannot be read
   */
  ImportReport read(Path file) throws IOException {
    ImportReport.Builder report = ImportReport.builder(file.getFileName().toString());
    CsvTable t = CsvTable.read(file, COLUMNS, UcdpImportException::new);
    parties.learnStateCodes(t);
    Map<String, List<ConflictYear>> byConflict = new TreeMap<>(NUMERIC);
    for (CsvReader.Row row : t.rows()) {
      report.read();
      try {
        ConflictYear y = year(t, row, report);
        byConflict.computeIfAbsent(t.get(row, "conflict_id"), k -> new ArrayList<>()).add(y);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        report.reject(row.line(), e.getMessage());
      }
    }
    byConflict.forEach((id, years) -> {
      years.sort(Comparator.comparingInt(ConflictYear::year));
      try {
        List<Conflict> built = assembler.assemble(id, years, report);
        conflicts.addAll(built);
        topLevel.put(built.get(0).id(), built.get(0));
      } catch (DisputeModelException e) {
        // A conflict whose rows do not fit together is rejected row by row, never dropped.
        years.forEach(y -> report.reject(y.line(), "conflict " + id + ": " + e.getMessage()));
      }
    });
    report.count("conflicts", topLevel.size());
    report.count("episodes", conflicts.size() - topLevel.size());
    report.count("parties", parties.size());
    report.count("territories", territories.size());
    return report.build();
  }

  /** Returns the conflicts and their episodes, each conflict followed by its episodes. */
  List<Conflict> conflicts() {
    return conflicts;
  }

  /** Returns the conflict (not an episode) with {@code id}, if it was imported. */
  Optional<Conflict> conflict(ConflictId id) {
    return Optional.ofNullable(topLevel.get(id));
  }

  /** Returns the territories at stake, in the order first named. */
  List<Territory> territories() {
    List<Territory> out = new ArrayList<>();
    territories.forEach((name, id) -> out.add(
        Territory.builder().id(id).name(name).kind(TerritoryKind.REGION).build()));
    return out;
  }

  private ConflictYear year(CsvTable t, CsvReader.Row row, ImportReport.Builder report) {
    int year = t.integer(row, "year");
    List<PartyId> sideA = parties.primaries(t, row, "side_a", "side_a_id", "gwno_a", report);
    List<PartyId> sideB = parties.primaries(t, row, "side_b", "side_b_id", "gwno_b", report);
    List<PartyId> supportA = parties.supporters(t, row, "side_a_2nd", "gwno_a_2nd", report);
    List<PartyId> supportB = parties.supporters(t, row, "side_b_2nd", "gwno_b_2nd", report);
    int inc = t.integer(row, "incompatibility");
    Incompatibility incompatibility = switch (inc) {
      case 1 -> Incompatibility.TERRITORY;
      case 2 -> Incompatibility.GOVERNMENT;
      case 3 -> Incompatibility.TERRITORY_AND_GOVERNMENT;
      default -> throw new IllegalArgumentException(
          "incompatibility = \"" + inc + "\": not 1, 2 or 3");
    };
    Optional<TerritoryId> territory = Optional.empty();
    String tname = t.get(row, "territory_name").strip();
    if (inc != 2 && !tname.isEmpty()) {
      territory = Optional.of(territories.computeIfAbsent(tname, this::territoryId));
    } else if (inc != 2) {
      report.count("territorial incompatibility without territory_name");
    }
    int level = t.integer(row, "intensity_level");
    if (level != 1 && level != 2) {
      throw new IllegalArgumentException("intensity_level = \"" + level + "\": not 1 or 2");
    }
    int type = t.integer(row, "type_of_conflict");
    if (type < 1 || type > 4) {
      throw new IllegalArgumentException("type_of_conflict = \"" + type + "\": not 1 to 4");
    }
    // The conflict's first start is checked and its precision counted; the conflict itself has
    // no period in the model (docs/ucdp.md), only its episodes do.
    date(t, row, "start_date", "start_prec", report);
    FuzzyTime episodeStart = date(t, row, "start_date2", "start_prec2", report);
    boolean ends = t.integer(row, "ep_end") == 1;
    Optional<FuzzyTime> end = Optional.empty();
    if (ends) {
      String d = t.get(row, "ep_end_date");
      if (d.isBlank()) {
        report.count("episode ends without ep_end_date, read as the year");
        end = Optional.of(FuzzyTime.inYear(Year.of(year)));
      } else {
        // ep_end_prec is empty throughout 23.1: the date is taken as the day it names.
        end = Optional.of(FuzzyTime.onDay(LocalDate.parse(d)));
        if (t.get(row, "ep_end_prec").isBlank()) {
          report.count("ep_end_date without precision code, read as its day");
        }
      }
    }
    return new ConflictYear(row.line(), year, sideA, sideB, supportA, supportB, incompatibility,
        territory, level == 2 ? Intensity.WAR : Intensity.MINOR, ConflictType.values()[type - 1],
        episodeStart, ends, end, t.get(row, "location").strip());
  }

  /**
   * Returns the date in {@code column}: its day if {@code precColumn} is 1, else its year
   * (counted).
   */
  private static FuzzyTime date(CsvTable t, CsvReader.Row row, String column, String precColumn,
      ImportReport.Builder report) {
    String v = t.get(row, column).strip();
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + " = \"" + v + "\": not a date YYYY-MM-DD");
    }
    String prec = t.get(row, precColumn).strip();
    if (prec.equals("1")) {
      return FuzzyTime.onDay(d);
    }
    report.count(precColumn + " code " + (prec.isEmpty() ? "(empty)" : prec)
        + " read as the year");
    return FuzzyTime.inYear(Year.from(d));
  }

  /** Returns a new id from the name's slug, numbered when two names share a slug. */
  private TerritoryId territoryId(String name) {
    String base = "ucdp-territory-" + slug(name);
    TerritoryId id = TerritoryId.of(base);
    for (int k = 2; territories.containsValue(id); k++) {
      id = TerritoryId.of(base + "-" + k);
    }
    return id;
  }

  private String territoryName(TerritoryId id) {
    return territories.entrySet().stream().filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}
