package dev.disputemodel.render;

import dev.disputemodel.ConflictId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;

/**
 * Who stands where in a conflict on a date: parties as nodes grouped by side (primary parties and
 * supporters with their support type), third parties (brokers, mediators, peacekeepers, ...) and
 * other voices with their stances, the officials and bodies that act for a party attached beneath
 * it, and the relations between them. How sure a relation is decides how it is drawn: a fact is a
 * solid line, a relation the source hedges ("apparently backs") is dashed, one asserted only by a
 * claim is dotted, and one asserted and denied is red; a role that rests on a party's own claim
 * is written in italics.
 *
 * <pre>{@code
 * AlignmentPicture alignments = AlignmentPicture.of(
 *     ModelQueries.over(model), conflictId, FuzzyTime.onDay(LocalDate.of(2022, 9, 13)),
 *     RenderOptions.defaults());
 * Files.writeString(Path.of("alignments.dot"), alignments.toDot());
 * }</pre>
 *
 * <p>Relations and roles are drawn when they possibly held on the date (a period no source states
 * possibly holds at any time); claims, when made possibly by the end of the date. Beyond
 * {@link RenderOptions#maxNodes()} parties, those with the fewest links are collapsed into one
 * node per group, and the picture says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class AlignmentPicture implements Picture {
  private final Graph graph;
  private final int width;

  private AlignmentPicture(Graph graph, int width) {
    this.graph = graph;
    this.width = width;
  }

  /**
   * Returns the alignments in {@code conflict} and its episodes on {@code date}: the sides as the
   * conflict records them (episodes inherit their parent's), the roles in the conflict or its
   * episodes active then, the claims on them made by then, and the relations of those parties
   * that possibly held then.
   *
   * @throws dev.disputemodel.InvalidValueException if the conflict is not in the model
   */
  public static AlignmentPicture of(
      ModelQueries queries, ConflictId conflict, FuzzyTime date, RenderOptions options) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(options, "options");
    return new AlignmentPicture(AlignmentContent.of(queries, conflict, date, options), options.width());
  }

  @Override
  public String title() {
    return graph.title();
  }

  @Override
  public String description() {
    return graph.description();
  }

  @Override
  public List<String> notes() {
    return graph.notes();
  }

  /** {@inheritDoc} One column per side, the third parties between them, the legend at the bottom. */
  @Override
  public String toSvg() {
    return GraphSvg.write(graph, width);
  }

  /** {@inheritDoc} A flowchart with one subgraph per group and the links styled by certainty. */
  @Override
  public String toMermaid() {
    return GraphMermaid.write(graph);
  }

  /**
   * Returns the picture as Graphviz DOT, for {@code dot -Tsvg} or any DOT renderer: one cluster
   * per group, the links styled by certainty, a legend cluster.
   */
  public String toDot() {
    return GraphDot.write(graph);
  }

  /** Returns the content drawn, for tests in this package. */
  Graph graph() {
    return graph;
  }
}
