package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code casualty-parts-exceed-total}: one claimant's parts that exceed its total. */
class CasualtyPartsRuleTest {
  private static final String RULE = "casualty-parts-exceed-total";

  private static Casualties killed(String party, Estimate count) {
    return Casualties.of(c("C"), p(party), CasualtyKind.KILLED, count);
  }

  private static Casualties killedInAll(Estimate count) {
    return Casualties.total(c("C"), CasualtyKind.KILLED, count);
  }

  @Test
  void casualtyPartsThatExceedTheSameClaimantsTotal() {
    DisputeModel m = claimants().addClaims(
        claim("K1", "PM", day(2022, 9, 13), killed("A", Estimate.exact(49))),
        claim("K2", "A", day(2022, 9, 13), killed("B", Estimate.atLeast(20)),
            killedInAll(Estimate.range(30, 60))),
        claim("K3", "R", day(2022, 9, 13), killedInAll(Estimate.atMost(10))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("WARNING casualty-parts-exceed-total Claim:K2.propositions.count = <=60: Party:A's"
            + " KILLED figures for Conflict:C by party add up to at least 69 {Party:A=49, Party:B=20}"
            + " but its total is at most 60. Correct a figure, or mark the later claim as revising"
            + " the earlier [related: Claim:K1, Claim:K2, Conflict:C]"),
        lines(f));
    assertEquals(List.of("WARNING DEFINITELY Claim:K2.propositions.count = <=60"
        + " [Claim:K1, Claim:K2, Conflict:C]"), summaries(f));
  }

  @Test
  void casualtyPartsWithinOrWithoutABoundedTotalAreFine() {
    DisputeModel equal = claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13), killed("A", Estimate.exact(49)),
            killed("B", Estimate.exact(11)), killedInAll(Estimate.exact(60)),
            Casualties.of(c("C"), p("B"), CasualtyKind.WOUNDED, Estimate.exact(100))),
        claim("K2", "B", day(2022, 9, 13), killed("A", Estimate.exact(49)),
            killedInAll(Estimate.atLeast(24))))
        .build();
    assertEquals(List.of(), run(RULE, equal));
  }

  @Test
  void ofTwoTotalsWithTheSameMaximumTheFindingIsOnTheClaimWithTheSmallerIdInAnyOrder() {
    // the finding's focus does not depend on the order the claims were added in
    Claim k1 = claim("K1", "A", day(2022, 9, 13), killedInAll(Estimate.atMost(60)));
    Claim k2 = claim("K2", "A", day(2022, 9, 14), killedInAll(Estimate.exact(60)));
    Claim k3 = claim("K3", "A", day(2022, 9, 15), killed("A", Estimate.exact(49)),
        killed("B", Estimate.exact(20)));
    for (List<Claim> order : List.of(List.of(k1, k2, k3), List.of(k2, k1, k3), List.of(k3, k2, k1))) {
      List<Finding> f = run(RULE, claimants().addAllClaims(order).build());
      assertEquals(List.of("WARNING DEFINITELY Claim:K1.propositions.count = <=60"
          + " [Claim:K3, Conflict:C]"), summaries(f), order.toString());
    }
    // a larger maximum wins over a smaller id
    Claim k0 = claim("K0", "A", day(2022, 9, 12), killedInAll(Estimate.atMost(50)));
    assertEquals(List.of("WARNING DEFINITELY Claim:K1.propositions.count = <=60 [Claim:K3, Conflict:C]"),
        summaries(run(RULE, claimants().addAllClaims(List.of(k0, k1, k3)).build())));
  }

  @Test
  void partsOfDifferentClaimantsAreNotAdded() {
    DisputeModel m = claimants().addClaims(
        claim("K1", "B", day(2022, 9, 13), killed("A", Estimate.exact(49))),
        claim("K2", "A", day(2022, 9, 13), killed("B", Estimate.exact(20)),
            killedInAll(Estimate.exact(60))))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
