package dev.disputemodel.render;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.PartyId;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.PropositionType;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Chart.Point;
import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.render.Chart.Section;
import dev.disputemodel.render.Chart.Shape;
import dev.disputemodel.render.Chart.Span;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.UnstatedPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a territory picture shows, per territory and each territory inside it: one band row per
 * observer of sovereignty ("sovereign, recognized internationally", "sovereign, per Turkey"), the
 * controller and the population as band rows, the claims of sovereignty and control per claimant
 * as marks, a flagged row wherever a controller or a population's kin state differs from a
 * recognized sovereign over a time both may hold, and the conflicts with the territory at stake
 * for context.
 *
 * <p>Beyond {@link RenderOptions#maxRows()} rows the territories are paged, whole territories per
 * page; the claims of one territory beyond a quarter of that are drawn as one density strip.
 */
final class TerritoryContent {
  private final ModelQueries queries;
  private final DisputeModel model;
  private final Words words;
  private final Knowledge known;
  private final RenderOptions options;
  private final ImmutableSet<ClaimId> contested;
  private final List<String> notes = new ArrayList<>();
  /** The territories whose claims were partly summarized, with the number of claimants summarized. */
  private final Map<TerritoryId, Integer> summarized = new LinkedHashMap<>();
  private int divergences;

  private TerritoryContent(ModelQueries queries, RenderOptions options) {
    this.queries = queries;
    this.model = queries.model();
    this.words = new Words(model);
    this.known = Knowledge.of(queries, options);
    this.options = options;
    this.contested = Knowledge.contestedClaims(queries);
  }

  /** Returns the status of {@code roots} and the territories inside them. */
  static Chart of(ModelQueries queries, List<TerritoryId> roots, RenderOptions options) {
    if (roots.isEmpty()) {
      throw new InvalidValueException("TerritoryPicture", "territories", roots, "must name at least one territory");
    }
    Set<TerritoryId> all = new LinkedHashSet<>();
    for (TerritoryId root : roots) {
      queries.model().territory(root).orElseThrow(() -> NotInModel.error("territories", root));
      all.add(root);
      all.addAll(queries.contains(root));
    }
    return new TerritoryContent(queries, options).chart(roots, List.copyOf(all));
  }

  private Chart chart(List<TerritoryId> roots, List<TerritoryId> territories) {
    List<Section> sections = new ArrayList<>();
    for (TerritoryId id : territories) {
      sections.add(section(model.territory(id).orElseThrow()));
    }
    List<List<Integer>> pages = pages(sections);
    int page = options.page();
    if (page > pages.size()) {
      throw new InvalidValueException("RenderOptions", "page", page,
          "the picture has " + Words.count(pages.size(), "page", "pages"));
    }
    List<Integer> shown = pages.get(page - 1);
    int shownSummaries = 0;
    int claimants = 0;
    for (int i : shown) {
      Integer n = summarized.get(territories.get(i));
      if (n != null) {
        shownSummaries++;
        claimants += n;
      }
    }
    if (shownSummaries > 0) {
      notes.add("In " + Words.count(shownSummaries, "territory", "territories") + " the claims of "
          + Words.count(claimants, "claimant", "claimants") + " beyond the first "
          + (claimRowLimit() - 1) + " are drawn as one density strip per territory.");
    }
    if (pages.size() > 1) {
      int first = shown.get(0) + 1;
      int last = shown.get(shown.size() - 1) + 1;
      notes.add(0, "Page " + page + " of " + pages.size() + ": " + (first == last ? "territory " + first
          : "territories " + first + "\u2013" + last) + " of " + territories.size() + " (more than "
          + options.maxRows() + " rows); RenderOptions.page chooses the page.");
    }
    String names = roots.size() <= 2
        ? String.join(" and ", roots.stream().map(words::name).toList())
        : words.name(roots.get(0)) + " and " + Words.count(roots.size() - 1, "more territory", "more territories");
    String title = "Territorial status: " + names + known.asKnownPhrase();
    String description = "Who is recognized as sovereign, and by whom, who controls and who lives in "
        + Words.count(territories.size(), "territory", "territories") + " over time"
        + known.asKnownPhrase() + "; a flag marks where a controller or a population's kin state is not the"
        + " recognized sovereign (" + Words.count(divergences, "such divergence", "such divergences") + ").";
    return new Chart("ts", title, description, shown.stream().map(sections::get).toList(), notes,
        known.knownOn(), known.range());
  }

  /** Returns the sections' indexes by page: whole sections, at most the row limit a page unless one is larger. */
  private List<List<Integer>> pages(List<Section> sections) {
    List<List<Integer>> pages = new ArrayList<>();
    List<Integer> page = new ArrayList<>();
    int rows = 0;
    for (int i = 0; i < sections.size(); i++) {
      int n = sections.get(i).rows().size();
      if (!page.isEmpty() && rows + n > options.maxRows()) {
        pages.add(page);
        page = new ArrayList<>();
        rows = 0;
      }
      page.add(i);
      rows += n;
    }
    pages.add(page);
    return pages;
  }

  private int claimRowLimit() {
    return Math.max(2, options.maxRows() / 4);
  }

  private Section section(Territory t) {
    List<Row> rows = new ArrayList<>();
    rows.addAll(sovereigntyRows(t));
    rows.addAll(bandRow(t, "Controller", Look.CONTROL, t.control(), ControlStatus::period,
        c -> words.party(c.controller()) + " (" + Words.human(c.kind()) + ")", ControlStatus::source));
    rows.addAll(bandRow(t, "Population", Look.POPULATION, t.population(), PopulationStatus::period,
        p -> p.group() + p.kinState().map(k -> ", kin state " + words.party(k)).orElse("")
            + p.size().map(n -> ", " + Words.figure(n)).orElse(""), PopulationStatus::source));
    rows.addAll(divergenceRows(t));
    rows.addAll(claimRows(t));
    rows.addAll(contextRows(t));
    if (rows.isEmpty()) {
      rows.add(new Row("no status recorded", t.name() + ": no sovereignty, control or population recorded", 0,
          false, Optional.of(t.id()), List.of()));
    }
    String heading = t.name() + " (" + Words.human(t.kind()) + ")"
        + t.parent().map(p -> ", part of " + words.name(p)).orElse("");
    return new Section(heading, rows);
  }

  // ------------------------------------------------------------------ bands

  private List<Row> sovereigntyRows(Territory t) {
    Map<String, List<Shape>> byObserver = new LinkedHashMap<>();
    for (SovereigntyStatus s : t.sovereignty()) {
      Optional<Knowledge.Bounds> b = known(s.period(), s.source());
      if (b.isEmpty()) {
        continue;
      }
      String observer = observer(s);
      String tip = sovereign(s) + " sovereign over " + t.name() + ", " + observer + "; "
          + b.get().when() + "; " + words.name(s.source());
      byObserver.computeIfAbsent(observer, k -> new ArrayList<>())
          .add(b.get().shape(Look.SOVEREIGN, sovereign(s), tip));
    }
    List<Row> rows = new ArrayList<>();
    byObserver.forEach((observer, shapes) -> rows.add(new Row("Sovereign, " + observer,
        t.name() + ": sovereign, " + observer, 0, false, Optional.of(t.id()), shapes)));
    return rows;
  }

  /** Returns the sovereign's name, or "no" when the status recognizes no sovereign. */
  private String sovereign(SovereigntyStatus s) {
    return s.sovereign().map(words::party).orElse("no");
  }

  private String observer(SovereigntyStatus s) {
    StringJoiner names = new StringJoiner(", ");
    s.recognizers().forEach(r -> names.add(words.party(r)));
    s.recognizerCount().ifPresent(c -> names.add(Words.figure(c) + " recognizers"));
    if (names.length() == 0) {
      return "recognized internationally";
    }
    return "per " + names + (s.internationallyRecognized() ? " and internationally" : "");
  }

  private <T> List<Row> bandRow(
      Territory t, String label, Look look, List<T> statuses,
      java.util.function.Function<T, Optional<FuzzyPeriod>> period, java.util.function.Function<T, String> text,
      java.util.function.Function<T, dev.disputemodel.SourceId> source) {
    List<Shape> shapes = new ArrayList<>();
    for (T s : statuses) {
      Optional<Knowledge.Bounds> b = known(period.apply(s), source.apply(s));
      b.ifPresent(bounds -> shapes.add(bounds.shape(look, text.apply(s),
          label + " of " + t.name() + ": " + text.apply(s) + "; " + bounds.when() + "; " + words.name(source.apply(s)))));
    }
    return shapes.isEmpty() ? List.of()
        : List.of(new Row(label, t.name() + ": " + label.toLowerCase(java.util.Locale.ROOT), 0, false,
            Optional.of(t.id()), shapes));
  }

  private Optional<Knowledge.Bounds> known(Optional<FuzzyPeriod> period, dev.disputemodel.SourceId source) {
    return known.knowsSource(source) ? known.asKnown(period) : Optional.empty();
  }

  // ------------------------------------------------------------------ divergences

  private List<Row> divergenceRows(Territory t) {
    List<Row> rows = new ArrayList<>();
    for (SovereigntyStatus s : t.sovereignty()) {
      if (s.sovereign().isEmpty() || known(s.period(), s.source()).isEmpty()) {
        continue;  // a status that recognizes no sovereign has nothing to diverge from
      }
      for (ControlStatus c : t.control()) {
        if (!s.sovereign().equals(Optional.of(c.controller())) && known(c.period(), c.source()).isPresent()) {
          divergence(t, s, c.period(), "controller \u2260 sovereign",
              words.party(c.controller()) + " " + Words.human(c.kind()) + ", " + sovereign(s)
                  + " sovereign " + observer(s)).ifPresent(rows::add);
        }
      }
      for (PopulationStatus p : t.population()) {
        Optional<PartyId> kin = p.kinState();
        if (kin.isPresent() && !s.sovereign().equals(kin) && known(p.period(), p.source()).isPresent()) {
          divergence(t, s, p.period(), "kin state \u2260 sovereign",
              p.group() + " (kin state " + words.party(kin.get()) + "), " + sovereign(s)
                  + " sovereign " + observer(s)).ifPresent(rows::add);
        }
      }
    }
    return rows;
  }

  private Optional<Row> divergence(
      Territory t, SovereigntyStatus s, Optional<FuzzyPeriod> other, String label, String text) {
    Certainty overlap = UnstatedPeriod.UNKNOWN.overlap(s.period(), other);
    if (!overlap.isPossible()) {
      return Optional.empty();
    }
    Optional<Knowledge.Bounds> b = known.asKnown(overlapOf(s.period(), other));
    if (b.isEmpty()) {
      return Optional.empty();
    }
    divergences++;
    String tip = t.name() + ": " + label + " (" + Words.human(overlap) + "): " + text + "; " + b.get().when();
    return Optional.of(new Row(label, tip, 0, true, Optional.of(t.id()),
        List.of(b.get().shape(Look.DIVERGENCE, text, tip))));
  }

  /** Returns the stretch both periods may share: the later start to the earlier end. */
  private static Optional<FuzzyPeriod> overlapOf(Optional<FuzzyPeriod> a, Optional<FuzzyPeriod> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    Optional<FuzzyTime> start = later(a.get().start(), b.get().start());
    Optional<FuzzyTime> end = earlier(a.get().end(), b.get().end());
    if (start.isPresent() && end.isPresent()) {
      return end.get().isBefore(start.get()).isDefinite()
          ? Optional.of(FuzzyPeriod.at(start.get()))
          : Optional.of(FuzzyPeriod.of(start.get(), end.get()));
    }
    return start.map(FuzzyPeriod::since).or(() -> end.map(FuzzyPeriod::until));
  }

  private static Optional<FuzzyTime> later(Optional<FuzzyTime> a, Optional<FuzzyTime> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return Optional.of(FuzzyTime.ORDER.compare(a.get(), b.get()) >= 0 ? a.get() : b.get());
  }

  private static Optional<FuzzyTime> earlier(Optional<FuzzyTime> a, Optional<FuzzyTime> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return Optional.of(FuzzyTime.ORDER.compare(a.get(), b.get()) <= 0 ? a.get() : b.get());
  }

  // ------------------------------------------------------------------ claims and context

  private List<Row> claimRows(Territory t) {
    Map<EntityId, List<Claim>> bySpeaker = new LinkedHashMap<>();
    Set<Claim> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (PropositionType type : List.of(PropositionType.SOVEREIGNTY, PropositionType.CONTROL)) {
      for (Claim c : queries.claims().about(t.id()).ofType(type).list()) {
        if (known.knows(c) && seen.add(c)) {
          bySpeaker.computeIfAbsent(queries.speaker(c), k -> new ArrayList<>()).add(c);
        }
      }
    }
    int limit = claimRowLimit();
    List<Row> rows = new ArrayList<>();
    List<FuzzyTime> rest = new ArrayList<>();
    int restSpeakers = 0;
    for (Map.Entry<EntityId, List<Claim>> e : bySpeaker.entrySet()) {
      if (rows.size() >= limit - 1 && bySpeaker.size() > limit) {
        e.getValue().forEach(c -> rest.add(c.madeAt()));
        restSpeakers++;
        continue;
      }
      List<Shape> shapes = new ArrayList<>();
      boolean flagged = false;
      for (Claim c : e.getValue()) {
        boolean isContested = contested.contains(c.id());
        flagged |= isContested;
        String tip = words.speaker(c) + ": " + words.statement(c) + "; made " + Dates.of(c.madeAt())
            + (isContested ? "; on a contested question" : "");
        shapes.add(new Point(c.madeAt(), isContested ? Look.CONTESTED : Look.CLAIM, words.statement(c), tip));
      }
      String label = "Claims by " + words.name(e.getKey());
      rows.add(new Row(label, t.name() + ": " + label, 0, flagged, Optional.of(t.id()), shapes));
    }
    if (!rest.isEmpty()) {
      String n = Words.count(rest.size(), "claim", "claims");
      String label = "Claims by " + Words.count(restSpeakers, "more claimant", "more claimants");
      rows.add(new Row(label, t.name() + ": " + label + ", " + n, 0, false, Optional.of(t.id()),
          List.of(new Chart.Density(rest, Look.AGGREGATE, n, label + ": " + n))));
      summarized.put(t.id(), restSpeakers);
    }
    return rows;
  }

  private List<Row> contextRows(Territory t) {
    List<Row> rows = new ArrayList<>();
    List<Conflict> atStake = model.conflicts().stream()
        .filter(c -> c.territoriesAtStake().contains(t.id()) && known.knowsAnySource(c.sources()))
        .toList();
    for (Conflict c : atStake) {
      Optional<Knowledge.Bounds> b = known.asKnown(c.period());
      if (b.isEmpty()) {
        continue;
      }
      if (rows.size() == 3) {
        int more = atStake.size() - 3;
        notes.add(t.name() + ": " + Words.count(more, "more conflict", "more conflicts") + " with it at stake "
            + (more == 1 ? "is" : "are") + " not drawn.");
        break;
      }
      String tip = "At stake in " + c.name() + ": " + b.get().when();
      rows.add(new Row("At stake: " + c.name(), tip, 0, false, Optional.of(c.id()),
          List.of(b.get().shape(Look.CONTEXT, b.get().when(), tip))));
    }
    return rows;
  }

  // ------------------------------------------------------------------ shared

}
