package dev.disputemodel.ucdp;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Imports the UCDP/PRIO Armed Conflict Dataset 23.1 and the UCDP Peace Agreement Dataset 22.1
 * from their CSV files. The mapping (docs/ucdp.md):
 *
 * <ul>
 *   <li>Each {@code conflict_id} becomes a {@link Conflict} {@code ucdp-N}, and each episode
 *       (a run of conflict-years that begins with a new {@code start_date2} and ends in the year
 *       whose {@code ep_end} is 1) a child conflict {@code ucdp-N-YYYY} (YYYY the episode's first
 *       year) with its period, sides, type, intensity per year and territory. UCDP codes the
 *       type per year; a conflict or episode that was internationalized in any of its years is
 *       internationalized, otherwise it has its last year's type.
 *   <li>Primary parties ({@code side_a}, {@code side_b}) are zipped by position with their UCDP
 *       actor ids ({@code side_a_id}, {@code side_b_id}); governments also with their
 *       Gleditsch–Ward numbers ({@code gwno_a}, {@code gwno_b}). States supporting a side with
 *       troops ({@code side_a_2nd}, {@code side_b_2nd}) are zipped with {@code gwno_a_2nd},
 *       {@code gwno_b_2nd} and become {@link Supporter}s of type {@link SupportType#TROOPS} for
 *       the years UCDP records them.
 *   <li>A state is one party whether it appears as a primary party or a supporter: its id is
 *       {@code gw-N} by Gleditsch–Ward number; a non-state actor's is {@code actor-N}.
 *   <li>Territorial incompatibilities (1 and 3) put a {@link Territory} named by
 *       {@code territory_name} at stake.
 *   <li>A date with precision code 1 is its day; any other code is read as the date's year (the
 *       codebook's finer codes are not relied on), and counted in the report.
 *   <li>Peace agreements: every agreement becomes an {@link EventKind#AGREEMENT} event keeping its
 *       name and third-party text ({@code pa_3rd}); one with {@code cease} = 1 also becomes a
 *       {@link Ceasefire} {@code ucdp-pa-N} with its date, signatories and end date; third parties
 *       become {@link Mediator}s only where a sentence names a role and a state already known.
 * </ul>
 *
 * <p>Every fact names the dataset release as its source. Stateless; thread-safe.
 */
public final class UcdpImporter {
  private UcdpImporter() {}

  /** The ACD release's source id. */
  public static final SourceId ACD_SOURCE = SourceId.of("ucdp-prio-acd-23.1");
  /** The peace agreement release's source id. */
  public static final SourceId PA_SOURCE = SourceId.of("ucdp-peace-agreements-22.1");

  static final String ACD_CITATION = "Davies, Shawn, Therése Pettersson & Magnus Öberg (2023),"
      + " \"Organized violence 1989–2022\", Journal of Peace Research 60(4); Gleditsch, Nils"
      + " Petter et al. (2002), \"Armed Conflict 1946–2001: A New Dataset\", Journal of Peace"
      + " Research 39(5). CC BY 4.0.";
  static final String PA_CITATION = "Pettersson, Therése, Stina Högbladh & Magnus Öberg (2019),"
      + " \"Organized violence, 1989–2018 and peace agreements\", Journal of Peace Research"
      + " 56(4). CC BY 4.0.";

  private static final List<String> ACD_COLUMNS = List.of("conflict_id", "location", "side_a",
      "side_a_id", "side_a_2nd", "side_b", "side_b_id", "side_b_2nd", "incompatibility",
      "territory_name", "year", "intensity_level", "type_of_conflict", "start_date",
      "start_prec", "start_date2", "start_prec2", "ep_end", "ep_end_date", "gwno_a",
      "gwno_a_2nd", "gwno_b", "gwno_b_2nd");
  private static final List<String> PA_COLUMNS = List.of("paid", "conflict_id", "actor_id",
      "actor_name", "pa_name", "pa_date", "pa_3rd", "cease", "ended", "duration");

  /**
   * Imports the ACD file {@code acd}.
   *
   * @throws UcdpImportException if a required column is missing or the CSV is broken
   * @throws IOException if the file cannot be read
   */
  public static UcdpImport importAcd(Path acd) throws IOException {
    Importer im = new Importer();
    ImportReport report = im.acd(acd);
    return new UcdpImport(im.model(), List.of(report));
  }

  /**
   * Imports the ACD file {@code acd}, then the peace agreements {@code agreements}, linked to
   * the ACD's conflicts and parties.
   *
   * @throws UcdpImportException if a required column is missing or the CSV is broken
   * @throws IOException if a file cannot be read
   */
  public static UcdpImport importAll(Path acd, Path agreements) throws IOException {
    Importer im = new Importer();
    ImportReport a = im.acd(acd);
    ImportReport p = im.agreements(agreements);
    return new UcdpImport(im.model(), List.of(a, p));
  }

  /** Splits a comma list; commas inside parentheses do not split ("CPP, Military faction (a, b)"). */
  static List<String> splitNames(String text) {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (ch == ',' && depth == 0) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }

  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();

  /** The state of one import; one per call. */
  private static final class Importer {
    private final Map<PartyId, Party.Builder> parties = new LinkedHashMap<>();
    private final Map<PartyId, Set<String>> partyNames = new HashMap<>();
    private final Map<Integer, PartyId> byActor = new HashMap<>();
    private final Map<String, TerritoryId> territories = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Set<ConflictId> conflictIds = new LinkedHashSet<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Ceasefire> ceasefires = new ArrayList<>();
    private final List<Mediator> mediators = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    DisputeModel model() {
      List<Party> built = new ArrayList<>();
      parties.forEach((id, b) -> {
        List<String> names = new ArrayList<>(
            partyNames.containsKey(id) ? partyNames.get(id) : weakNames.get(id));
        built.add(b.name(names.get(0)).addAllAliases(names.subList(1, names.size())).build());
      });
      List<Territory> ts = new ArrayList<>();
      territories.forEach((name, id) -> ts.add(
          Territory.builder().id(id).name(name).kind(TerritoryKind.REGION).build()));
      return DisputeModel.builder().addAllParties(built).addAllTerritories(ts)
          .addAllConflicts(conflicts).addAllEvents(events).addAllCeasefires(ceasefires)
          .addAllMediators(mediators).addAllSources(sources).build();
    }

    // ---- ACD

    /** One conflict-year row, parsed. */
    private record Year(int line, int year, List<PartyId> sideA, List<PartyId> sideB,
        List<PartyId> supportA, List<PartyId> supportB, Optional<Incompatibility> incompat,
        Optional<TerritoryId> territory, Intensity intensity, ConflictType type,
        FuzzyTime start, FuzzyTime episodeStart, boolean episodeEnds,
        Optional<FuzzyTime> episodeEnd, String location) {}

    ImportReport acd(Path file) throws IOException {
      ImportReport.Builder report = new ImportReport.Builder(file.getFileName().toString());
      sources.add(Source.builder().id(ACD_SOURCE).kind(SourceKind.DATASET_RELEASE)
          .title("UCDP/PRIO Armed Conflict Dataset, version 23.1")
          .publisher("Uppsala Conflict Data Program (UCDP) and Peace Research Institute Oslo"
              + " (PRIO)")
          .published(FuzzyTime.inYear(java.time.Year.of(2023))).citation(ACD_CITATION).build());
      Table t = Table.read(file, ACD_COLUMNS);
      learnStateCodes(t);
      Map<String, List<Year>> byConflict = new TreeMap<>((a, b) -> {
        int c = Integer.compare(a.length(), b.length());
        return c != 0 ? c : a.compareTo(b);
      });
      for (CsvReader.Row row : t.rows) {
        report.read();
        try {
          Year y = year(t, row, report);
          byConflict.computeIfAbsent(t.get(row, "conflict_id"), k -> new ArrayList<>()).add(y);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          report.reject(row.line(), e.getMessage());
        }
      }
      byConflict.forEach((id, years) -> {
        years.sort((a, b) -> Integer.compare(a.year, b.year));
        try {
          conflict(id, years, report);
        } catch (DisputeModelException e) {
          // A conflict whose rows do not fit together is rejected row by row, never dropped.
          years.forEach(y -> report.reject(y.line, "conflict " + id + ": " + e.getMessage()));
        }
      });
      report.count("conflicts", (int) conflicts.stream().filter(c -> c.parent().isEmpty()).count());
      report.count("episodes", (int) conflicts.stream().filter(c -> c.parent().isPresent()).count());
      report.count("parties", parties.size());
      report.count("territories", territories.size());
      return report.build();
    }

    /** Gleditsch–Ward numbers of state names, learnt from lists of one name and one code. */
    private final Map<String, Integer> codeOfName = new HashMap<>();
    /** Names zipped with a code by position only: used for a party only if it has no other. */
    private final Set<String> unverified = new java.util.HashSet<>();
    private final Map<PartyId, Set<String>> weakNames = new HashMap<>();

    /**
     * Learns each state's code from the rows where a list holds one name and one code. In 23.1
     * a list of several names is sorted by name and its codes by number, so zipping them by
     * position pairs the wrong ones (conflict 418, 2002: "Government of Afghanistan" first,
     * code 20 first); several-name lists are matched through these codes instead.
     */
    private void learnStateCodes(Table t) {
      for (CsvReader.Row row : t.rows) {
        for (String[] c : new String[][] {{"side_a", "gwno_a"}, {"side_b", "gwno_b"},
            {"side_a_2nd", "gwno_a_2nd"}, {"side_b_2nd", "gwno_b_2nd"}}) {
          List<String> n = splitNames(t.get(row, c[0]));
          List<String> g = COMMA.splitToList(t.get(row, c[1]));
          if (n.size() == 1 && g.size() == 1 && n.get(0).startsWith("Government of ")) {
            try {
              codeOfName.putIfAbsent(n.get(0), Integer.parseInt(g.get(0)));
            } catch (NumberFormatException e) {
              // the row itself is rejected with its reason when it is imported
            }
          }
        }
      }
    }

    /**
     * Returns the codes of {@code names} in order: by position for one name, else through the
     * learnt codes when they account for every name and code; else by position, counted.
     */
    private List<Integer> codes(List<String> names, List<String> codes, String column,
        ImportReport.Builder report) {
      List<Integer> given = new ArrayList<>();
      for (String c : codes) {
        given.add(Integer.parseInt(c));
      }
      if (names.size() <= 1) {
        return given;
      }
      List<Integer> matched = new ArrayList<>();
      for (String name : names) {
        matched.add(codeOfName.get(name));
      }
      if (!matched.contains(null) && new java.util.HashSet<>(matched).equals(new java.util.HashSet<>(given))) {
        if (!matched.equals(given)) {
          report.count(column + " lists matched by name, not position");
        }
        return matched;
      }
      report.count(column + " lists zipped by position (names not all known)");
      unverified.addAll(names);
      return given;
    }

    private Year year(Table t, CsvReader.Row row, ImportReport.Builder report) {
      String conflict = t.get(row, "conflict_id");
      int year = integer(t, row, "year");
      List<PartyId> sideA = primaries(t, row, "side_a", "side_a_id", "gwno_a", report);
      List<PartyId> sideB = primaries(t, row, "side_b", "side_b_id", "gwno_b", report);
      List<PartyId> supportA = supporters(t, row, "side_a_2nd", "gwno_a_2nd", report);
      List<PartyId> supportB = supporters(t, row, "side_b_2nd", "gwno_b_2nd", report);
      int inc = integer(t, row, "incompatibility");
      Optional<Incompatibility> incompat = Optional.ofNullable(
          inc == 1 ? Incompatibility.TERRITORY : inc == 2 ? Incompatibility.GOVERNMENT
              : inc == 3 ? Incompatibility.TERRITORY_AND_GOVERNMENT : null);
      if (incompat.isEmpty()) {
        throw new IllegalArgumentException("incompatibility = \"" + inc + "\": not 1, 2 or 3");
      }
      Optional<TerritoryId> territory = Optional.empty();
      String tname = t.get(row, "territory_name").strip();
      if (inc != 2 && !tname.isEmpty()) {
        territory = Optional.of(territories.computeIfAbsent(tname, this::territoryId));
      } else if (inc != 2) {
        report.count("territorial incompatibility without territory_name");
      }
      int level = integer(t, row, "intensity_level");
      if (level != 1 && level != 2) {
        throw new IllegalArgumentException("intensity_level = \"" + level + "\": not 1 or 2");
      }
      int type = integer(t, row, "type_of_conflict");
      if (type < 1 || type > 4) {
        throw new IllegalArgumentException("type_of_conflict = \"" + type + "\": not 1 to 4");
      }
      FuzzyTime start = date(t, row, "start_date", "start_prec", report);
      FuzzyTime episodeStart = date(t, row, "start_date2", "start_prec2", report);
      boolean ends = integer(t, row, "ep_end") == 1;
      Optional<FuzzyTime> end = Optional.empty();
      if (ends) {
        String d = t.get(row, "ep_end_date");
        if (d.isBlank()) {
          report.count("episode ends without ep_end_date, read as the year");
          end = Optional.of(FuzzyTime.inYear(java.time.Year.of(year)));
        } else {
          // ep_end_prec is empty throughout 23.1: the date is taken as the day it names.
          end = Optional.of(FuzzyTime.onDay(LocalDate.parse(d)));
          if (t.get(row, "ep_end_prec").isBlank()) {
            report.count("ep_end_date without precision code, read as its day");
          }
        }
      }
      return new Year(row.line(), year, sideA, sideB, supportA, supportB, incompat, territory,
          level == 2 ? Intensity.WAR : Intensity.MINOR, ConflictType.values()[type - 1], start,
          episodeStart, ends, end, t.get(row, "location").strip());
    }

    private List<PartyId> primaries(Table t, CsvReader.Row row, String names, String ids,
        String gwnos, ImportReport.Builder report) {
      List<String> n = splitNames(t.get(row, names));
      List<String> i = COMMA.splitToList(t.get(row, ids));
      if (n.size() != i.size()) {
        if (i.size() == 1) {
          n = List.of(t.get(row, names).strip()); // one actor whose name has commas
          report.count("names with commas taken whole (one actor id)");
        } else {
          throw new IllegalArgumentException(names + " = \"" + t.get(row, names) + "\" has "
              + n.size() + " names but " + ids + " = \"" + t.get(row, ids) + "\" has " + i.size()
              + " ids");
        }
      }
      List<String> gw = COMMA.splitToList(t.get(row, gwnos));
      long governments = n.stream().filter(s -> s.startsWith("Government of ")).count();
      boolean zipGw = governments == n.size() && gw.size() == n.size();
      List<Integer> codes = zipGw ? codes(n, gw, gwnos, report) : List.of();
      List<PartyId> out = new ArrayList<>();
      for (int k = 0; k < n.size(); k++) {
        int actor = Integer.parseInt(i.get(k));
        int g = zipGw ? codes.get(k) : -1;
        out.add(party(n.get(k), actor, g, n.get(k).startsWith("Government of ")));
      }
      return out;
    }

    private List<PartyId> supporters(Table t, CsvReader.Row row, String names, String gwnos,
        ImportReport.Builder report) {
      List<String> n = splitNames(t.get(row, names));
      List<String> gw = COMMA.splitToList(t.get(row, gwnos));
      if (n.size() != gw.size()) {
        throw new IllegalArgumentException(names + " = \"" + t.get(row, names) + "\" has "
            + n.size() + " names but " + gwnos + " = \"" + t.get(row, gwnos) + "\" has "
            + gw.size() + " codes");
      }
      List<Integer> codes = codes(n, gw, gwnos, report);
      List<PartyId> out = new ArrayList<>();
      for (int k = 0; k < n.size(); k++) {
        out.add(party(n.get(k), -1, codes.get(k), true));
      }
      return out;
    }

    /** Returns the party, creating or enriching it: a state by GW number, else by actor id. */
    private PartyId party(String name, int actor, int gw, boolean state) {
      PartyId id;
      if (gw > 0) {
        id = PartyId.of("gw-" + gw);
      } else if (actor > 0 && byActor.containsKey(actor)) {
        id = byActor.get(actor);
      } else {
        id = PartyId.of("actor-" + actor);
      }
      Party.Builder b = parties.computeIfAbsent(id, k -> {
        Party.Builder nb = Party.builder().id(k)
            .kind(state ? PartyKind.STATE : PartyKind.ARMED_GROUP);
        if (gw > 0) {
          nb.gleditschWardNumber(gw);
        }
        return nb;
      });
      if (actor > 0 && !byActor.containsKey(actor)) {
        byActor.put(actor, id);
        b.ucdpActorId(actor);
      }
      if (gw > 0 && unverified.contains(name) && !Integer.valueOf(gw).equals(codeOfName.get(name))) {
        weakNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
      } else {
        partyNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
      }
      return id;
    }

    private void conflict(String id, List<Year> years, ImportReport.Builder report) {
      ConflictId cid = ConflictId.of("ucdp-" + id);
      Year first = years.get(0);
      Year last = years.get(years.size() - 1);
      // Episodes: a new one begins where start_date2 changes or the previous year ended one.
      List<List<Year>> episodes = new ArrayList<>();
      for (Year y : years) {
        List<Year> cur = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
        Year prev = cur == null ? null : cur.get(cur.size() - 1);
        if (prev == null || prev.episodeEnds || !prev.episodeStart.equals(y.episodeStart)) {
          if (prev != null && !prev.episodeEnds) {
            report.count("episodes begun without ep_end in the year before");
          }
          episodes.add(new ArrayList<>(List.of(y)));
        } else {
          cur.add(y);
        }
      }
      String name = first.location + ": " + last.territory.map(this::territoryName)
          .orElse(last.incompat.get() == Incompatibility.GOVERNMENT ? "government" : "territory");
      List<Conflict> children = new ArrayList<>();
      for (List<Year> ep : episodes) {
        Year e0 = ep.get(0);
        Year en = ep.get(ep.size() - 1);
        ConflictId eid = ConflictId.of(cid.value() + "-" + e0.year);
        FuzzyPeriod period = en.episodeEnd.isPresent()
            ? FuzzyPeriod.of(e0.episodeStart, en.episodeEnd.get())
            : FuzzyPeriod.since(e0.episodeStart);
        children.add(build(eid, name + ", episode from " + e0.year, Optional.of(cid), ep,
            Optional.of(period)));
      }
      // The conflict (the incompatibility) has no period: UCDP dates only its active episodes,
      // and agreements are signed when fighting has stopped (docs/ucdp.md).
      conflicts.add(build(cid, name, Optional.empty(), years, Optional.empty()));
      conflicts.addAll(children);
      conflictIds.add(cid);
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

    private Conflict build(ConflictId id, String name, Optional<ConflictId> parent,
        List<Year> years, Optional<FuzzyPeriod> period) {
      Year last = years.get(years.size() - 1);
      Map<Integer, Intensity> byYear = new TreeMap<>();
      Set<TerritoryId> stake = new LinkedHashSet<>();
      for (Year y : years) {
        byYear.put(y.year, y.intensity);
        y.territory.ifPresent(stake::add);
      }
      Intensity max = byYear.containsValue(Intensity.WAR) ? Intensity.WAR : Intensity.MINOR;
      return Conflict.builder().id(id).name(name).parent(parent).type(coveringType(years))
          .incompatibility(last.incompat).addSides(side("A", years, true))
          .addSides(side("B", years, false)).addAllTerritoriesAtStake(stake).period(period)
          .intensity(max).putAllIntensityByYear(byYear).addSources(ACD_SOURCE).build();
    }

    /**
     * The type of a conflict or episode that spans several UCDP years: UCDP codes the type per
     * year, while sides collect the supporters of every year. An intrastate conflict that was
     * internationalized in any of its years is internationalized (its troop supporters are on
     * its sides); otherwise the last year's type.
     */
    private static ConflictType coveringType(List<Year> years) {
      ConflictType last = years.get(years.size() - 1).type;
      boolean internationalized =
          years.stream().anyMatch(y -> y.type == ConflictType.INTERNATIONALIZED_INTRASTATE);
      return last == ConflictType.INTRASTATE && internationalized
          ? ConflictType.INTERNATIONALIZED_INTRASTATE
          : last;
    }

    /** A side: every primary party of its years, and each supporter for each run of years. */
    private Side side(String label, List<Year> years, boolean a) {
      Set<PartyId> primaries = new LinkedHashSet<>();
      Map<PartyId, List<Integer>> supportYears = new LinkedHashMap<>();
      for (Year y : years) {
        primaries.addAll(a ? y.sideA : y.sideB);
        for (PartyId s : a ? y.supportA : y.supportB) {
          supportYears.computeIfAbsent(s, k -> new ArrayList<>()).add(y.year);
        }
      }
      Side.Builder b = Side.builder().label(label).addAllPrimaries(primaries);
      supportYears.forEach((party, ys) -> {
        int runStart = ys.get(0);
        for (int k = 1; k <= ys.size(); k++) {
          if (k == ys.size() || ys.get(k) != ys.get(k - 1) + 1) {
            b.addSupporters(Supporter.builder().party(party).type(SupportType.TROOPS)
                .period(FuzzyPeriod.of(FuzzyTime.inYear(java.time.Year.of(runStart)), FuzzyTime.inYear(java.time.Year.of(ys.get(k - 1)))))
                .source(ACD_SOURCE).build());
            if (k < ys.size()) {
              runStart = ys.get(k);
            }
          }
        }
      });
      return b.build();
    }

    // ---- peace agreements

    ImportReport agreements(Path file) throws IOException {
      ImportReport.Builder report = new ImportReport.Builder(file.getFileName().toString());
      sources.add(Source.builder().id(PA_SOURCE).kind(SourceKind.DATASET_RELEASE)
          .title("UCDP Peace Agreement Dataset, version 22.1")
          .publisher("Uppsala Conflict Data Program (UCDP)")
          .published(FuzzyTime.inYear(java.time.Year.of(2022))).citation(PA_CITATION).build());
      Table t = Table.read(file, PA_COLUMNS);
      for (CsvReader.Row row : t.rows) {
        report.read();
        try {
          agreement(t, row, report);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          report.reject(row.line(), "paid " + t.get(row, "paid") + ": " + e.getMessage());
        }
      }
      return report.build();
    }

    private void agreement(Table t, CsvReader.Row row, ImportReport.Builder report) {
      String paid = t.get(row, "paid").strip();
      List<String> conflictIdsText = COMMA.splitToList(t.get(row, "conflict_id"));
      if (conflictIdsText.isEmpty()) {
        throw new IllegalArgumentException("conflict_id is empty");
      }
      ConflictId conflict = ConflictId.of("ucdp-" + conflictIdsText.get(0));
      if (!conflictIds.contains(conflict)) {
        throw new IllegalArgumentException(
            "conflict_id = \"" + conflictIdsText.get(0) + "\": not a conflict of the ACD");
      }
      if (conflictIdsText.size() > 1) {
        report.count("agreements naming several conflicts, linked to the first");
      }
      FuzzyTime date = FuzzyTime.onDay(LocalDate.parse(t.get(row, "pa_date").strip()));
      String name = clean(t.get(row, "pa_name"));
      if (name.isEmpty()) {
        throw new IllegalArgumentException("pa_name is empty");
      }
      // actor_id lists every actor of the agreement, witnesses and organizations included
      // (paid 1008, the Algiers accord, lists the UN, OAU, EU and Algeria): only the parties on a
      // side of the conflict in the ACD are taken as its signatories.
      Set<PartyId> belligerents = new java.util.HashSet<>();
      conflicts.stream().filter(c -> c.id().equals(conflict)).findFirst()
          .ifPresent(c -> belligerents.addAll(c.parties()));
      Set<PartyId> signatories = new LinkedHashSet<>();
      for (String actor : COMMA.splitToList(t.get(row, "actor_id"))) {
        PartyId p = byActor.get(Integer.parseInt(actor));
        if (p == null) {
          report.count("actor ids not in the ACD (not signatories)");
        } else if (!belligerents.contains(p)) {
          report.count("actor ids on no side of the conflict (not signatories)");
        } else {
          signatories.add(p);
        }
      }
      String third = clean(t.get(row, "pa_3rd"));
      String description = "UCDP peace agreement " + paid + ": " + name
          + (third.isEmpty() ? "" : ". Third parties (pa_3rd): " + third);
      events.add(Event.builder().id(EventId.of("ucdp-pa-" + paid + "-signed")).conflict(conflict)
          .kind(EventKind.AGREEMENT).time(date).addAllParticipants(signatories)
          .description(description).source(PA_SOURCE).build());
      report.count("agreements imported as events");
      if (!third.isEmpty()) {
        report.count("third-party texts kept in the event description");
      }
      if (!"1".equals(t.get(row, "cease").strip())) {
        return;
      }
      CeasefireId cid = CeasefireId.of("ucdp-pa-" + paid);
      Ceasefire.Builder cf = Ceasefire.builder().id(cid).name(name).conflict(conflict)
          .addAllSignatories(signatories).agreed(date).source(PA_SOURCE);
      String ended = t.get(row, "ended").strip();
      if (ended.equals("True")) {
        String d = t.get(row, "duration").strip();
        if (d.isEmpty()) {
          report.count("ceasefires ended without an end date");
        } else {
          cf.ended(FuzzyTime.onDay(LocalDate.parse(d)));
        }
      }
      ceasefires.add(cf.build());
      report.count("ceasefires");
      mediators(third, conflict, cid, paid, report);
    }

    /** Mediators where a sentence of pa_3rd names a role and a known state. */
    private void mediators(String third, ConflictId conflict, CeasefireId ceasefire, String paid,
        ImportReport.Builder report) {
      if (third.isEmpty()) {
        return;
      }
      boolean anyRole = false;
      int n = 0;
      for (String sentence : SENTENCE.split(third)) {
        Optional<MediatorRole> role = role(sentence);
        if (role.isEmpty()) {
          continue;
        }
        anyRole = true;
        for (Map.Entry<String, PartyId> state : stateNames().entrySet()) {
          if (Pattern.compile("\\b" + Pattern.quote(state.getKey()) + "\\b")
              .matcher(sentence).find()) {
            n++;
            mediators.add(Mediator.builder().id(MediatorId.of("ucdp-pa-" + paid + "-m" + n))
                .party(state.getValue()).role(role.get()).conflict(conflict)
                .ceasefire(ceasefire).source(PA_SOURCE).build());
          }
        }
      }
      if (!anyRole) {
        report.count("third-party texts without a named role (no mediator)");
      } else if (n == 0) {
        report.count("third-party texts with a role but no known state (no mediator)");
      } else {
        report.count("mediators from third-party texts", n);
      }
    }

    private Map<String, PartyId> stateNames;

    /** Short names of the ACD's states: "Government of Pakistan" is "Pakistan". */
    private Map<String, PartyId> stateNames() {
      if (stateNames == null) {
        stateNames = new LinkedHashMap<>();
        partyNames.forEach((id, names) -> {
          if (id.value().startsWith("gw-")) {
            for (String nm : names) {
              if (nm.startsWith("Government of ")) {
                String shortName = nm.substring("Government of ".length()).strip();
                if (!shortName.contains("(") && !shortName.isEmpty()) {
                  stateNames.putIfAbsent(shortName, id);
                }
              }
            }
          }
        });
      }
      return stateNames;
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.;])\\s+|\\n");

    private static final ImmutableMap<String, MediatorRole> ROLE_WORDS =
        ImmutableMap.<String, MediatorRole>builder()
            .put("broker", MediatorRole.BROKER)
            .put("mediat", MediatorRole.MEDIATOR)
            .put("guarant", MediatorRole.GUARANTOR)
            .put("facilitat", MediatorRole.FACILITATOR)
            .put("observ", MediatorRole.OBSERVER)
            .put("witness", MediatorRole.WITNESS)
            .put("arbitrat", MediatorRole.ARBITRATOR)
            .buildOrThrow();

    private static Optional<MediatorRole> role(String sentence) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      return ROLE_WORDS.entrySet().stream().filter(e -> lower.contains(e.getKey()))
          .map(Map.Entry::getValue).findFirst();
    }

    // ---- values

    private static int integer(Table t, CsvReader.Row row, String column) {
      String v = t.get(row, column).strip();
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(column + " = \"" + v + "\": not a whole number");
      }
    }

    private static FuzzyTime date(Table t, CsvReader.Row row, String column, String precColumn,
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
      return FuzzyTime.inYear(java.time.Year.of(d.getYear()));
    }

    private static String clean(String text) {
      return text.replaceAll("\\s+", " ").strip();
    }

    private static String slug(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-+|-+$", "");
    }
  }

  /** A CSV file with a header: rows by column name. */
  private static final class Table {
    final String file;
    final ImmutableMap<String, Integer> columns;
    final List<CsvReader.Row> rows;

    private Table(String file, ImmutableMap<String, Integer> columns, List<CsvReader.Row> rows) {
      this.file = file;
      this.columns = columns;
      this.rows = rows;
    }

    static Table read(Path path, List<String> required) throws IOException {
      String name = path.getFileName().toString();
      List<CsvReader.Row> all =
          CsvReader.read(Files.readString(path, StandardCharsets.UTF_8), name);
      if (all.isEmpty()) {
        throw new UcdpImportException(name + ": no header");
      }
      Map<String, Integer> cols = new LinkedHashMap<>();
      ImmutableList<String> header = all.get(0).fields();
      for (int i = 0; i < header.size(); i++) {
        cols.putIfAbsent(header.get(i).strip(), i); // "ref " and "return " carry a space
      }
      for (String c : required) {
        if (!cols.containsKey(c)) {
          throw new UcdpImportException(name + ": required column \"" + c + "\" missing");
        }
      }
      return new Table(name, ImmutableMap.copyOf(cols), all.subList(1, all.size()));
    }

    String get(CsvReader.Row row, String column) {
      int i = columns.get(column);
      if (i >= row.fields().size()) {
        throw new IllegalArgumentException("the row has " + row.fields().size()
            + " fields; column \"" + column + "\" is missing");
      }
      return row.fields().get(i);
    }
  }
}
