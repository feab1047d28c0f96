package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code hierarchy-cycle}: parent links among territories or conflicts that form a cycle. */
class HierarchyCycleRuleTest {
  private static final String RULE = "hierarchy-cycle";

  private static Territory territory(String id, String parent) {
    Territory.Builder b = Territory.builder().id(TerritoryId.of(id)).name("T " + id).kind(TerritoryKind.REGION);
    if (parent != null) {
      b.parent(TerritoryId.of(parent));
    }
    return b.build();
  }

  @Test
  void hierarchyCycleIsReportedOnceFromItsSmallestId() {
    DisputeModel m = model()
        .addTerritories(territory("T2", "T3"), territory("T3", "T1"), territory("T1", "T2"),
            territory("T4", "T1"), territory("T5", null))
        .addConflicts(conflict("A").parent(c("B")).build(), conflict("B").parent(c("A")).build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("ERROR hierarchy-cycle Conflict:A.parent = Conflict:B: parent links form a cycle:"
                + " Conflict:A -> Conflict:B -> Conflict:A. Remove or correct one parent link"
                + " [related: Conflict:B]",
            "ERROR hierarchy-cycle Territory:T1.parent = Territory:T2: parent links form a cycle:"
                + " Territory:T1 -> Territory:T2 -> Territory:T3 -> Territory:T1. Remove or correct"
                + " one parent link [related: Territory:T2, Territory:T3]"),
        lines(f));
    assertEquals(
        List.of("ERROR DEFINITELY Conflict:A.parent = Conflict:B [Conflict:B]",
            "ERROR DEFINITELY Territory:T1.parent = Territory:T2 [Territory:T2, Territory:T3]"),
        summaries(f));
  }

  @Test
  void aChainWithoutCycleIsFine() {
    DisputeModel m = model()
        .addTerritories(territory("T1", "T2"), territory("T2", "T3"), territory("T3", null))
        .build();
    assertTrue(run(RULE, m).isEmpty());
  }

  @Test
  void episodesOfEpisodesAndSiblingsSharingAParentAreNoCycle() {
    DisputeModel m = model()
        .addConflicts(conflict("C").build(), conflict("E1").parent(c("C")).build(),
            conflict("E2").parent(c("C")).build(), conflict("E3").parent(c("E1")).build())
        .addTerritories(territory("T1", null), territory("T2", "T1"), territory("T3", "T1"))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
