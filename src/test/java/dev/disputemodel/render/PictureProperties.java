package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.FuzzyTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * On every generated model, every picture is well-formed XML, the same bytes when drawn twice, and
 * true to the model: every episode of a conflict is a row of its timeline, and every primary party
 * of its sides a node of its alignments (unless the picture says it summarized).
 */
class PictureProperties {
  @PropertyTest(tries = 40)
  void everyPictureIsWellFormedDeterministicAndShowsTheModel(DisputeModel model) {
    ModelQueries queries = ModelQueries.over(model);
    RenderOptions options = RenderOptions.defaults();
    for (Conflict c : model.conflicts()) {
      if (c.parent().isPresent()) {
        continue;
      }
      TimelinePicture timeline = TimelinePicture.of(queries, c.id(), options);
      String svg = timeline.toSvg();
      assertEquals(svg, TimelinePicture.of(queries, c.id(), options).toSvg());
      SvgDocument doc = SvgDocument.parse(svg);
      if (timeline.notes().isEmpty()) {
        Set<String> rows = new LinkedHashSet<>();
        doc.rows().forEach(r -> rows.add(r.entity()));
        for (Conflict episode : Episodes.withDepths(model, c).keySet()) {
          assertTrue(rows.contains(episode.id().toString()), episode.id() + " on the timeline of " + c.id());
        }
      }
      FuzzyTime when = c.period().flatMap(p -> p.start()).orElse(FuzzyTime.inYear(java.time.Year.of(2000)));
      AlignmentPicture alignments = AlignmentPicture.of(queries, c.id(), when, options);
      SvgDocument graph = SvgDocument.parse(alignments.toSvg());
      if (alignments.notes().isEmpty()) {
        Set<String> nodes = new LinkedHashSet<>();
        graph.withClass("node").stream().map((Element e) -> e.getAttribute("data-entity")).forEach(nodes::add);
        for (Side side : queries.index().sides(c.id())) {
          for (PartyId p : side.primaries()) {
            assertTrue(nodes.contains(p.toString()), p + " on the alignments of " + c.id());
          }
        }
      }
      assertEquals(alignments.toDot(), AlignmentPicture.of(queries, c.id(), when, options).toDot());
    }
    List<TerritoryId> roots = model.territories().stream().filter(t -> t.parent().isEmpty()).map(Territory::id).toList();
    if (!roots.isEmpty()) {
      SvgDocument.parse(TerritoryPicture.of(queries, roots, options).toSvg());
    }
  }
}
