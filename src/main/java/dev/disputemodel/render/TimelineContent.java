package dev.disputemodel.render;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
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
  private final ModelQueries queries;
  private final DisputeModel model;
  private final Words words;
  private final Knowledge known;
  private final RenderOptions options;
  private final ImmutableSet<ClaimId> contested;
  private final List<String> notes = new ArrayList<>();
  private final Strips strips;
  private final TimelineCeasefires ceasefires;
  private final Map<Claim, EntityId> speakers = new java.util.IdentityHashMap<>();

  private TimelineContent(ModelQueries queries, RenderOptions options) {
    this.queries = queries;
    this.model = queries.model();
    this.words = new Words(model);
    this.known = Knowledge.of(queries, options);
    this.options = options;
    this.contested = Knowledge.contestedClaims(queries);
    this.strips = new Strips(known, notes);
    this.ceasefires = new TimelineCeasefires(queries, words, known, strips, notes, this::claimTooltip);
  }

  /** Returns the timeline of {@code conflict} and its episodes. */
  static Chart ofConflict(ModelQueries queries, ConflictId conflict, RenderOptions options) {
    Conflict root = queries.model().conflict(conflict).orElseThrow(
        () -> NotInModel.error("conflict", conflict));
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
    Territory t = queries.model().territory(territory).orElseThrow(() -> NotInModel.error("territory", territory));
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
        .filter(c -> ids.contains(c.conflict()) && known.knowsSource(c.source()) && this.ceasefires.bounds(c).isPresent())
        .toList();
    List<Mediator> roles = model.mediators().stream()
        .filter(m -> ids.contains(m.conflict()) && knows(m))
        .toList();
    List<Claim> claims = claimsShown(aboutClaims);

    TimelineDetail d = new TimelineDetail(options.maxRows());
    int rows = d.rows(this.ceasefires, this::speaker, conflicts, events, ceasefires, roles, claims);
    for (int step = 0; step < TimelineDetail.STEPS && rows > options.maxRows(); step++) {
      d.coarsen(step, true);
      int fewer = d.rows(this.ceasefires, this::speaker, conflicts, events, ceasefires, roles, claims);
      if (fewer < rows) {
        rows = fewer;
      } else {
        d.coarsen(step, false);
      }
    }
    List<Section> sections = new ArrayList<>();
    addIfAny(sections, "Conflict and episodes", conflictRows(conflicts, conflictDepths, d));
    addIfAny(sections, "Events", d.events ? eventRows(events)
        : strips.rows(events, e -> Words.capitalized(Words.human(e.kind())), Event::time, d.limit(5),
            Look.EVENT, "event", "events", "kind"));
    addIfAny(sections, "Ceasefires", this.ceasefires.rows(ceasefires, d));
    addIfAny(sections, "Third-party roles", d.roles ? roleRows(roles)
        : strips.rows(roles, m -> Words.capitalized(Words.human(m.role())), this::roleTime, d.limit(6),
            Look.ROLE, "role", "roles", "role"));
    addIfAny(sections, "Claims", d.claims ? claimRows(claims)
        : strips.rows(claims, c -> words.name(speaker(c)), Claim::madeAt, d.limit(4),
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

  /**
   * The claims about the subjects, with the claims that assert or deny a backing of their
   * accounts, as known.
   */
  private List<Claim> claimsShown(List<Claim> about) {
    Set<Claim> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    all.addAll(about);
    Set<EntityId> accounts = new java.util.HashSet<>();
    about.forEach(c -> accounts.add(c.id()));
    for (Claim c : queries.index().claimsWith(PropositionType.BACKING)) {
      for (Proposition p : c.propositions()) {
        if (p instanceof BacksAccount b && accounts.contains(b.account())) {
          all.add(c);
        }
      }
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
    List<String> disputed = ceasefires.stream().filter(c -> !this.ceasefires.account(c).disputedBy.isEmpty())
        .map(Ceasefire::name).toList();
    StringJoiner s = new StringJoiner(", ");
    s.add(Words.count(conflicts.size(), "conflict or episode", "conflicts or episodes"));
    s.add(Words.count(events.size(), "event", "events"));
    s.add(Words.count(ceasefires.size(), "ceasefire", "ceasefires")
        + (disputed.isEmpty() ? "" : " (disputed: " + String.join(", ", disputed) + ")"));
    s.add(Words.count(roles.size(), "third-party role", "third-party roles"));
    s.add(Words.count(claims.size(), "claim", "claims")
        + (contestedClaims == 0 ? "" : " (" + contestedClaims + " on contested questions)"));
    return "Timeline of " + what + known.asKnownPhrase() + ": " + s + ".";
  }

  // ------------------------------------------------------------------ rows

  private List<Row> conflictRows(List<Conflict> conflicts, Map<Conflict, Integer> depths, TimelineDetail d) {
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
      String label = Words.count(rest.size(), "more episode", "more episodes");
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

  private List<Row> roleRows(List<Mediator> roles) {
    List<Row> rows = new ArrayList<>();
    for (Mediator m : roles) {
      Knowledge.Bounds b = known.asKnown(m.period()).orElseThrow();
      StringBuilder label = new StringBuilder(words.party(m.party())).append(": ").append(Words.human(m.role()));
      m.ceasefire().ifPresent(c -> label.append(" of ").append(words.name(c)));
      m.latestForceSize().ifPresent(f -> label.append(", ").append(Words.figure(f)).append(" troops"));
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

  private FuzzyTime roleTime(Mediator m) {
    return m.period().flatMap(p -> p.start().or(p::end)).orElseGet(strips::earliestShown);
  }
}
