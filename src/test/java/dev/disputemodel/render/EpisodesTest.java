package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.FLARE_UP;
import static dev.disputemodel.render.PictureFixtures.OFFENSIVE;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A conflict's episodes at any depth, breadth-first in model order, each with its depth. */
class EpisodesTest {
  private static final ConflictId RAID = ConflictId.of("C4");

  @Test
  void episodesComeBreadthFirstWithTheirDepthBelowTheRoot() {
    DisputeModel base = PictureFixtures.model();
    DisputeModel model = DisputeModel.builder().from(base)
        .addConflicts(Conflict.builder().id(RAID).name("Night raid").parent(OFFENSIVE).build())
        .build();
    Map<String, Integer> depths = new LinkedHashMap<>();
    Episodes.withDepths(model, model.conflict(WAR).orElseThrow()).forEach((c, d) -> depths.put(c.name(), d));
    assertEquals(Map.of("Valley war", 0, "Spring offensive", 1, "Border flare-up", 1, "Night raid", 2), depths);
    assertEquals(java.util.List.of("Valley war", "Spring offensive", "Border flare-up", "Night raid"),
        java.util.List.copyOf(depths.keySet()));
    Map<String, Integer> below = new LinkedHashMap<>();
    Episodes.withDepths(model, model.conflict(OFFENSIVE).orElseThrow()).forEach((c, d) -> below.put(c.name(), d));
    assertEquals(Map.of("Spring offensive", 0, "Night raid", 1), below);
    assertEquals(1, Episodes.withDepths(model, model.conflict(FLARE_UP).orElseThrow()).size());
  }
}
