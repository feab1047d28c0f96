package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code succession-cycle}: successions between parties that lead back to where they start. */
class SuccessionCycleRuleTest {
  private static final String RULE = "succession-cycle";

  private static Party succeeding(String id, String... predecessors) {
    Party.Builder b = Party.builder().from(state(id));
    for (String p : predecessors) {
      b.addSucceeds(Succession.of(p(p), SuccessionKind.RENAMING));
    }
    return b.build();
  }

  @Test
  void aCycleOfThreeIsOneFindingOnItsSmallestId() {
    DisputeModel m = model().addParties(succeeding("C", "A"), succeeding("A", "B"), succeeding("B", "C"),
        succeeding("D", "C")).build();
    assertEquals(List.of("ERROR DEFINITELY Party:A.succeeds = Party:B [Party:B, Party:C]"),
        summaries(run(RULE, m)));
    assertEquals(true, run(RULE, m).get(0).message().contains("Party:A -> Party:B -> Party:C -> Party:A"),
        run(RULE, m).get(0).message());
  }

  @Test
  void aChainOrATreeIsNoCycle() {
    DisputeModel m = model().addParties(state("FRY"), succeeding("SCG", "FRY"), succeeding("SRB", "SCG"),
        succeeding("MNE", "SCG"), succeeding("U", "SRB", "MNE")).build();
    assertEquals(List.of(), run(RULE, m));
  }
}
