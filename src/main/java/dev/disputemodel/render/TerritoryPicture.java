package dev.disputemodel.render;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import java.util.List;
import java.util.Objects;

/**
 * The status of territories over time: for each territory and each territory inside it, one band
 * row per observer of sovereignty (recognized internationally, or per the parties that recognize
 * it), a band row for who controls it and one for who lives there, a flagged row wherever a
 * controller or a population's kin state is not a recognized sovereign at a time both may hold
 * ("sovereign \u2260 controller" at a glance), the claims of sovereignty and control per claimant,
 * and the conflicts with the territory at stake.
 *
 * <pre>{@code
 * TerritoryPicture status = TerritoryPicture.of(
 *     ModelQueries.over(model), List.of(nagornoKarabakh, surroundingAreas), RenderOptions.defaults());
 * Files.writeString(Path.of("territories.svg"), status.toSvg());
 * }</pre>
 *
 * <p>Times are drawn as on a {@link TimelinePicture}: a period no source states is hatched across
 * the axis. Beyond {@link RenderOptions#maxRows()} rows the territories are paged (whole
 * territories per page, {@link RenderOptions#page()} chooses one) and the picture says which page
 * it shows.
 *
 * <p>Immutable and thread-safe.
 */
public final class TerritoryPicture implements Picture {
  private final Chart chart;
  private final int width;

  private TerritoryPicture(Chart chart, int width) {
    this.chart = chart;
    this.width = width;
  }

  /**
   * Returns the status of {@code territory} and the territories inside it.
   *
   * @throws dev.disputemodel.InvalidValueException if the territory is not in the model, or the
   *     options ask for a page beyond the last
   */
  public static TerritoryPicture of(ModelQueries queries, TerritoryId territory, RenderOptions options) {
    return of(queries, List.of(Objects.requireNonNull(territory, "territory")), options);
  }

  /**
   * Returns the status of each of {@code territories} (in that order) and the territories inside
   * each, every territory once.
   *
   * @throws dev.disputemodel.InvalidValueException if the list is empty, a territory is not in the
   *     model, or the options ask for a page beyond the last
   */
  public static TerritoryPicture of(ModelQueries queries, List<TerritoryId> territories, RenderOptions options) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(options, "options");
    ImmutableList<TerritoryId> roots = ImmutableList.copyOf(territories);
    return new TerritoryPicture(TerritoryContent.of(queries, roots, options), options.width());
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

  /** {@inheritDoc} One section per territory, its bands on a shared time axis. */
  @Override
  public String toSvg() {
    return ChartSvg.write(chart, width);
  }

  /** {@inheritDoc} A gantt chart, one section per territory, one task per band or mark. */
  @Override
  public String toMermaid() {
    return ChartGantt.write(chart);
  }

  /** Returns the content drawn, for tests in this package. */
  Chart chart() {
    return chart;
  }
}
