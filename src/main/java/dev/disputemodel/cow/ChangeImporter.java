package dev.disputemodel.cow;

import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.Estimate;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Portion;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code tc2018.csv}, one row per territorial change, into territories, parties that are not
 * states of the state list, {@link TerritorialChange}s and, per territory, the sovereignty
 * statuses the changes end and start. The codes and missing values follow the coding manual
 * ({@code tc-codebook.txt}); the mapping is in {@code docs/cow.md}. Not thread-safe.
 */
final class ChangeImporter {
  static final String CITATION = "Tir, Jaroslav, Philip Schafer, Paul Diehl & Gary Goertz (1998),"
      + " \"Territorial Changes, 1816-1996: Procedures and Data\", Conflict Management and Peace"
      + " Science 16:89-97.";
  static final Source SOURCE = Source.builder().id(CowImporter.CHANGES_SOURCE)
      .kind(SourceKind.DATASET_RELEASE)
      .title("Territorial Change data, 1816-2018")
      .publisher("Correlates of War Project").citation(CITATION).build();

  /** The id scheme of the COW codes of political entities that are not states of the list. */
  static final IdScheme COW_ENTITY = IdScheme.of("cow-entity");

  private static final List<String> COLUMNS = List.of("year", "month", "gainer", "procedur",
      "entity", "area", "pop", "portion", "loser", "number", "indep", "conflict");
  /** Codes the coding manual's Appendix A gives that the entities list extraction lacks. */
  private static final Map<Integer, String> ORGANIZATIONS =
      Map.of(0, "League of Nations", 1, "United Nations");
  private static final ChangeProcedure[] PROCEDURES = ChangeProcedure.values();

  private final StateImporter states;
  private final EntityNames entities;
  private final Map<PartyId, Party> otherParties = new LinkedHashMap<>();
  private final Map<TerritoryId, Territory.Builder> territories = new LinkedHashMap<>();
  private final List<TerritorialChange> changes = new ArrayList<>();

  ChangeImporter(StateImporter states, EntityNames entities) {
    this.states = states;
    this.entities = entities;
  }

  ImportReport read(Path file) throws IOException {
    ImportReport.Builder report = ImportReport.builder(file.getFileName().toString());
    CowRows.read(file, COLUMNS, report, (t, row) -> change(t, row, report));
    statuses(report);
    report.count("changes", changes.size());
    report.count("territories", territories.size());
    report.count("parties that are not states of the list", otherParties.size());
    return report.build();
  }

  private void change(CsvTable t, CsvReader.Row row, ImportReport.Builder report) {
    int number = t.integer(row, "number");
    FuzzyTime time = time(t, row);
    PartyId gainer = party(t.integer(row, "gainer"), "gainer");
    int loserCode = t.integer(row, "loser");
    Optional<PartyId> loser = loserCode == -9 ? Optional.empty() : Optional.of(party(loserCode, "loser"));
    if (loser.equals(Optional.of(gainer))) {
      throw new CsvTable.FieldException("loser", "gainer = loser = " + loserCode
          + ": a territory cannot change hands from a party to itself");
    }
    Optional<ChangeProcedure> procedure = procedure(t.integer(row, "procedur"));
    Optional<Portion> portion = portion(t.integer(row, "portion"));
    boolean independence = flag(t, row, "indep");
    boolean conflict = flag(t, row, "conflict");
    Optional<Estimate> area = area(t.get(row, "area").strip());
    Optional<Estimate> population = population(t.get(row, "pop").strip());
    String entity = t.get(row, "entity").strip();
    TerritoryId territory = territory(entity, number, portion);
    TerritorialChange c = TerritorialChange.builder()
        .id(TerritorialChangeId.of("cow-tc-" + number)).territory(territory).time(time)
        .gainer(gainer).loser(loser).procedure(procedure).portion(portion).areaSquareKm(area)
        .population(population).independence(independence).militaryConflict(conflict)
        .source(CowImporter.CHANGES_SOURCE).build();
    changes.add(c);
    // counted once the row is imported, so that a rejected row counts only as rejected
    if (c.time().precision() == Precision.YEAR) {
      report.count("month missing: the time is the year");
    }
    if (entity.equals(".") || entity.equals("-9")) {
      report.count("entity missing: a territory without a generally accepted name");
    }
    if (portion.equals(Optional.of(Portion.PART))) {
      report.count("partial transfers: a part of the entity");
    }
    if (area.isEmpty()) {
      report.count("area missing");
    } else if (area.get().wording().map(w -> w.startsWith("1 km2")).orElse(false)) {
      report.count("area 1 km2: small, not accounted for");
    }
    if (loser.isEmpty()) {
      report.count("loser -9: no political entity held it");
    }
    if (procedure.isEmpty()) {
      report.count("procedure -9: not applicable");
    }
    if (population.isEmpty()) {
      report.count("population missing");
    }
  }

