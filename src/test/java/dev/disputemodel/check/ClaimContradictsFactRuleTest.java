package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Polarity;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code claim-contradicts-fact}: a sovereignty or control claim against the recorded status. */
class ClaimContradictsFactRuleTest {
  private static final String RULE = "claim-contradicts-fact";

  /** T: A occupies it from 1994 to 10 November 2020, with the sovereignty {@code statuses}. */
  private static Territory territory(SovereigntyStatus... statuses) {
    return territoryT().addSovereignty(statuses)
        .addControl(ControlStatus.builder().controller(p("A")).kind(ControlKind.OCCUPIES)
            .period(FuzzyPeriod.of(day(1994, 1, 1), day(2020, 11, 10))).source(SRC).build())
        .build();
  }

  private static Claim denies(String id, String claimant, Claim from) {
    return from.withId(k(id)).withClaimant(p(claimant)).withPolarity(Polarity.DENIES);
  }

  @Test
  void claimsAgainstRecognizedSovereigntyAndRecordedControl() {
    DisputeModel m = claimants().addTerritory(territory(recognized("B", null)))
        .addClaims(
            claim("K1", "A", day(2022, 9, 13), new Sovereignty(T, p("A"))),
            claim("K2", "B", day(2022, 9, 13), new Sovereignty(T, p("B"))),
            claim("K3", "B", day(2010, 1, 1), new Control(T, p("B"))),
            claim("K4", "A", day(2010, 1, 1), new Control(T, p("A"))),
            claim("K5", "B", day(2022, 1, 1), new Control(T, p("B"))))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of("Claim:K1", "Claim:K3"),
        f.stream().map(x -> x.focus().get().toString()).toList());
    assertEquals(
        List.of("WARNING DEFINITELY Claim:K1.propositions[0] = sovereign Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K3.propositions[0] = controller Party:B [Territory:T]"),
        summaries(f));
  }

  /** K3 and K4 deny what is recorded; K5 and K6 deny what is not (K6 after A's control ended). */
  @Test
  void denyingARecordedFactContradictsIt() {
    Claim control = claim("K1", "A", day(2010, 1, 1), new Control(T, p("A")));
    Claim sovereignty = claim("K2", "B", day(2022, 9, 13), new Sovereignty(T, p("B")));
    DisputeModel m = claimants().addTerritory(territory(recognized("B", null)))
        .addClaims(denies("K3", "B", control), denies("K4", "A", sovereignty),
            denies("K5", "B", claim("K", "B", day(2022, 9, 13), new Sovereignty(T, p("A")))),
            denies("K6", "A", claim("K", "B", day(2022, 1, 1), new Control(T, p("A")))))
        .build();
    assertEquals(
        List.of("WARNING DEFINITELY Claim:K3.propositions[0] = not controller Party:A [Territory:T]",
            "WARNING DEFINITELY Claim:K4.propositions[0] = not sovereign Party:B [Territory:T]"),
        summaries(run(RULE, m)));
  }

  @Test
  void partialRecognitionsAreNotFactsAndFuzzyTimesArePossible() {
    SovereigntyStatus partial = SovereigntyStatus.builder().sovereign(p("B"))
        .addRecognizer(p("R")).source(SRC).build();
    DisputeModel positions = claimants().addTerritory(territory(partial))
        .addClaim(claim("K1", "A", day(2022, 9, 13), new Sovereignty(T, p("A")))).build();
    assertEquals(List.of(), run(RULE, positions));
    DisputeModel fuzzy = claimants().addTerritory(territory())
        .addClaim(claim("K1", "B", year(2020), new Control(T, p("B")))).build();
    assertEquals(List.of("WARNING POSSIBLY Claim:K1.propositions[0] = controller Party:B [Territory:T]"),
        summaries(run(RULE, fuzzy)));
  }
}
