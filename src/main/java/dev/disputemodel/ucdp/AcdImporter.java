package dev.disputemodel.ucdp;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.PartyId;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.internal.CsvTable.FieldException;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Imports the UCDP/PRIO Armed Conflict Dataset 23.1. First reads every row, rejecting those
 * whose text or values are not the codebook's (with line, column and reason); a conflict with a
 * rejected row is rejected as a whole, its other rows as a cascade. Then resolves the parties
 * and territories of the rows left through a {@link PartyResolver} and hands each conflict's
 * years to a {@link ConflictAssembler}; a conflict whose rows do not fit together is rejected as
 * a whole too, and the rest resolved again without it. So nothing of a rejected row stays in the
 * model. The mapping is documented on {@link UcdpImporter} and in docs/ucdp.md.
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

  static final List<String> COLUMNS = List.of("conflict_id", "location", "side_a",
      "side_a_id", "side_a_2nd", "side_b", "side_b_id", "side_b_2nd", "incompatibility",
      "territory_name", "year", "intensity_level", "type_of_conflict", "start_date",
      "start_prec", "start_date2", "start_prec2", "ep_end", "ep_end_date", "gwno_a",
      "gwno_a_2nd", "gwno_b", "gwno_b_2nd");

  /** The precision of {@code ep_end_date}; absent, every end date is read as without one. */
  static final String EP_END_PREC = "ep_end_prec";

  /** Conflict ids in numeric order: by length, then as text. */
  private static final Comparator<String> NUMERIC =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private final Map<String, TerritoryId> territories = new LinkedHashMap<>();
  private final ConflictAssembler assembler = new ConflictAssembler(this::territoryName);
  private final List<Conflict> conflicts = new ArrayList<>();
  private final Map<ConflictId, Conflict> topLevel = new LinkedHashMap<>();
  /** Rejected conflicts by id: the line of the row they fell with. */
  private final Map<String, Integer> rejected = new HashMap<>();
  private String file = "";
  private PartyResolver parties = new PartyResolver(PartyMentions.NONE);

  /** Imports {@code t}; each row is imported or rejected in the returned report. */
  ImportReport read(CsvTable t) {
    file = t.file();
    ImportReport.Builder report = ImportReport.builder(t.file());
    if (!t.has(EP_END_PREC)) {
      report.count("optional column " + EP_END_PREC + " absent (read as empty)");
    }
    PartyMentions mentions = PartyMentions.learn(t);
    List<AcdRow> rows = new ArrayList<>();
    Map<String, Map<Integer, Integer>> years = new HashMap<>();
    for (CsvReader.Row row : t.rows()) {
      report.read();
      try {
        t.check(row);
        AcdRow r = row(t, row, mentions);
        Integer before = years.computeIfAbsent(r.conflictId(), k -> new HashMap<>())
            .putIfAbsent(r.year(), row.line());
        if (before != null) {
          throw new FieldException("year", "conflict " + r.conflictId() + " has year "
              + r.year() + " on line " + before + " too");
        }
        rows.add(r);
      } catch (FieldException e) {
        report.reject(new Rejection(row.line(), e.column(), e.getMessage(), false));
        conflictId(t, row).ifPresent(id -> rejected.putIfAbsent(id, row.line()));
      }
    }
    List<AcdRow> kept = new ArrayList<>();
    for (AcdRow r : rows) {
      Integer cause = rejected.get(r.conflictId());
      if (cause == null) {
        kept.add(r);
      } else {
        report.reject(Rejection.cascade(r.line(), Optional.empty(),
            "conflict " + r.conflictId() + " is rejected with its row on line " + cause));
      }
    }
    Multiset<String> notes = assemble(kept, mentions, report);
    kept.forEach(r -> notes.addAll(r.notes()));
    notes.forEachEntry(report::count);
    report.count("conflicts", topLevel.size());
    report.count("episodes", conflicts.size() - topLevel.size());
    report.count("parties", parties.size());
    int byCode = parties.namedByCodeOnly();
    if (byCode > 0) {
      report.count("states named by code only (no name established for the code)", byCode);
    }
    if (parties.furtherActorIds() > 0) {
      report.count("further UCDP actor ids of a state (the first kept)",
          parties.furtherActorIds());
    }
    report.count("territories", territories.size());
    return report.build();
  }

  /**
   * Resolves and assembles the conflicts of {@code kept}; rejects each conflict whose rows do
   * not fit together, removing its rows from {@code kept}, and starts again without it. Returns
   * what the assembly counted.
   */
  private Multiset<String> assemble(List<AcdRow> kept, PartyMentions mentions,
      ImportReport.Builder report) {
    while (true) {
      parties = new PartyResolver(mentions);
      territories.clear();
      conflicts.clear();
      topLevel.clear();
      Multiset<String> notes = HashMultiset.create();
      Map<String, List<ConflictYear>> byConflict = new TreeMap<>(NUMERIC);
      for (AcdRow r : kept) {
        byConflict.computeIfAbsent(r.conflictId(), k -> new ArrayList<>()).add(resolve(r));
      }
      Map<String, String> failed = new LinkedHashMap<>();
      byConflict.forEach((id, ys) -> {
        ys.sort(Comparator.comparingInt(ConflictYear::year));
        try {
          List<Conflict> built = assembler.assemble(id, ys, notes);
          conflicts.addAll(built);
          topLevel.put(built.get(0).id(), built.get(0));
        } catch (IllegalArgumentException e) { // the domain's refusal of the whole
          failed.put(id, e.getMessage());
        }
      });
      if (failed.isEmpty()) {
        return notes;
      }
      kept.removeIf(r -> {
        String why = failed.get(r.conflictId());
        if (why != null) {
          report.reject(new Rejection(r.line(), Optional.empty(), "conflict " + r.conflictId()
              + ": its rows do not make one conflict: " + why, false));
          rejected.putIfAbsent(r.conflictId(), r.line());
        }
        return why != null;
      });
    }
  }

  private ConflictYear resolve(AcdRow r) {
    List<PartyId> sideA = parties.resolve(r.sideA());
    List<PartyId> sideB = parties.resolve(r.sideB());
    List<PartyId> supportA = parties.resolve(r.supportA());
    List<PartyId> supportB = parties.resolve(r.supportB());
    Optional<TerritoryId> territory =
        r.territory().map(name -> territories.computeIfAbsent(name, this::territoryId));
    return new ConflictYear(r.line(), r.year(), sideA, sideB, supportA, supportB,
        r.incompatibility(), territory, r.intensity(), r.type(), r.episodeStart(),
        r.episodeEnds(), r.episodeEnd(), r.location());
  }

  /** The id of the row's conflict, if its field can be read: for rejecting the conflict. */
  private static Optional<String> conflictId(CsvTable t, CsvReader.Row row) {
    try {
      return Optional.of(id(t, row));
    } catch (FieldException e) {
      return Optional.empty();
    }
  }

  private static String id(CsvTable t, CsvReader.Row row) {
    return Integer.toString(PartyMentions.positive("conflict_id", t.get(row, "conflict_id")));
  }

  /** Returns the name of the ACD file imported. */
  String file() {
    return file;
  }

  /** Returns the parties of the conflicts imported. */
  PartyResolver parties() {
    return parties;
  }

  /** Returns the conflicts and their episodes, each conflict followed by its episodes. */
  List<Conflict> conflicts() {
    return conflicts;
  }

  /** Returns the conflict (not an episode) with {@code id}, if it was imported. */
  Optional<Conflict> conflict(ConflictId id) {
    return Optional.ofNullable(topLevel.get(id));
  }

  /**
   * Returns the line of the row with which the conflict numbered {@code id} was rejected, if
   * it was.
   */
  Optional<Integer> rejectedWith(String id) {
    return Optional.ofNullable(rejected.get(id));
  }

  /** Returns the territories at stake, in the order first named. */
  List<Territory> territories() {
    List<Territory> out = new ArrayList<>();
    territories.forEach((name, id) -> out.add(
        Territory.builder().id(id).name(name).kind(TerritoryKind.REGION).build()));
    return out;
  }

  private static AcdRow row(CsvTable t, CsvReader.Row row, PartyMentions mentions) {
    Multiset<String> notes = HashMultiset.create();
    String conflictId = id(t, row);
    int year = t.integer(row, "year");
    Dates.year("year", year);
    List<PartyMentions.Mention> sideA =
        mentions.primaries(t, row, "side_a", "side_a_id", "gwno_a", notes);
    List<PartyMentions.Mention> sideB =
        mentions.primaries(t, row, "side_b", "side_b_id", "gwno_b", notes);
    List<PartyMentions.Mention> supportA =
        mentions.supporters(t, row, "side_a_2nd", "gwno_a_2nd", notes);
    List<PartyMentions.Mention> supportB =
        mentions.supporters(t, row, "side_b_2nd", "gwno_b_2nd", notes);
    int inc = t.integer(row, "incompatibility");
    Incompatibility incompatibility = switch (inc) {
      case 1 -> Incompatibility.TERRITORY;
      case 2 -> Incompatibility.GOVERNMENT;
      case 3 -> Incompatibility.TERRITORY_AND_GOVERNMENT;
      default -> throw new FieldException("incompatibility",
          "incompatibility = \"" + inc + "\": not 1, 2 or 3");
    };
    Optional<String> territory = Optional.empty();
    String tname = t.get(row, "territory_name").strip();
    if (inc != 2 && !tname.isEmpty()) {
      territory = Optional.of(territoryName(tname));
    } else if (inc != 2) {
      notes.add("territorial incompatibility without territory_name");
    }
    int level = t.integer(row, "intensity_level");
    if (level != 1 && level != 2) {
      throw new FieldException("intensity_level",
          "intensity_level = \"" + level + "\": not 1 or 2");
    }
    int type = t.integer(row, "type_of_conflict");
    if (type < 1 || type > 4) {
      throw new FieldException("type_of_conflict",
          "type_of_conflict = \"" + type + "\": not 1 to 4");
    }
    // The conflict's first start is checked and its precision counted; the conflict itself has
    // no period in the model (docs/ucdp.md), only its episodes do.
    date(t, row, "start_date", "start_prec", notes);
    LocalDate start2 = Dates.date("start_date2", t.get(row, "start_date2"));
    FuzzyTime episodeStart = date(t, row, "start_date2", "start_prec2", notes);
    if (year < start2.getYear()) {
      throw new FieldException("year",
          "year = \"" + year + "\": before the episode's start_date2 " + start2);
    }
    int epEnd = t.integer(row, "ep_end");
    if (epEnd != 0 && epEnd != 1) {
      throw new FieldException("ep_end", "ep_end = \"" + epEnd + "\": not 0 or 1");
    }
    Optional<FuzzyTime> end = Optional.empty();
    if (epEnd == 1) {
      String d = t.get(row, "ep_end_date").strip();
      if (d.isEmpty()) {
        notes.add("episode ends without ep_end_date, read as the year");
        end = Optional.of(Dates.year("year", year));
      } else {
        LocalDate day = Dates.date("ep_end_date", d);
        if (day.getYear() != year) {
          throw new FieldException("ep_end_date",
              "ep_end_date = \"" + d + "\": not in the row's year " + year);
        }
        if (day.isBefore(start2)) {
          throw new FieldException("ep_end_date",
              "ep_end_date = \"" + d + "\": before start_date2 " + start2);
        }
        // ep_end_prec is empty throughout 23.1: the date is taken as the day it names.
        end = Optional.of(FuzzyTime.onDay(day));
        if (!t.has(EP_END_PREC) || t.get(row, EP_END_PREC).isBlank()) {
          notes.add("ep_end_date without precision code, read as its day");
        }
      }
    }
    return new AcdRow(row.line(), conflictId, year, sideA, sideB, supportA, supportB,
        incompatibility, territory, level == 2 ? Intensity.WAR : Intensity.MINOR,
        ConflictType.values()[type - 1], episodeStart, epEnd == 1, end,
        t.get(row, "location").strip(), ImmutableMultiset.copyOf(notes));
  }

  /**
   * Returns the date in {@code column}: its day if {@code precColumn} is 1, else its year
   * (counted).
   */
  private static FuzzyTime date(CsvTable t, CsvReader.Row row, String column, String precColumn,
      Multiset<String> notes) {
    LocalDate d = Dates.date(column, t.get(row, column));
    String prec = t.get(row, precColumn).strip();
    if (prec.equals("1")) {
      return FuzzyTime.onDay(d);
    }
    notes.add(precColumn + " code " + (prec.isEmpty() ? "(empty)" : prec) + " read as the year");
    return Dates.year(column, d.getYear());
  }

  /** Checks that a territory may have {@code name} (the domain's own rules) and returns it. */
  private static String territoryName(String name) {
    try {
      Territory.builder().id(TerritoryId.of("name-check")).name(name).kind(TerritoryKind.REGION)
          .build();
    } catch (IllegalArgumentException e) {
      throw new FieldException("territory_name",
          "territory_name = \"" + name + "\": " + e.getMessage());
    }
    return name;
  }

  /** Returns a new id from the name's slug, numbered when two names share a slug. */
  private TerritoryId territoryId(String name) {
    String slug = slug(name);
    String base = "ucdp-territory-" + (slug.isEmpty() ? "unnamed" : slug);
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
