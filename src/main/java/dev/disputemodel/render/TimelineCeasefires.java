package dev.disputemodel.render;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Polarity;
import dev.disputemodel.index.StateReport;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Evidence;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The ceasefires of a timeline: each as a span flagged when disputed, with one row per account of
 * whether it holds (the claims giving it as marks) and the evidence of violations, read from
 * {@link ModelQueries#ceasefire} as known on the picture's date.
 */
final class TimelineCeasefires {
  /** Beyond this many marks on one row, they are drawn as a density strip. */
  static final int MANY_MARKS = 20;

  private final ModelQueries queries;
  private final DisputeModel model;
  private final Words words;
  private final Knowledge known;
  private final Strips strips;
  private final List<String> notes;
  private final Function<Claim, String> claimTooltip;
  private final Map<CeasefireId, Accounts> accounts = new HashMap<>();

  TimelineCeasefires(ModelQueries queries, Words words, Knowledge known, Strips strips, List<String> notes,
      Function<Claim, String> claimTooltip) {
    this.queries = queries;
    this.model = queries.model();
    this.words = words;
    this.known = known;
    this.strips = strips;
    this.notes = notes;
    this.claimTooltip = claimTooltip;
  }

  /** Returns the span of {@code c} as known, or empty if it is not drawn (not yet begun, out of range). */
  Optional<Knowledge.Bounds> bounds(Ceasefire c) {
    Optional<FuzzyTime> start = c.effective().or(c::agreed);
    if (start.isEmpty() && c.ended().isEmpty()) {
      return Optional.of(new Knowledge.Bounds(Optional.empty(), Optional.empty()));
    }
    if (start.isPresent() && !known.happened(start.get())) {
      return Optional.empty();
    }
    Knowledge.Bounds b = new Knowledge.Bounds(start, known.knownTime(c.ended()));
    return known.inRange(b) ? Optional.of(b) : Optional.empty();
  }

  /** What the known claims say about a ceasefire: who upholds it, who disputes it, and how. */
  static final class Accounts {
    final Set<EntityId> upheldBy = new LinkedHashSet<>();
    final Set<EntityId> disputedBy = new LinkedHashSet<>();
    final Map<String, List<StateReport>> byAccount = new LinkedHashMap<>();
    final List<Evidence> violations = new ArrayList<>();
  }

  /** Returns what the known claims say about {@code c}, read once. */
  Accounts account(Ceasefire c) {
    return accounts.computeIfAbsent(c.id(), id -> readAccount(c));
  }

  private Accounts readAccount(Ceasefire c) {
    CeasefireAccount account = queries.ceasefire(c.id());
    Accounts out = new Accounts();
    for (StateReport r : account.reports()) {
      if (!known.knows(r.claim())) {
        continue;
      }
      if (r.saysHolding()) {
        out.upheldBy.add(r.speaker());
      } else if (r.disputesHolding()) {
        out.disputedBy.add(r.speaker());
      }
      String state = (r.polarity() == Polarity.DENIES ? "not " : "") + Words.human(r.state());
      out.byAccount.computeIfAbsent(state, k -> new ArrayList<>()).add(r);
    }
    for (Evidence e : account.violations()) {
      Optional<FuzzyTime> at = evidenceTime(e.entity());
      if (at.isPresent() && known.inRange(at.get())) {
        out.violations.add(e);
      }
    }
    return out;
  }

  /** Returns when the event or claim {@code id} happened or was made, if it is known. */
  private Optional<FuzzyTime> evidenceTime(EntityId id) {
    Optional<Event> event = model.find(id).filter(Event.class::isInstance).map(Event.class::cast);
    if (event.isPresent()) {
      Event e = event.get();
      return known.knowsSource(e.source()) && known.happened(e.time()) ? Optional.of(e.time()) : Optional.empty();
    }
    return model.find(id).filter(Claim.class::isInstance).map(Claim.class::cast)
        .filter(known::knows).map(Claim::madeAt);
  }

  /** Returns the ceasefire rows: in detail (with accounts if {@code d} keeps them) or as strips. */
  List<Row> rows(List<Ceasefire> ceasefires, TimelineDetail d) {
    if (!d.ceasefires) {
      List<Ceasefire> disputed = ceasefires.stream().filter(c -> !account(c).disputedBy.isEmpty()).toList();
      List<Ceasefire> rest = ceasefires.stream().filter(c -> account(c).disputedBy.isEmpty()).toList();
      List<Row> rows = new ArrayList<>();
      rows.addAll(strips.rows(disputed, c -> "Disputed ceasefires", this::time, 1, Look.BROKEN,
          "ceasefire", "ceasefires", "state"));
      rows.addAll(strips.rows(rest, c -> "Ceasefires", this::time, 1, Look.CEASEFIRE,
          "ceasefire", "ceasefires", "state"));
      return rows;
    }
    List<Row> rows = new ArrayList<>();
    for (Ceasefire c : ceasefires) {
      Knowledge.Bounds b = bounds(c).orElseThrow();
      Accounts a = account(c);
      boolean contestedState = !a.upheldBy.isEmpty() && !a.disputedBy.isEmpty();
      String label = c.name() + (contestedState ? ": contested" : a.disputedBy.isEmpty() ? "" : ": disputed");
      StringJoiner tip = new StringJoiner("; ");
      tip.add(label);
      tip.add(when(c, b));
      if (!c.signatories().isEmpty()) {
        tip.add("signed or declared by " + words.names(c.signatories()));
      }
      if (!a.upheldBy.isEmpty()) {
        tip.add("holds, says " + words.names(a.upheldBy));
      }
      if (!a.disputedBy.isEmpty()) {
        tip.add("does not hold, says " + words.names(a.disputedBy));
      }
      List<Shape> shapes = new ArrayList<>();
      shapes.add(b.shape(Look.CEASEFIRE, when(c, b), tip.toString()));
      if (c.agreed().isPresent() && c.effective().isPresent() && !c.agreed().equals(c.effective())
          && known.knows(c.agreed().get())) {
        shapes.add(new Point(c.agreed().get(), Look.CEASEFIRE, "agreed " + Dates.of(c.agreed().get()),
            "agreed " + Dates.of(c.agreed().get())));
      }
      rows.add(new Row(label, tip.toString(), 0, !a.disputedBy.isEmpty(), Optional.of(c.id()), shapes));
      if (d.accounts) {
        rows.addAll(accountRows(c, b, a));
      }
    }
    if (!d.accounts && ceasefires.stream().anyMatch(c -> !account(c).byAccount.isEmpty())) {
      notes.add("The accounts of whether each ceasefire holds are left out; the flag marks the disputed ones.");
    }
    return rows;
  }

  private List<Row> accountRows(Ceasefire c, Knowledge.Bounds b, Accounts a) {
    List<Row> rows = new ArrayList<>();
    boolean evidenceShown = false;
    for (Map.Entry<String, List<StateReport>> e : a.byAccount.entrySet()) {
      List<StateReport> reports = e.getValue();
      boolean disputes = reports.get(0).disputesHolding();
      Set<EntityId> speakers = new LinkedHashSet<>();
      reports.forEach(r -> speakers.add(r.speaker()));
      String label = e.getKey() + ", says " + words.names(speakers);
      Look look = disputes ? Look.BROKEN : Look.HOLDS;
      List<Shape> shapes = new ArrayList<>();
      shapes.add(b.shape(look, "", c.name() + " " + label));
      if (reports.size() > MANY_MARKS) {
        String n = Words.count(reports.size(), "claim", "claims");
        shapes.add(new Chart.Density(reports.stream().map(r -> r.claim().madeAt()).toList(), Look.CLAIM, n,
            label + ": " + n));
      } else {
        for (StateReport r : reports) {
          shapes.add(new Point(r.claim().madeAt(), Look.CLAIM, "", claimTooltip.apply(r.claim())));
        }
      }
      if (e.getKey().equals("violated")) {
        shapes.addAll(violationMarks(a));
        evidenceShown = true;
      }
      rows.add(new Row(label, c.name() + ": " + label, 1, disputes, Optional.of(c.id()), shapes));
    }
    if (!evidenceShown && !a.violations.isEmpty()) {
      String label = "violations (evidence)";
      rows.add(new Row(label, c.name() + ": " + label, 1, true, Optional.of(c.id()), violationMarks(a)));
    }
    return rows;
  }

  private List<Shape> violationMarks(Accounts a) {
    if (a.violations.size() > MANY_MARKS) {
      String n = Words.count(a.violations.size(), "piece of evidence", "pieces of evidence") + " of violation";
      return List.of(new Chart.Density(
          a.violations.stream().map(v -> evidenceTime(v.entity()).orElseThrow()).toList(), Look.VIOLATION, n, n));
    }
    List<Shape> marks = new ArrayList<>();
    for (Evidence v : a.violations) {
      FuzzyTime at = evidenceTime(v.entity()).orElseThrow();
      marks.add(new Point(at, Look.VIOLATION, "",
          Words.human(v.certainty()) + " a violation: " + words.name(v.entity()) + ", " + Dates.of(at)));
    }
    return marks;
  }

  private static String when(Ceasefire c, Knowledge.Bounds b) {
    if (b.start().isEmpty() && b.end().isEmpty()) {
      return "dates not stated";
    }
    String start = b.start().map(t -> (c.effective().isPresent() ? "effective " : "agreed ") + Dates.of(t))
        .orElse("start not stated");
    return start + b.end().map(t -> " \u2013 ended " + Dates.of(t)).orElse(" \u2013 no end recorded");
  }

  /** A time to place {@code c} in a summary strip: its start, else its end, else the earliest shown. */
  private FuzzyTime time(Ceasefire c) {
    return c.effective().or(c::agreed).or(c::ended).orElseGet(strips::earliestShown);
  }
}
