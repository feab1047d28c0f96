package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.testing.BulkModels;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A conflict with ten thousand claims from the kit's bulk generator: the pictures stay within their
 * limits (rows, nodes) and say that they summarized.
 */
class LargeModelTest {
  private static final DisputeModel MODEL =
      BulkModels.generate(7, ModelConfig.builder().from(BulkModels.configFor(10_000)).conflicts(1, 1).build());
  private static final ModelQueries QUERIES = ModelQueries.over(MODEL);
  private static final Conflict ROOT =
      MODEL.conflicts().stream().filter(c -> c.parent().isEmpty()).findFirst().orElseThrow();

  @Test
  void theTimelineSummarizesWithinItsRowLimitAndSaysSo() {
    RenderOptions options = RenderOptions.defaults();
    TimelinePicture timeline = TimelinePicture.of(QUERIES, ROOT.id(), options);
    SvgDocument svg = SvgDocument.parse(timeline.toSvg());
    assertFalse(timeline.notes().isEmpty());
    assertTrue(svg.rows().size() <= options.maxRows(), svg.rows().size() + " rows");
    assertTrue(svg.texts().stream().anyMatch(t -> t.startsWith("Note: ")));
  }

  @Test
  void theAlignmentsCollapseWithinTheirNodeLimitAndSaySo() {
    // By 2020 (the kit's claims start after its facts) far more than four parties are on the
    // sides or have spoken (42 with this seed).
    RenderOptions options = RenderOptions.builder().maxNodes(4).build();
    AlignmentPicture alignments = AlignmentPicture.of(QUERIES, ROOT.id(), FuzzyTime.inYear(Year.of(2020)), options);
    long principals = alignments.graph().nodes().stream().filter(n -> n.attachedTo().isEmpty()).count();
    assertTrue(principals <= 4, principals + " nodes");
    assertFalse(alignments.notes().isEmpty());
  }

  @Test
  void theTerritoryPicturePagesWithinItsRowLimit() {
    RenderOptions options = RenderOptions.defaults();
    List<dev.disputemodel.TerritoryId> all = MODEL.territories().stream().map(t -> t.id()).toList();
    TerritoryPicture status = TerritoryPicture.of(QUERIES, all, options);
    SvgDocument svg = SvgDocument.parse(status.toSvg());
    assertTrue(svg.rows().size() <= options.maxRows() || svg.headings().size() == 1, svg.rows().size() + " rows");
    assertTrue(status.notes().get(0).startsWith("Page 1 of "), status.notes().toString());
  }
}
