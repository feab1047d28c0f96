package dev.disputemodel.ucdp;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
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
import dev.disputemodel.imports.Rejection;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.internal.CsvTable.FieldException;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
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

  static final List<String> COLUMNS = List.of("paid", "conflict_id", "actor_id",
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
  AgreementImporter(AcdImporter acd) {
    this.acd = acd;
    this.parties = acd.parties();
    this.stateNames = parties.stateNames();
  }

  /** What one row gives: kept only if the whole row is read. */
  private static final class Agreement {
    final Multiset<String> notes = HashMultiset.create();
    final List<Mediator> mediators = new ArrayList<>();
    Event event;
    Optional<Ceasefire> ceasefire = Optional.empty();
  }

  /** Imports {@code t}; each row is imported or rejected in the returned report. */
  ImportReport read(CsvTable t) {
    ImportReport.Builder report = ImportReport.builder(t.file());
    Map<String, Integer> paids = new HashMap<>();
    for (CsvReader.Row row : t.rows()) {
      report.read();
      try {
        t.check(row);
        String paid = Integer.toString(PartyMentions.positive("paid", t.get(row, "paid")));
        Integer before = paids.get(paid);
        if (before != null) {
          throw new FieldException("paid", "paid = \"" + paid + "\": the agreement on line "
              + before + " has the same paid");
        }
        Agreement a = agreement(t, row, paid);
        paids.put(paid, row.line());
        events.add(a.event);
        a.ceasefire.ifPresent(ceasefires::add);
        mediators.addAll(a.mediators);
        a.notes.forEachEntry(report::count);
      } catch (Cascade e) {
        report.reject(Rejection.cascade(row.line(), Optional.of("conflict_id"), e.getMessage()));
      } catch (FieldException e) {
        report.reject(new Rejection(row.line(), e.column(), e.getMessage(), false));
      } catch (IllegalArgumentException e) { // the domain's refusal of what the row makes
        report.reject(new Rejection(row.line(), e.getMessage()));
      }
    }
    return report.build();
  }

  /** The agreement's conflict was rejected in the ACD. */
  private static final class Cascade extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cascade(String message) {
      super(message, null, false, false);
    }
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

  private Agreement agreement(CsvTable t, CsvReader.Row row, String paid) {
    Agreement a = new Agreement();
    List<String> conflictIdsText = t.list(row, "conflict_id");
    if (conflictIdsText.isEmpty()) {
      throw new FieldException("conflict_id", "conflict_id is empty");
    }
    String first = Integer.toString(PartyMentions.positive("conflict_id", conflictIdsText.get(0)));
    Optional<Integer> fell = acd.rejectedWith(first);
    if (fell.isPresent()) {
      throw new Cascade("conflict " + first + " was rejected in " + acd.file() + " (line "
          + fell.get() + ")");
    }
    ConflictId conflict = ConflictId.of("ucdp-" + first);
    // actor_id lists every actor of the agreement, witnesses and organizations included
    // (paid 1008, the Algiers accord, lists the UN, OAU, EU and Algeria): only the parties on a
    // side of the conflict in the ACD are taken as its signatories.
    Set<PartyId> belligerents = new HashSet<>(acd.conflict(conflict)
        .orElseThrow(() -> new FieldException("conflict_id", "conflict_id = \""
            + conflictIdsText.get(0) + "\": not a conflict of the ACD"))
        .parties());
    if (conflictIdsText.size() > 1) {
      a.notes.add("agreements naming several conflicts, linked to the first");
    }
    LocalDate signed = Dates.date("pa_date", t.get(row, "pa_date"));
    FuzzyTime date = FuzzyTime.onDay(signed);
    String name = clean(t.get(row, "pa_name"));
    if (name.isEmpty()) {
      throw new FieldException("pa_name", "pa_name is empty");
    }
    Set<PartyId> signatories = new LinkedHashSet<>();
    for (String actor : t.list(row, "actor_id")) {
      Optional<PartyId> p = parties.byActor(PartyMentions.positive("actor_id", actor));
      if (p.isEmpty()) {
        a.notes.add("actor ids not in the ACD (not signatories)");
      } else if (!belligerents.contains(p.get())) {
        a.notes.add("actor ids on no side of the conflict (not signatories)");
      } else {
        signatories.add(p.get());
      }
    }
    String third = clean(t.get(row, "pa_3rd"));
    String description = "UCDP peace agreement " + paid + ": " + name
        + (third.isEmpty() ? "" : ". Third parties (pa_3rd): " + third);
    a.event = Event.builder().id(EventId.of("ucdp-pa-" + paid + "-signed")).conflict(conflict)
        .kind(EventKind.AGREEMENT).time(date).addAllParticipants(signatories)
        .description(description).source(UcdpImporter.PA_SOURCE).build();
    a.notes.add("agreements imported as events");
    if (!third.isEmpty()) {
      a.notes.add("third-party texts kept in the event description");
    }
    String cease = t.get(row, "cease").strip();
    if (!cease.equals("0") && !cease.equals("1")) {
      throw new FieldException("cease", "cease = \"" + cease + "\": not 0 or 1");
    }
    String ended = t.get(row, "ended").strip();
    if (!ended.isEmpty() && !ended.equals("True") && !ended.equals("False")) {
      throw new FieldException("ended", "ended = \"" + ended + "\": not True, False or empty");
    }
    if (cease.equals("0")) {
      return a;
    }
    CeasefireId cid = CeasefireId.of("ucdp-pa-" + paid);
    Ceasefire.Builder cf = Ceasefire.builder().id(cid).name(name).conflict(conflict)
        .addAllSignatories(signatories).agreed(date).source(UcdpImporter.PA_SOURCE);
    if (ended.equals("True")) {
      String d = t.get(row, "duration").strip();
      if (d.isEmpty()) {
        a.notes.add("ceasefires ended without an end date");
      } else {
        LocalDate end = Dates.date("duration", d);
        if (end.isBefore(signed)) {
          throw new FieldException("duration",
              "duration = \"" + d + "\": the ceasefire ends before pa_date " + signed);
        }
        cf.ended(FuzzyTime.onDay(end));
      }
    }
    a.ceasefire = Optional.of(cf.build());
    a.notes.add("ceasefires");
    mediators(third, conflict, cid, paid, a);
    return a;
  }

  /** Mediators where a sentence of pa_3rd names a role and a known state. */
  private void mediators(String third, ConflictId conflict, CeasefireId ceasefire, String paid,
      Agreement a) {
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
          a.mediators.add(Mediator.builder().id(MediatorId.of("ucdp-pa-" + paid + "-m" + n))
              .party(state.getValue()).role(role.get()).conflict(conflict)
              .ceasefire(ceasefire).source(UcdpImporter.PA_SOURCE).build());
        }
      }
    }
    if (!anyRole) {
      a.notes.add("third-party texts without a named role (no mediator)");
    } else if (n == 0) {
      a.notes.add("third-party texts with a role but no known state (no mediator)");
    } else {
      a.notes.add("mediators from third-party texts", n);
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
