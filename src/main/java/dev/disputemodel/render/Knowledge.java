package dev.disputemodel.render;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

/**
 * What a picture may draw under its {@link RenderOptions}: only what was known on the "as known
 * on" date, and only what falls in the date range.
 *
 * <p>Claims are known as {@link dev.disputemodel.query.ClaimQuery#asKnownOn} says (made, and
 * reported in a source published, by the end of the date, with the options' certainty). Facts
 * (events, ceasefires, roles, relations, statuses) are known the same way from their sources'
 * publication, and only once they have begun; an end that comes after the date is not yet known,
 * so the period is drawn as ongoing. A source with no publication time is only possibly published
 * by a date.
 */
final class Knowledge {
  private final DisputeModel model;
  private final Optional<FuzzyTime> knownOn;
  private final Certainty certainty;
  private final long cutoff;
  private final ImmutableSet<ClaimId> knownClaims;
  private final Optional<Chart.Range> range;

  private Knowledge(ModelQueries queries, RenderOptions options) {
    this.model = queries.model();
    this.knownOn = options.asKnownOn();
    this.certainty = options.knownCertainty();
    this.cutoff = knownOn.map(FuzzyTime::latestEpochSecond).orElse(Long.MAX_VALUE);
    this.knownClaims = knownOn
        .map(d -> queries.claims().asKnownOn(d, certainty).list().stream().map(Claim::id)
            .collect(ImmutableSet.toImmutableSet()))
        .orElse(ImmutableSet.of());
    this.range = range(options);
  }

  /** Returns what may be drawn over {@code queries}' model under {@code options}. */
  static Knowledge of(ModelQueries queries, RenderOptions options) {
    return new Knowledge(queries, options);
  }

  private static Optional<Chart.Range> range(RenderOptions options) {
    if (options.startDate().isEmpty() && options.endDate().isEmpty()) {
      return Optional.empty();
    }
    long from = options.startDate().map(d -> d.atStartOfDay().toEpochSecond(ZoneOffset.UTC)).orElse(Long.MIN_VALUE);
    long until = options.endDate().map(d -> d.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC))
        .orElse(Long.MAX_VALUE);
    return Optional.of(new Chart.Range(from, until));
  }

  /** Returns the "as known on" date, if the options set one. */
  Optional<FuzzyTime> knownOn() {
    return knownOn;
  }

  /**
   * Returns the range of the axis when the options limit it; a side the options leave open is
   * {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}.
   */
  Optional<Chart.Range> range() {
    return range;
  }

  /** Returns a phrase for titles: " as known on 14 Sep 2022", or empty. */
  String asKnownPhrase() {
    return knownOn.map(d -> " as " + (certainty == Certainty.DEFINITELY ? "definitely" : "possibly")
        + " known on " + Dates.of(d)).orElse("");
  }

  /** Returns true if {@code claim} was known on the date (always, without one) and is in range. */
  boolean knows(Claim claim) {
    return (knownOn.isEmpty() || knownClaims.contains(claim.id())) && inRange(claim.madeAt());
  }

  /** Returns true if the source {@code id} was published by the date (always, without one). */
  boolean knowsSource(SourceId id) {
    if (knownOn.isEmpty()) {
      return true;
    }
    Optional<FuzzyTime> published = model.source(id).flatMap(Source::published);
    return published.isEmpty() ? certainty == Certainty.POSSIBLY : happened(published.get());
  }

  /** Returns true if one of {@code sources} was published by the date, or none is named. */
  boolean knowsAnySource(Collection<SourceId> sources) {
    return sources.isEmpty() || sources.stream().anyMatch(this::knowsSource);
  }

  /** Returns true if the moment {@code time} had come by the end of the date (with the certainty). */
  boolean happened(FuzzyTime time) {
    return certainty == Certainty.DEFINITELY
        ? time.latestEpochSecond() <= cutoff
        : time.earliestEpochSecond() < cutoff;
  }

  /** Returns true if the moment {@code time} is known and lies in the range. */
  boolean knows(FuzzyTime time) {
    return happened(time) && inRange(time);
  }

  /** Returns {@code time} if it is known, else empty (not yet come, as known on the date). */
  Optional<FuzzyTime> knownTime(Optional<FuzzyTime> time) {
    return time.filter(this::happened);
  }

  /**
   * Returns the start and end of {@code period} as known on the date: empty if it had not begun
   * by then or lies outside the range; its end dropped (ongoing) if that had not come by then.
   * An unstated period is kept as such.
   */
  Optional<Bounds> asKnown(Optional<FuzzyPeriod> period) {
    if (period.isEmpty()) {
      return Optional.of(new Bounds(Optional.empty(), Optional.empty()));
    }
    Optional<FuzzyTime> start = period.get().start();
    if (start.isPresent() && !happened(start.get())) {
      return Optional.empty();
    }
    Optional<FuzzyTime> end = knownTime(period.get().end());
    Bounds bounds = new Bounds(start, end);
    return inRange(bounds) ? Optional.of(bounds) : Optional.empty();
  }

  /** Returns true if {@code time} overlaps the range (always, without one). */
  boolean inRange(FuzzyTime time) {
    return range.isEmpty()
        || time.latestEpochSecond() > range.get().from() && time.earliestEpochSecond() < range.get().until();
  }

  /**
   * Returns true if the period {@code b} overlaps the range (always, without one): it starts before
   * the range ends and ends after it starts; a start not stated or an ongoing end reaches any range.
   */
  boolean inRange(Bounds b) {
    if (range.isEmpty()) {
      return true;
    }
    boolean startsBeforeEnd = b.start().map(s -> s.earliestEpochSecond() < range.get().until()).orElse(true);
    boolean endsAfterStart = b.end().map(e -> e.latestEpochSecond() > range.get().from()).orElse(true);
    return startsBeforeEnd && endsAfterStart;
  }

  /** The start (empty: not stated) and end (empty: ongoing) of a period as drawn. */
  record Bounds(Optional<FuzzyTime> start, Optional<FuzzyTime> end) {
    /** Returns true if start and end are the same moment: a mark rather than a span. */
    boolean isMoment() {
      return start.isPresent() && start.equals(end);
    }

    /** Returns the shape that draws these bounds: a mark for a moment, else a span. */
    Chart.Shape shape(Look look, String label, String tooltip) {
      return isMoment()
          ? new Chart.Point(start.orElseThrow(), look, label, tooltip)
          : new Chart.Span(start, end, look, label, tooltip);
    }

    /** Returns the bounds in words: "27 Sep 2020 \u2013 10 Nov 2020", "1980s \u2013 ongoing". */
    String when() {
      if (isMoment()) {
        return Dates.of(start.orElseThrow());
      }
      if (start.isEmpty() && end.isEmpty()) {
        return "period not stated";
      }
      return start.map(Dates::of).orElse("start not stated") + " \u2013 " + end.map(Dates::of).orElse("ongoing");
    }
  }

  /** Returns the ids of the claims that answer a contested question ({@link ModelQueries#contested()}). */
  static ImmutableSet<ClaimId> contestedClaims(ModelQueries queries) {
    ImmutableSet.Builder<ClaimId> ids = ImmutableSet.builder();
    for (dev.disputemodel.index.Question q : queries.contested()) {
      q.claims().forEach(c -> ids.add(c.id()));
    }
    return ids.build();
  }
}
