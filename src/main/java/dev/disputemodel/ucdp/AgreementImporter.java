package dev.disputemodel.ucdp;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports the UCDP Peace Agreement Dataset 22.1 against an imported ACD: every agreement becomes
 * an {@link EventKind#AGREEMENT} event; one with {@code cease} = 1 also a {@link Ceasefire} with
 * the signatories on a side of its conflict; third parties become {@link Mediator}s where a
 * sentence of {@code pa_3rd} names a role and a state of the ACD. The mapping is documented on
 * {@link UcdpImporter} and in docs/ucdp.md.
 *
 * <p>One per import, created after the ACD is imported; not thread-safe.
 */
final class AgreementImporter {
  static final String CITATION = "Pettersson, Therése, Stina Högbladh & Magnus Öberg (2019),"
      + " \"Organized violence, 1989–2018 and peace agreements\", Journal of Peace Research"
      + " 56(4). CC BY 4.0.";

  /** The release, the source of every fact imported from it. */
  static final Source SOURCE = Source.builder().id(UcdpImporter.PA_SOURCE)
      .kind(SourceKind.DATASET_RELEASE)
      .title("UCDP Peace Agreement Dataset, version 22.1")
      .publisher("Uppsala Conflict Data Program (UCDP)")
      .published(FuzzyTime.inYear(Year.of(2022))).citation(CITATION).build();

  private static final List<String> COLUMNS = List.of("paid", "conflict_id", "actor_id",
      "actor_name", "pa_name", "pa_date", "pa_3rd", "cease", "ended", "duration");

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

  private final AcdImporter acd;
  private final PartyResolver parties;
  private final Map<String, PartyId> stateNames;
  private final List<Event> events = new ArrayList<>();
  private final List<Ceasefire> ceasefires = new ArrayList<>();
  private final List<Mediator> mediators = new ArrayList<>();

  /** Returns an importer linking agreements to the conflicts and parties {@code acd} imported. */
  AgreementImporter(AcdImporter acd, PartyResolver parties) {
    this.acd = acd;
    this.parties = parties;
    this.stateNames = parties.stateNames();
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
    for (CsvReader.Row row : t.rows()) {
      report.read();
      try {
        agreement(t, row, report);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        report.reject(row.line(), "paid " + t.get(row, "paid") + ": " + e.getMessage());
      }
    }
    return report.build();
  }

  /** Returns an event per agreement imported, in file order. */
  List<Event> events() {
    return events;
  }

  /** Returns the ceasefires, in file order. */
  List<Ceasefire> ceasefires() {
    return ceasefires;
  }

  /** Returns the mediators, in file order. */
  List<Mediator> mediators() {
    return mediators;
  }

  private void agreement(CsvTable t, CsvReader.Row row, ImportReport.Builder report) {
    String paid = t.get(row, "paid").strip();
    List<String> conflictIdsText = t.list(row, "conflict_id");
    if (conflictIdsText.isEmpty()) {
      throw new IllegalArgumentException("conflict_id is empty");
    }
    ConflictId conflict = ConflictId.of("ucdp-" + conflictIdsText.get(0));
    // actor_id lists every actor of the agreement, witnesses and organizations included
    // (paid 1008, the Algiers accord, lists the UN, OAU, EU and Algeria): only the parties on a
    // side of the conflict in the ACD are taken as its signatories.
    Set<PartyId> belligerents = new HashSet<>(acd.conflict(conflict)
        .orElseThrow(() -> new IllegalArgumentException("conflict_id = \""
            + conflictIdsText.get(0) + "\": not a conflict of the ACD"))
        .parties());
    if (conflictIdsText.size() > 1) {
      report.count("agreements naming several conflicts, linked to the first");
    }
    FuzzyTime date = FuzzyTime.onDay(LocalDate.parse(t.get(row, "pa_date").strip()));
    String name = clean(t.get(row, "pa_name"));
    if (name.isEmpty()) {
      throw new IllegalArgumentException("pa_name is empty");
    }
    Set<PartyId> signatories = new LinkedHashSet<>();
    for (String actor : t.list(row, "actor_id")) {
      Optional<PartyId> p = parties.byActor(Integer.parseInt(actor));
      if (p.isEmpty()) {
        report.count("actor ids not in the ACD (not signatories)");
      } else if (!belligerents.contains(p.get())) {
        report.count("actor ids on no side of the conflict (not signatories)");
      } else {
        signatories.add(p.get());
      }
    }
    String third = clean(t.get(row, "pa_3rd"));
    String description = "UCDP peace agreement " + paid + ": " + name
        + (third.isEmpty() ? "" : ". Third parties (pa_3rd): " + third);
    events.add(Event.builder().id(EventId.of("ucdp-pa-" + paid + "-signed")).conflict(conflict)
        .kind(EventKind.AGREEMENT).time(date).addAllParticipants(signatories)
        .description(description).source(UcdpImporter.PA_SOURCE).build());
    report.count("agreements imported as events");
    if (!third.isEmpty()) {
      report.count("third-party texts kept in the event description");
    }
    if (!"1".equals(t.get(row, "cease").strip())) {
      return;
    }
    CeasefireId cid = CeasefireId.of("ucdp-pa-" + paid);
    Ceasefire.Builder cf = Ceasefire.builder().id(cid).name(name).conflict(conflict)
        .addAllSignatories(signatories).agreed(date).source(UcdpImporter.PA_SOURCE);
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
      for (Map.Entry<String, PartyId> state : stateNames.entrySet()) {
        if (Pattern.compile("\\b" + Pattern.quote(state.getKey()) + "\\b")
            .matcher(sentence).find()) {
          n++;
          mediators.add(Mediator.builder().id(MediatorId.of("ucdp-pa-" + paid + "-m" + n))
              .party(state.getValue()).role(role.get()).conflict(conflict)
              .ceasefire(ceasefire).source(UcdpImporter.PA_SOURCE).build());
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

  private static Optional<MediatorRole> role(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return ROLE_WORDS.entrySet().stream().filter(e -> lower.contains(e.getKey()))
        .map(Map.Entry::getValue).findFirst();
  }

  private static String clean(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