  private static FuzzyTime time(CsvTable t, CsvReader.Row row) {
    int year = t.year(row, "year");
    String month = t.get(row, "month").strip();
    if (month.equals(".") || month.equals("-9")) {
      return FuzzyTime.inYear(Year.of(year));
    }
    return FuzzyTime.inMonth(YearMonth.of(year, t.integer(row, "month")));
  }

  /** Returns the party of a gainer or loser code, creating it for a code not in the state list. */
  private PartyId party(int code, String column) {
    if (states.has(code)) {
      return StateImporter.id(code);
    }
    PartyId id = StateImporter.id(code);
    if (otherParties.containsKey(id)) {
      return id;
    }
    String organization = ORGANIZATIONS.get(code);
    Optional<String> name = organization != null ? Optional.of(organization) : entities.name(code);
    if (name.isEmpty()) {
      throw new CsvTable.FieldException(column, column + " = " + code
          + ": in neither the state list nor the entities list");
    }
    otherParties.put(id, Party.builder().id(id).name(name.get())
        .kind(organization != null ? PartyKind.INTERNATIONAL_ORGANIZATION : PartyKind.OTHER)
        .putExternalId(COW_ENTITY, Integer.toString(code)).build());
    return id;
  }

  private static Optional<ChangeProcedure> procedure(int code) {
    if (code == -9) {
      return Optional.empty();
    }
    if (code < 1 || code > PROCEDURES.length) {
      throw new CsvTable.FieldException("procedur", "procedur = " + code + ": not 1 to 6 or -9");
    }
    return Optional.of(PROCEDURES[code - 1]);
  }

  private static Optional<Portion> portion(int code) {
    switch (code) {
      case 1:
        return Optional.of(Portion.WHOLE);
      case 0:
        return Optional.of(Portion.PART);
      case -9:
        return Optional.empty();
      default:
        throw new CsvTable.FieldException("portion", "portion = " + code + ": not 0, 1 or -9");
    }
  }

  private static boolean flag(CsvTable t, CsvReader.Row row, String column) {
    int v = t.integer(row, column);
    if (v != 0 && v != 1) {
      throw new CsvTable.FieldException(column, column + " = " + v + ": not 0 or 1");
    }
    return v == 1;
  }

  /**
   * The area in km²: whole numbers exactly; a fraction as the range of whole numbers around it,
   * keeping the figure as written; 1 km² as the manual's entry for small areas not accounted for.
   */
  private static Optional<Estimate> area(String text) {
    if (text.equals(".") || text.equals("-9")) {
      return Optional.empty();
    }
    BigDecimal a = decimal("area", text);
    if (a.compareTo(BigDecimal.ONE) == 0) {
      return Optional.of(Estimate.atMost(1).withWording(
          "1 km2, entered by the coding manual for small areas not accounted for"));
    }
    if (a.stripTrailingZeros().scale() <= 0) {
      return Optional.of(Estimate.exact(a.longValueExact()));
    }
    return Optional.of(Estimate.range(a.setScale(0, RoundingMode.FLOOR).longValueExact(),
        a.setScale(0, RoundingMode.CEILING).longValueExact()).withWording(text + " km2"));
  }

  private static Optional<Estimate> population(String text) {
    if (text.equals(".") || text.equals("-9")) {
      return Optional.empty();
    }
    BigDecimal p = decimal("pop", text);
    try {
      return Optional.of(Estimate.exact(p.longValueExact()));
    } catch (ArithmeticException e) {
      throw new CsvTable.FieldException("pop", "pop = \"" + text + "\": not a whole number");
    }
  }

