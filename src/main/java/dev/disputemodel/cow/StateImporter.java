package dev.disputemodel.cow;

import dev.disputemodel.IdScheme;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code states2016.csv}: one row per spell of membership in the state system. The spells
 * of one state code become one {@link PartyKind#STATE} party {@code cow-N}, named by its first
 * spell, with its code and abbreviation as external ids; its first spell's start is when it was
 * proclaimed and its last spell's end when it was dissolved, and the time between two spells an
 * interruption. A spell that begins on 1 January 1816, the first day of the list, began at a time
 * the list does not state; one that ends on 31 December 2016, the day to which v2016 extends
 * every state still in existence (codebook, "Version 2016"), has not ended. Not thread-safe.
 */
final class StateImporter {
  static final String CITATION = "Correlates of War Project. 2017. \"State System Membership"
      + " List, v2016.\" Online, http://correlatesofwar.org.";
  static final Source SOURCE = Source.builder().id(CowImporter.STATES_SOURCE)
      .kind(SourceKind.DATASET_RELEASE).title("State System Membership List, v2016")
      .publisher("Correlates of War Project").published(FuzzyTime.inYear(Year.of(2017)))
      .citation(CITATION).build();

  static final LocalDate LIST_BEGINS = LocalDate.of(1816, 1, 1);
  static final LocalDate LIST_ENDS = LocalDate.of(2016, 12, 31);

  private static final List<String> COLUMNS = List.of("stateabb", "ccode", "statenme", "styear",
      "stmonth", "stday", "endyear", "endmonth", "endday");

  /** One spell as read. */
  private record Spell(int line, String abbreviation, String name, LocalDate start, LocalDate end) {}

  private final Map<Integer, List<Spell>> spells = new LinkedHashMap<>();

  /** Returns the party id of the state with COW code {@code code}. */
  static PartyId id(int code) {
    return PartyId.of("cow-" + code);
  }

  ImportReport read(Path file) throws IOException {
    ImportReport.Builder report = ImportReport.builder(file.getFileName().toString());
    CowRows.read(file, COLUMNS, report, (t, row) -> spell(t, row, report));
    report.count("states", spells.size());
    report.count("states with several spells",
        (int) spells.values().stream().filter(s -> s.size() > 1).count());
    report.count("interruptions between spells",
        parties().stream().mapToInt(p -> p.interruptions().size()).sum());
    return report.build();
  }

  private void spell(CsvTable t, CsvReader.Row row, ImportReport.Builder report) {
    int code = t.integer(row, "ccode");
    if (code <= 0) {
      throw new CsvTable.FieldException("ccode", "ccode = " + code + ": not a positive state code");
    }
    String abbreviation = IdScheme.COW_STATE_ABBREVIATION.check("Party", t.get(row, "stateabb").strip());
    String name = t.get(row, "statenme").strip();
    if (name.isEmpty()) {
      throw new CsvTable.FieldException("statenme", "statenme is empty");
    }
    try {
      Checks.text("Party", "name", name); // the party's name rules, checked before any spell is kept
    } catch (InvalidValueException e) {
      throw new CsvTable.FieldException("statenme", e.getMessage());
    }
    LocalDate start = date(t, row, "styear", "stmonth", "stday");
    LocalDate end = date(t, row, "endyear", "endmonth", "endday");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the spell ends (" + end + ") before it starts (" + start + ")");
    }
    List<Spell> own = spells.computeIfAbsent(code, k -> new ArrayList<>());
    if (!own.isEmpty()) {
      Spell last = own.get(own.size() - 1);
      if (!start.isAfter(last.end())) {
        throw new IllegalArgumentException("ccode " + code + ": the spell from " + start
            + " does not begin after the spell of line " + last.line() + " ends (" + last.end() + ")");
      }
      report.count("rows merged into the party of an earlier spell");
    }
    own.add(new Spell(row.line(), abbreviation, name, start, end));
  }

  private static LocalDate date(CsvTable t, CsvReader.Row row, String y, String m, String d) {
    return LocalDate.of(t.year(row, y), t.integer(row, m), t.integer(row, d));
  }

  /** Returns the state parties, in the order of their first spell. */
  List<Party> parties() {
    List<Party> out = new ArrayList<>();
    spells.forEach((code, own) -> {
      Spell first = own.get(0);
      Spell last = own.get(own.size() - 1);
      Party.Builder b = Party.builder().id(id(code)).name(first.name()).kind(PartyKind.STATE)
          .cowStateCode(code).putExternalId(IdScheme.COW_STATE_ABBREVIATION, first.abbreviation());
      own.stream().map(Spell::name).distinct().skip(1).forEach(b::addAliases);
      if (!first.start().equals(LIST_BEGINS)) {
        b.proclaimed(FuzzyTime.onDay(first.start()));
      }
      if (!last.end().equals(LIST_ENDS)) {
        b.dissolved(FuzzyTime.onDay(last.end()));
      }
      for (int i = 1; i < own.size(); i++) {
        LocalDate from = own.get(i - 1).end().plusDays(1);
        LocalDate to = own.get(i).start().minusDays(1);
        if (!to.isBefore(from)) {
          b.addInterruptions(FuzzyPeriod.of(FuzzyTime.onDay(from), FuzzyTime.onDay(to)));
        }
      }
      out.add(b.build());
    });
    return out;
  }

  /** Returns true if a state with COW code {@code code} was read. */
  boolean has(int code) {
    return spells.containsKey(code);
  }

  /** Returns the name of the state with code {@code code} (its first spell's). */
  String name(int code) {
    return spells.get(code).get(0).name();
  }
}
