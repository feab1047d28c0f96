package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Share;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TerritoryShare;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code part-exceeds-whole} and the territory figures of {@code claim-contradicts-fact}. The
 * island and its parts are test data (a fictional island), not facts about any real territory.
 */
class PartExceedsWholeRuleTest {
  private static final String RULE = "part-exceeds-whole";
  private static final TerritoryId ISLAND = TerritoryId.of("W");

  private static Territory.Builder part(String id, String parent) {
    return Territory.builder().id(TerritoryId.of(id)).name(id).kind(TerritoryKind.REGION)
        .parent(TerritoryId.of(parent));
  }

  private static TerritoryShare of(String low, String high) {
    return new TerritoryShare(ISLAND, Share.between(low, high));
  }

  private static DisputeModel island(Territory... parts) {
    return states().addTerritories(Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.ISLAND)
        .area(Estimate.exact(9000)).build()).addTerritories(parts).build();
  }

  @Test
  void partsThatFitTheirWholeAreFine() {
    DisputeModel m = island(
        part("N", "W").area(Estimate.range(3000, 3700)).share(of("36", "40")).build(),
        part("S", "W").share(of("59", "60")).build(),
        part("B", "W").share(of("1", "4")).build(),
        part("K", "N").share(of("5", "5")).area(Estimate.about(5000)).build());
    assertEquals(List.of(), run(RULE, m),
        "36 + 59 + 1 = 96 at most; K lies within N; 'about 5,000' has no lower bound");
  }

  @Test
  void sharesOfOneWholeAboveAHundredPercent() {
    DisputeModel m = island(
        part("N", "W").share(of("36", "40")).build(),
        part("S", "W").share(of("62", "63")).build(),
        part("B", "W").share(of("3", "3")).build(),
        part("K", "N").share(of("5", "5")).build());
    assertEquals(List.of("WARNING DEFINITELY Territory:W.share = 101% [Territory:N, Territory:S, Territory:B]"),
        summaries(run(RULE, m)), "K is inside N: not counted again");
  }

  @Test
  void anAreaLargerThanTheNearestContainingArea() {
    DisputeModel m = island(
        part("N", "W").area(Estimate.range(3000, 3700)).build(),
        part("K", "N").area(Estimate.exact(4000)).build(),
        part("S", "W").build(),
        part("V", "S").area(Estimate.atLeast(9001)).build());
    assertEquals(List.of(
            "WARNING DEFINITELY Territory:K.area = 4000 [Territory:N]",
            "WARNING DEFINITELY Territory:V.area = >=9001 [Territory:W]"),
        summaries(run(RULE, m)), "S has no area: V is compared with the island");
  }

  @Test
  void aClaimedAreaOrShareIsComparedWithTheRecordedOne() {
    TerritoryId north = TerritoryId.of("N");
    DisputeModel m = states().addTerritories(
            Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.ISLAND).build(),
            part("N", "W").area(Estimate.exact(3355)).share(new TerritoryShare(ISLAND, Share.percent("36.2"))).build())
        .addClaims(
            claim("K1", "A", day(1975, 1, 1), new FactFigure(north, FigureKind.SHARE, Estimate.exact(40))),
            claim("K2", "B", day(2005, 1, 28), new FactFigure(north, FigureKind.SHARE, Estimate.exact(37)),
                new FactFigure(north, FigureKind.AREA, Estimate.about(3400))),
            claim("K3", "R", day(2010, 1, 1), new FactFigure(north, FigureKind.AREA, Estimate.exact(3500))))
        .build();
    assertEquals(Optional.of(new FactFigure(north, FigureKind.SHARE, Estimate.range(36, 37))),
        new FactFigure(north, FigureKind.SHARE, Estimate.exact(40)).recordedIn(m), "36.2 % is 36 or 37 whole percent");
    assertEquals(List.of("WARNING DEFINITELY Claim:K1.propositions[0] = SHARE 40 [Territory:N]",
            "WARNING DEFINITELY Claim:K3.propositions[0] = AREA 3500 [Territory:N]"),
        summaries(run("claim-contradicts-fact", m)));
  }

  @Test
  void aTerritoryIsNoShareOfItself() {
    dev.disputemodel.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.disputemodel.InvalidValueException.class,
        () -> Territory.builder().id(ISLAND).name("Island").kind(TerritoryKind.ISLAND).share(of("36", "40")).build());
    assertEquals("Territory.share = 36–40% of W: cannot be a share of itself", e.getMessage());
  }
}