  private static BigDecimal decimal(String column, String text) {
    try {
      BigDecimal d = new BigDecimal(text);
      if (d.signum() < 0) {
        throw new CsvTable.FieldException(column, column + " = \"" + text + "\": negative");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new CsvTable.FieldException(column, column + " = \"" + text + "\": not a number");
    }
  }

  /**
   * Returns the territory exchanged: the entity's, a part of it for a partial transfer, or, for
   * an entity coded missing (the manual: a territory with no generally accepted name), one of the
   * change's own.
   */
  private TerritoryId territory(String code, int number, Optional<Portion> portion) {
    if (code.equals(".") || code.equals("-9")) {
      TerritoryId id = TerritoryId.of("cow-tc-" + number + "-unnamed");
      territories.put(id, Territory.builder().id(id).kind(TerritoryKind.OTHER)
          .name("Territory without a generally accepted name (COW territorial change " + number + ")"));
      return id;
    }
    int entity;
    try {
      entity = Integer.parseInt(code);
    } catch (NumberFormatException e) {
      throw new CsvTable.FieldException("entity", "entity = \"" + code + "\": not a whole number");
    }
    Optional<String> name =
        states.has(entity) ? Optional.of(states.name(entity)) : entities.name(entity);
    if (name.isEmpty()) {
      throw new CsvTable.FieldException("entity", "entity = " + entity
          + ": in neither the state list nor the entities list");
    }
    TerritoryId whole = TerritoryId.of("cow-entity-" + entity);
    territories.computeIfAbsent(whole, id -> Territory.builder().id(id).name(name.get())
        .kind(states.has(entity) ? TerritoryKind.COUNTRY : TerritoryKind.REGION)
        .putExternalId(COW_ENTITY, Integer.toString(entity)));
    if (portion.equals(Optional.of(Portion.PART))) {
      TerritoryId part = TerritoryId.of("cow-tc-" + number + "-part");
      territories.put(part, Territory.builder().id(part).kind(TerritoryKind.REGION).parent(whole)
          .name("Part of " + name.get() + " (COW territorial change " + number + ")"));
      return part;
    }
    return whole;
  }

  /**
   * Adds to each territory the sovereignty statuses its changes end and start, in time order:
   * the loser's before the first change (its start unstated), each gainer's from its change to
   * the next (the last one ongoing). COW records who held a territory, not who recognized it: the
   * recognizers are an unstated count.
   */
  private void statuses(ImportReport.Builder report) {
    Map<TerritoryId, List<TerritorialChange>> byTerritory = new LinkedHashMap<>();
    changes.forEach(c -> byTerritory.computeIfAbsent(c.territory(), k -> new ArrayList<>()).add(c));
    byTerritory.forEach((territory, own) -> {
      own.sort(Comparator.comparing(TerritorialChange::time, FuzzyTime.ORDER));
      Territory.Builder b = territories.get(territory);
      TerritorialChange first = own.get(0);
      first.loser().ifPresent(l -> b.addSovereignty(status(l, FuzzyPeriod.until(first.time()))));
      for (int i = 1; i < own.size(); i++) {
        TerritorialChange previous = own.get(i - 1);
        TerritorialChange next = own.get(i);
        b.addSovereignty(status(previous.gainer(), FuzzyPeriod.of(previous.time(), next.time())));
        if (!next.loser().equals(Optional.of(previous.gainer()))) {
          report.count("changes whose loser is not the territory's previous gainer");
        }
      }
      TerritorialChange last = own.get(own.size() - 1);
      b.addSovereignty(status(last.gainer(), FuzzyPeriod.since(last.time())));
    });
  }

  private static SovereigntyStatus status(PartyId sovereign, FuzzyPeriod period) {
    return SovereigntyStatus.builder().sovereign(sovereign).recognizerCount(Estimate.unknown())
        .period(period).source(CowImporter.CHANGES_SOURCE).build();
  }

  List<Party> otherParties() {
    return List.copyOf(otherParties.values());
  }

  List<Territory> territories() {
    return territories.values().stream().map(Territory.Builder::build).toList();
  }

  List<TerritorialChange> changes() {
    return List.copyOf(changes);
  }
}
