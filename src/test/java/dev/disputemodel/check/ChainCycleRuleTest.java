package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.ChainLink;
import dev.disputemodel.DisputeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code chain-cycle}: links between accords that lead back to where they start. */
class ChainCycleRuleTest {
  static final AgreementId TREATY = AgreementId.of("A");

  static Agreement.Builder agreement() {
    return Agreement.builder().id(TREATY).name("Agreement A").kind(AgreementKind.PARTIAL).conflict(c("C")).source(SRC);
  }

  @Test
  void aCycleThroughACeasefireAndAnAgreementIsReportedOnceFromItsSmallestId() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S1", "C").addLinks(ChainLink.succeeds(TREATY)).build())
        .addCeasefire(ceasefire("S2", "C").addLinks(ChainLink.renews(cf("S1"))).build())
        .addAgreement(agreement().addLinks(ChainLink.recommitsTo(cf("S2"))).build())
        .build();
    List<Finding> f = run(new ChainCycleRule(), m);
    assertEquals(List.of("ERROR chain-cycle Agreement:A.links = Ceasefire:S2: links between accords form"
        + " a cycle: Agreement:A -> Ceasefire:S2 -> Ceasefire:S1 -> Agreement:A (each links to the next as to"
        + " an earlier accord). Remove or correct one link [related: Ceasefire:S1, Ceasefire:S2]"), lines(f));
    assertEquals(List.of(cf("S1"), cf("S2")), f.get(0).related());
  }

  @Test
  void twoSeparateCyclesAreTwoFindings() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S1", "C").addLinks(ChainLink.renews(cf("S2"))).build())
        .addCeasefire(ceasefire("S2", "C").addLinks(ChainLink.renews(cf("S1"))).build())
        .addCeasefire(ceasefire("S3", "C").addLinks(ChainLink.succeeds(cf("S4")), ChainLink.succeeds(cf("S1"))).build())
        .addCeasefire(ceasefire("S4", "C").addLinks(ChainLink.recommitsTo(cf("S3"))).build())
        .build();
    assertEquals(List.of("Ceasefire:S1", "Ceasefire:S3"),
        run(new ChainCycleRule(), m).stream().map(x -> x.focus().get().toString()).toList());
  }

  @Test
  void chainsAndBranchesWithoutCyclesAreNotReported() {
    // S1 <- S2 <- S3, and the agreement recommits to both S1 and S3: a diamond, no cycle
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S1", "C").build())
        .addCeasefire(ceasefire("S2", "C").addLinks(ChainLink.renews(cf("S1"))).build())
        .addCeasefire(ceasefire("S3", "C").addLinks(ChainLink.renews(cf("S2"))).build())
        .addAgreement(agreement().addLinks(ChainLink.recommitsTo(cf("S1")), ChainLink.succeeds(cf("S3"))).build())
        .build();
    assertEquals(List.of(), run(new ChainCycleRule(), m));
  }

  /** Issue 16's case: two ceasefires, each the other's predecessor, found by the standard checker. */
  @Test
  void twoCeasefiresRenewingEachOtherAreReportedByTheStandardChecker() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S1", "C").addLinks(ChainLink.renews(cf("S2"))).build())
        .addCeasefire(ceasefire("S2", "C").addLinks(ChainLink.succeeds(cf("S1"))).build())
        .build();
    assertEquals(List.of("ERROR DEFINITELY Ceasefire:S1.links = Ceasefire:S2 [Ceasefire:S2]"),
        summaries(run("chain-cycle", m)));
  }
}
