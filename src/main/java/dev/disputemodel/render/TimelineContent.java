package dev.disputemodel.render;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Polarity;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.StateReport;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Evidence;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What a timeline shows, read from the queries: the conflict (or the conflicts about a territory)
 * with its episodes as bars, their events as marks, their ceasefires as spans with one row per
 * account of whether each holds (and the evidence of violations), third-party roles as spans and
 * claims as marks per claimant, those on contested questions flagged.
 *
 * <p>Beyond {@link RenderOptions#maxRows()} rows it summarizes, in this order until the rows fit:
 * claims as one density strip per claimant, events as one per kind, roles as one per role,
 * ceasefires without their accounts and then as strips, episodes beyond the first few as one
 * strip; each step adds a note.
 */
final class TimelineContent {
  /** Beyond this many marks on one row, they are drawn as a density strip. */
  private static final int MANY_MARKS = 20;

  private final ModelQueries queries;
  private final DisputeModel model;
  private final Words words;
  private final Knowledge known;
  private final RenderOptions options;
  private final ImmutableSet<ClaimId> contested;
  private final List<String> notes = new ArrayList<>();
  private final Map<dev.disputemodel.CeasefireId, Accounts> accounts = new java.util.HashMap<>();
  private final Map<Claim, EntityId> speakers = new java.util.IdentityHashMap<>();

  private TimelineContent(ModelQueries queries, RenderOptions options) {
    this.queries = queries;
    this.model = queries.model();
    this.words = new Words(model);
    this.known = Knowledge.of(queries, options);
    this.options = options;
    this.contested = Knowledge.contestedClaims(queries);
  }

  /** Returns the timeline of {@code conflict} and its episodes. */
  static Chart ofConflict(ModelQueries queries, ConflictId conflict, RenderOptions options) {
    Conflict root = queries.model().conflict(conflict).orElseThrow(
        () -> missing("conflict", conflict));
    TimelineContent content = new TimelineContent(queries, options);
    Map<Conflict, Integer> conflicts = Episodes.withDepths(queries.model(), root);
    Set<EntityId> about = new LinkedHashSet<>(conflicts.keySet().stream().map(Conflict::id).toList());
    conflicts.keySet().forEach(c -> about.addAll(c.territoriesAtStake()));
    List<Event> events = new ArrayList<>();
    conflicts.keySet().forEach(c -> events.addAll(queries.index().eventsByConflict().get(c.id())));
    List<Claim> claims = queries.claims().aboutAnyOf(about).list();
    String title = root.name() + ": timeline" + content.known.asKnownPhrase();
    return content.chart("tl", title, "the " + root.name() + " and its " + (conflicts.size() - 1)
        + (conflicts.size() == 2 ? " episode" : " episodes"), conflicts, events, claims);
  }

  /** Returns the timeline of {@code territory} and the territories inside it. */
  static Chart ofTerritory(ModelQueries queries, TerritoryId territory, RenderOptions options) {
    Territory t = queries.model().territory(territory).orElseThrow(() -> missing("territory", territory));
    TimelineContent content = new TimelineContent(queries, options);
    Set<TerritoryId> places = new LinkedHashSet<>();
    places.add(territory);
    places.addAll(queries.contains(territory));
    Map<Conflict, Integer> conflicts = new LinkedHashMap<>();
    queries.conflictsAbout(territory).forEach(c -> conflicts.put(c, 0));
    List<Event> events = queries.model().events().stream()
        .filter(e -> e.places().stream().anyMatch(places::contains))
        .sorted(Comparator.comparing(Event::time, FuzzyTime.ORDER))
        .toList();
    List<Claim> claims = queries.claims().aboutTerritory(territory).list();
    String title = t.name() + ": timeline" + content.known.asKnownPhrase();
    return content.chart("tl", title, t.name() + " and the conflicts about it", conflicts, events, claims);
  }

  static dev.disputemodel.InvalidValueException missing(String field, EntityId id) {
    return new dev.disputemodel.InvalidValueException(
        "Picture", field, id, "no " + id.kind() + " with this id in the model");
  }

  // ------------------------------------------------------------------ the chart

  private Chart chart(
      String prefix, String title, String what, Map<Conflict, Integer> conflictDepths,
      List<Event> allEvents, List<Claim> aboutClaims) {
    Set<ConflictId> ids = new LinkedHashSet<>();
    conflictDepths.keySet().forEach(c -> ids.add(c.id()));
    List<Conflict> conflicts = conflictDepths.keySet().stream()
        .filter(c -> known.knowsAnySource(c.sources()) && known.asKnown(c.period()).isPresent())
        .toList();
    List<Event> events = allEvents.stream()
        .filter(e -> known.knowsSource(e.source()) && known.knows(e.time()))
        .sorted(Comparator.comparing(Event::time, FuzzyTime.ORDER))
        .toList();
    List<Ceasefire> ceasefires = model.ceasefires().stream()
        .filter(c -> ids.contains(c.conflict()) && known.knowsSource(c.source()) && ceasefireBounds(c).isPresent())
        .toList();
    List<Mediator> roles = model.mediators().stream()
        .filter(m -> ids.contains(m.conflict()) && knows(m))
        .toList();
    List<Claim> claims = claimsShown(aboutClaims);

    Detail d = new Detail(options.maxRows());
    int rows = d.rows(this, conflicts, events, ceasefires, roles, claims);
    for (int step = 0; step < Detail.STEPS && rows > options.maxRows(); step++) {
      d.coarsen(step, true);
      int fewer = d.rows(this, conflicts, events, ceasefires, roles, claims);
      if (fewer < rows) {
        rows = fewer;
      } else {
        d.coarsen(step, false);
      }
    }
    List<Section> sections = new ArrayList<>();
    addIfAny(sections, "Conflict and episodes", conflictRows(conflicts, conflictDepths, d));
    addIfAny(sections, "Events", d.events ? eventRows(events)
        : densityRows(events, e -> Words.capitalized(Words.human(e.kind())), Event::time, d.limit(5),
            Look.EVENT, "event", "events", "kind"));
    addIfAny(sections, "Ceasefires", ceasefireRows(ceasefires, d));
    addIfAny(sections, "Third-party roles", d.roles ? roleRows(roles)
        : densityRows(roles, m -> Words.capitalized(Words.human(m.role())), this::roleTime, d.limit(6),
            Look.ROLE, "role", "roles", "role"));
    addIfAny(sections, "Claims", d.claims ? claimRows(claims)
        : densityRows(claims, c -> words.name(speaker(c)), Claim::madeAt, d.limit(4),
            Look.CLAIM, "claim", "claims", "claimant"));
    String description = description(what, conflicts, events, ceasefires, roles, claims);
    return new Chart(prefix, title, description, sections, notes, known.knownOn(), known.range());
  }

  private static void addIfAny(List<Section> sections, String heading, List<Row> rows) {
    if (!rows.isEmpty()) {
      sections.add(new Section(heading, rows));
    }
  }

  private boolean knows(Mediator m) {
    return known.knowsSource(m.source())
        && m.attestedBy().flatMap(model::claim).map(known::knows).orElse(true)
        && known.asKnown(m.period()).isPresent();
  }

  /** The claims about the subjects, with the claims backing their accounts, as known. */
  private List<Claim> claimsShown(List<Claim> about) {
    Set<Claim> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    all.addAll(about);
    for (Claim c : about) {
      all.addAll(queries.index().backersByAccount().get(c.id()));
    }
    Map<EntityId, Integer> firstSeen = new LinkedHashMap<>();
    List<Claim> shown = new ArrayList<>();
    for (Claim c : model.claims()) {
      if (all.contains(c) && known.knows(c)) {
        EntityId speaker = queries.speaker(c);
        speakers.put(c, speaker);
        firstSeen.putIfAbsent(speaker, firstSeen.size());
        shown.add(c);
      }
    }
    shown.sort(Comparator.comparingInt((Claim c) -> firstSeen.get(speakers.get(c)))
        .thenComparing(Claim::madeAt, FuzzyTime.ORDER));
    return shown;
  }

  /** Returns who speaks in a shown claim, looked up once. */
  private EntityId speaker(Claim c) {
    return speakers.computeIfAbsent(c, queries::speaker);
  }

  private String description(
      String what, List<Conflict> conflicts, List<Event> events, List<Ceasefire> ceasefires,
      List<Mediator> roles, List<Claim> claims) {
    long contestedClaims = claims.stream().filter(c -> contested.contains(c.id())).count();
    List<String> disputed = ceasefires.stream().filter(c -> !account(c).disputedBy.isEmpty())
        .map(Ceasefire::name).toList();
    StringJoiner s = new StringJoiner(", ");
    s.add(count(conflicts.size(), "conflict or episode", "conflicts or episodes"));
    s.add(count(events.size(), "event", "events"));
    s.add(count(ceasefires.size(), "ceasefire", "ceasefires")
        + (disputed.isEmpty() ? "" : " (disputed: " + String.join(", ", disputed) + ")"));
    s.add(count(roles.size(), "third-party role", "third-party roles"));
    s.add(count(claims.size(), "claim", "claims")
        + (contestedClaims == 0 ? "" : " (" + contestedClaims + " on contested questions)"));
    return "Timeline of " + what + known.asKnownPhrase() + ": " + s + ".";
  }

  static String count(long n, String one, String many) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  // ------------------------------------------------------------------ rows

  private List<Row> conflictRows(List<Conflict> conflicts, Map<Conflict, Integer> depths, Detail d) {
    List<Row> rows = new ArrayList<>();
    int limit = d.conflicts ? conflicts.size() : Math.max(1, d.limit(6) - 1);
    for (Conflict c : conflicts.subList(0, Math.min(limit, conflicts.size()))) {
      Knowledge.Bounds b = known.asKnown(c.period()).orElseThrow();
      String when = b.when();
      StringJoiner tip = new StringJoiner("; ");
      tip.add(c.name() + ": " + when);
      if (!c.aliases().isEmpty()) {
        tip.add("also " + String.join(", ", c.aliases()));
      }
      c.type().ifPresent(t -> tip.add(Words.human(t)));
      c.intensity().ifPresent(i -> tip.add("intensity " + Words.human(i)));
      c.outcome().ifPresent(o -> tip.add("outcome " + Words.human(o)));
      rows.add(new Row(c.name(), tip.toString(), Math.min(1, depths.get(c)), false, Optional.of(c.id()),
          List.of(b.shape(Look.EPISODE, when, tip.toString()))));
    }
    if (limit < conflicts.size()) {
      List<Conflict> rest = conflicts.subList(limit, conflicts.size());
      List<FuzzyTime> starts = rest.stream().flatMap(c -> c.period().flatMap(p -> p.start()).stream()).toList();
      String label = count(rest.size(), "more episode", "more episodes");
      rows.add(new Row(label, label + ", drawn by their starts", 1, false, Optional.empty(),
          List.of(new Chart.Density(starts, Look.AGGREGATE, label, label))));
      notes.add(label + " are drawn as one strip by their starts.");
    }
    return rows;
  }

  private List<Row> eventRows(List<Event> events) {
    List<Row> rows = new ArrayList<>();
    for (Event e : events) {
      String name = words.event(e);
      String when = Dates.of(e.time());
      StringJoiner tip = new StringJoiner("; ");
      tip.add(name + ": " + when);
      if (!e.participants().isEmpty()) {
        tip.add("participants " + String.join(", ", e.participants().stream().map(words::party).toList()));
      }
      if (!e.places().isEmpty()) {
        tip.add("at " + String.join(", ", e.places().stream().map(words::name).toList()));
      }
      rows.add(new Row(name, tip.toString(), 0, false, Optional.of(e.id()),
          List.of(new Point(e.time(), Look.EVENT, when, tip.toString()))));
    }
    return rows;
  }

  private Optional<Knowledge.Bounds> ceasefireBounds(Ceasefire c) {
    Optional<FuzzyTime> start = c.effective().or(c::agreed);
    if (start.isEmpty() && c.ended().isEmpty()) {
      return Optional.of(new Knowledge.Bounds(Optional.empty(), Optional.empty()));
    }
    if (start.isPresent() && !known.happened(start.get())) {
      return Optional.empty();
    }
    Knowledge.Bounds b = new Knowledge.Bounds(start, known.knownTime(c.ended()));
    boolean inRange = b.start().map(known::inRange).orElse(true) || b.end().map(known::inRange).orElse(true);
    return inRange ? Optional.of(b) : Optional.empty();
  }

  /** What the known claims say about a ceasefire: who upholds it, who disputes it, and how. */
  private static final class Accounts {
    final Set<EntityId> upheldBy = new LinkedHashSet<>();
    final Set<EntityId> disputedBy = new LinkedHashSet<>();
    final Map<String, List<StateReport>> byAccount = new LinkedHashMap<>();
    final List<Evidence> violations = new ArrayList<>();
  }

  private Accounts account(Ceasefire c) {
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

  private List<Row> ceasefireRows(List<Ceasefire> ceasefires, Detail d) {
    if (!d.ceasefires) {
      List<Ceasefire> disputed = ceasefires.stream().filter(c -> !account(c).disputedBy.isEmpty()).toList();
      List<Ceasefire> rest = ceasefires.stream().filter(c -> account(c).disputedBy.isEmpty()).toList();
      List<Row> rows = new ArrayList<>();
      rows.addAll(densityRows(disputed, c -> "Disputed ceasefires", this::ceasefireTime, 1, Look.BROKEN,
          "ceasefire", "ceasefires", "state"));
      rows.addAll(densityRows(rest, c -> "Ceasefires", this::ceasefireTime, 1, Look.CEASEFIRE,
          "ceasefire", "ceasefires", "state"));
      return rows;
    }
    List<Row> rows = new ArrayList<>();
    for (Ceasefire c : ceasefires) {
      Knowledge.Bounds b = ceasefireBounds(c).orElseThrow();
      Accounts a = account(c);
      boolean contestedState = !a.upheldBy.isEmpty() && !a.disputedBy.isEmpty();
      String label = c.name() + (contestedState ? ": contested" : a.disputedBy.isEmpty() ? "" : ": disputed");
      StringJoiner tip = new StringJoiner("; ");
      tip.add(label);
      tip.add(ceasefireWhen(c, b));
      if (!c.signatories().isEmpty()) {
        tip.add("signed or declared by " + names(c.signatories()));
      }
      if (!a.upheldBy.isEmpty()) {
        tip.add("holds, says " + names(a.upheldBy));
      }
      if (!a.disputedBy.isEmpty()) {
        tip.add("does not hold, says " + names(a.disputedBy));
      }
      List<Shape> shapes = new ArrayList<>();
      shapes.add(b.shape(Look.CEASEFIRE, ceasefireWhen(c, b), tip.toString()));
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
      String label = e.getKey() + ", says " + names(speakers);
      Look look = disputes ? Look.BROKEN : Look.HOLDS;
      List<Shape> shapes = new ArrayList<>();
      shapes.add(b.shape(look, "", c.name() + " " + label));
      if (reports.size() > MANY_MARKS) {
        String n = count(reports.size(), "claim", "claims");
        shapes.add(new Chart.Density(reports.stream().map(r -> r.claim().madeAt()).toList(), Look.CLAIM, n,
            label + ": " + n));
      } else {
        for (StateReport r : reports) {
          shapes.add(new Point(r.claim().madeAt(), Look.CLAIM, "", claimTooltip(r.claim())));
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
      String n = count(a.violations.size(), "piece of evidence", "pieces of evidence") + " of violation";
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

  private String ceasefireWhen(Ceasefire c, Knowledge.Bounds b) {
    if (b.start().isEmpty() && b.end().isEmpty()) {
      return "dates not stated";
    }
    String start = b.start().map(t -> (c.effective().isPresent() ? "effective " : "agreed ") + Dates.of(t))
        .orElse("start not stated");
    return start + b.end().map(t -> " \u2013 ended " + Dates.of(t)).orElse(" \u2013 no end recorded");
  }

  private List<Row> roleRows(List<Mediator> roles) {
    List<Row> rows = new ArrayList<>();
    for (Mediator m : roles) {
      Knowledge.Bounds b = known.asKnown(m.period()).orElseThrow();
      StringBuilder label = new StringBuilder(words.party(m.party())).append(": ").append(Words.human(m.role()));
      m.ceasefire().ifPresent(c -> label.append(" of ").append(words.name(c)));
      m.forceSize().ifPresent(f -> label.append(", ").append(Words.figure(f)).append(" troops"));
      Optional<Claim> attested = m.attestedBy().flatMap(model::claim);
      attested.ifPresent(c -> label.append(", on ").append(words.name(queries.speaker(c))).append("'s word"));
      String when = b.when();
      Look look = attested.isPresent() ? Look.CLAIMED_ROLE : Look.ROLE;
      rows.add(new Row(label.toString(), label + ": " + when, 0, false, Optional.of(m.id()),
          List.of(b.shape(look, when, label + ": " + when))));
    }
    return rows;
  }

  private List<Row> claimRows(List<Claim> claims) {
    List<Row> rows = new ArrayList<>();
    for (Claim c : claims) {
      boolean isContested = contested.contains(c.id());
      String who = c.claimant().map(p -> {
        EntityId speaker = speaker(c);
        return speaker.equals(p) ? words.party(p) : words.party(p) + " (" + words.name(speaker) + ")";
      }).orElseGet(() -> words.name(c.source()) + " (own voice)");
      rows.add(new Row(who, claimTooltip(c), 0, isContested, Optional.of(c.id()),
          List.of(new Point(c.madeAt(), isContested ? Look.CONTESTED : Look.CLAIM, words.statement(c),
              claimTooltip(c)))));
    }
    return rows;
  }

  private String claimTooltip(Claim c) {
    StringJoiner tip = new StringJoiner("; ");
    tip.add(words.speaker(c) + ": " + words.statement(c));
    tip.add("made " + Dates.of(c.madeAt()));
    tip.add("in " + words.name(c.source()));
    c.quote().ifPresent(q -> tip.add("\u201C" + q + "\u201D"));
    if (contested.contains(c.id())) {
      tip.add("on a contested question");
    }
    return tip.toString();
  }

  // ------------------------------------------------------------------ summaries

  /**
   * Returns one density row per group of {@code items} (grouped by {@code key}, most items first),
   * at most {@code limit}, the smallest groups merged into one "all other" row; adds a note.
   */
  private <T> List<Row> densityRows(
      List<T> items, Function<T, String> key, Function<T, FuzzyTime> time, int limit, Look look,
      String one, String many, String groupedBy) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, List<FuzzyTime>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(time.apply(item));
    }
    List<Map.Entry<String, List<FuzzyTime>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, List<FuzzyTime>> e) -> -e.getValue().size()));
    List<Row> rows = new ArrayList<>();
    int kept = sorted.size() > limit ? limit - 1 : sorted.size();
    for (Map.Entry<String, List<FuzzyTime>> e : sorted.subList(0, kept)) {
      String n = count(e.getValue().size(), one, many);
      rows.add(new Row(e.getKey() + " (" + n + ")", e.getKey() + ": " + n, 0, false, Optional.empty(),
          List.of(new Chart.Density(e.getValue(), look, n, e.getKey() + ": " + n))));
    }
    if (kept < sorted.size()) {
      List<FuzzyTime> rest = new ArrayList<>();
      sorted.subList(kept, sorted.size()).forEach(e -> rest.addAll(e.getValue()));
      String n = count(rest.size(), one, many);
      String label = "all other " + groupedBy + "s (" + (sorted.size() - kept) + ")";
      rows.add(new Row(label + ": " + n, label + ": " + n, 0, false, Optional.empty(),
          List.of(new Chart.Density(rest, Look.AGGREGATE, n, label + ": " + n))));
    }
    notes.add(count(items.size(), one, many) + " drawn in summary: one strip per " + groupedBy
        + (kept < sorted.size() ? " for the " + kept + " with most, one for all others" : "")
        + ", darker where more fall.");
    return rows;
  }

  private FuzzyTime roleTime(Mediator m) {
    return m.period().flatMap(p -> p.start().or(p::end)).orElseGet(() -> earliestShown());
  }

  private FuzzyTime ceasefireTime(Ceasefire c) {
    return c.effective().or(c::agreed).or(c::ended).orElseGet(() -> earliestShown());
  }

  /** A time for undated items in a summary strip: the first day of the range, or of 1970. */
  private FuzzyTime earliestShown() {
    long from = known.range().map(Chart.Range::from).filter(f -> f != Long.MIN_VALUE).orElse(0L);
    return FuzzyTime.onDay(java.time.LocalDate.ofEpochDay(Math.floorDiv(from, 86400)));
  }

  // ------------------------------------------------------------------ shared

  private String names(Iterable<? extends EntityId> ids) {
    StringJoiner s = new StringJoiner(", ");
    ids.forEach(id -> s.add(words.name(id)));
    return s.toString();
  }

  /**
   * Which parts are drawn in detail. Each step, in order, summarizes one part: claims, events,
   * roles, ceasefire accounts, ceasefires, episodes; a step that saves no row is not taken.
   */
  private static final class Detail {
    static final int STEPS = 6;
    boolean claims = true;
    boolean events = true;
    boolean roles = true;
    boolean accounts = true;
    boolean ceasefires = true;
    boolean conflicts = true;
    final int maxRows;

    Detail(int maxRows) {
      this.maxRows = maxRows;
    }

    /** Summarizes the part of {@code step}, or draws it in detail again when {@code summarize} is false. */
    void coarsen(int step, boolean summarize) {
      switch (step) {
        case 0 -> claims = !summarize;
        case 1 -> events = !summarize;
        case 2 -> roles = !summarize;
        case 3 -> accounts = !summarize;
        case 4 -> ceasefires = !summarize;
        default -> conflicts = !summarize;
      }
    }

    /** Returns the rows a summarized part may take: a share {@code 1/parts} of the budget, at least 2. */
    int limit(int parts) {
      return Math.max(2, maxRows / parts);
    }

    int rows(TimelineContent t, List<Conflict> conflicts, List<Event> events, List<Ceasefire> ceasefires,
        List<Mediator> roles, List<Claim> claims) {
      int n = this.conflicts ? conflicts.size() : Math.min(conflicts.size(), limit(6));
      n += this.events ? events.size() : Math.min(groups(events, e -> e.kind()), limit(5));
      n += this.roles ? roles.size() : Math.min(groups(roles, m -> m.role()), limit(6));
      if (this.ceasefires) {
        n += ceasefires.size();
        if (accounts) {
          for (Ceasefire c : ceasefires) {
            Accounts a = t.account(c);
            n += a.byAccount.size() + (a.byAccount.containsKey("violated") || a.violations.isEmpty() ? 0 : 1);
          }
        }
      } else {
        n += Math.min(2, ceasefires.size());
      }
      n += this.claims ? claims.size() : Math.min(groups(claims, t::speaker), limit(4));
      return n;
    }

    private static <T> int groups(List<T> items, Function<T, Object> key) {
      return (int) items.stream().map(key).distinct().count();
    }
  }
}
