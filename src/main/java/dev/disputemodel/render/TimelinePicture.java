package dev.disputemodel.render;

import dev.disputemodel.ConflictId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import java.util.List;
import java.util.Objects;

/**
 * The timeline of a conflict with its episodes, or of a territory with the territories inside it:
 * episodes and periods as bars, events as marks, ceasefires as spans, third-party roles as spans,
 * claims as marks per claimant. Uncertainty is drawn, not hidden: an uncertain start fades in and
 * carries a whisker from its earliest to its latest moment, an ongoing period has an open end, a
 * start no source states fades in behind a "?", a period no source states is hatched across the
 * axis. Contested things are flagged, each account visible: a ceasefire is followed by one row per
 * account of it ("holds, says Russia", "violated, says Armenia") with the evidence of violations
 * as crosses, and claims on contested questions are flagged.
 *
 * <pre>{@code
 * ModelQueries queries = ModelQueries.over(model);
 * TimelinePicture timeline = TimelinePicture.of(queries, conflictId, RenderOptions.defaults());
 * Files.writeString(Path.of("timeline.svg"), timeline.toSvg());
 * }</pre>
 *
 * <p>The time axis is not to scale: each gap between dated moments is drawn by the logarithm of
 * its length, so a night of fighting and a war decades earlier are both readable; tick labels
 * give the dates and the legend says so. With {@link RenderOptions#asKnownOn()} only what was
 * known on that date is drawn, with a line at the date. Beyond {@link RenderOptions#maxRows()}
 * rows, claims, events and roles are drawn in summary as density strips, and the picture says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimelinePicture implements Picture {
  private final Chart chart;
  private final int width;

  private TimelinePicture(Chart chart, int width) {
    this.chart = chart;
    this.width = width;
  }

  /**
   * Returns the timeline of {@code conflict} and its episodes at any depth: their events,
   * ceasefires, third-party roles, and the claims about them, their ceasefires and the territories
   * at stake (with the claims that back those claims' accounts).
   *
   * @throws dev.disputemodel.InvalidValueException if the conflict is not in the model
   */
  public static TimelinePicture of(ModelQueries queries, ConflictId conflict, RenderOptions options) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(options, "options");
    return new TimelinePicture(TimelineContent.ofConflict(queries, conflict, options), options.width());
  }

  /**
   * Returns the timeline of {@code territory}: the conflicts about it or a territory inside it
   * ({@link ModelQueries#conflictsAbout}), the events placed there, those conflicts' ceasefires
   * and roles, and the claims about the territory or the territories inside it.
   *
   * @throws dev.disputemodel.InvalidValueException if the territory is not in the model
   */
  public static TimelinePicture of(ModelQueries queries, TerritoryId territory, RenderOptions options) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(options, "options");
    return new TimelinePicture(TimelineContent.ofTerritory(queries, territory, options), options.width());
  }

  @Override
  public String title() {
    return chart.title();
  }

  @Override
  public String description() {
    return chart.description();
  }

  @Override
  public List<String> notes() {
    return chart.notes();
  }

  /** {@inheritDoc} Rows on the left, the time axis across the top, the legend at the bottom. */
  @Override
  public String toSvg() {
    return ChartSvg.write(chart, width);
  }

  /**
   * {@inheritDoc} A gantt chart: one section per section of the SVG, one task per bar or mark;
   * uncertain times run from their earliest to their latest moment and are named as the sources
   * give them.
   */
  @Override
  public String toMermaid() {
    return ChartGantt.write(chart);
  }

  /** Returns the content drawn, for tests in this package. */
  Chart chart() {
    return chart;
  }
}
