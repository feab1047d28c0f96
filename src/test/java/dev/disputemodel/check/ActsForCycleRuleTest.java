package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code acts-for-cycle}: actsFor links among parties that lead back to where they start. */
class ActsForCycleRuleTest {
  private static final String RULE = "acts-for-cycle";

  private static Party body(String id, String principal) {
    return actingFor(id, PartyKind.GOVERNMENT_BODY, principal);
  }

  @Test
  void aCycleIsReportedOnceFromItsSmallestIdWithTheOthersRelated() {
    DisputeModel m = model()
        .addParties(body("M2", "M3"), body("M3", "M1"), body("M1", "M2"), body("M4", "M1"))
        .addParties(body("X", "Y"), body("Y", "X"))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of(
        "ERROR acts-for-cycle Party:M1.actsFor = Party:M2: actsFor links form a cycle: Party:M1 ->"
            + " Party:M2 -> Party:M3 -> Party:M1, so none of these parties has a principal. Remove"
            + " or correct one actsFor link [related: Party:M2, Party:M3]",
        "ERROR acts-for-cycle Party:X.actsFor = Party:Y: actsFor links form a cycle: Party:X ->"
            + " Party:Y -> Party:X, so none of these parties has a principal. Remove or correct one"
            + " actsFor link [related: Party:Y]"),
        lines(f));
    assertEquals(List.of("ERROR DEFINITELY Party:M1.actsFor = Party:M2 [Party:M2, Party:M3]",
        "ERROR DEFINITELY Party:X.actsFor = Party:Y [Party:Y]"), summaries(f));
  }

  @Test
  void chainsAndPartiesSharingAPrincipalAreNoCycle() {
    // PM acts for MOD, MOD for A; SPOKESMAN for A too; B acts for no one
    DisputeModel m = states()
        .addParties(body("MOD", "A"), actingFor("PM", PartyKind.PERSON, "MOD"),
            actingFor("SPOKESMAN", PartyKind.PERSON, "A"))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void aPartyLeadingIntoACycleIsNotItselfInIt() {
    DisputeModel m = model().addParties(body("A1", "B1"), body("B1", "C1"), body("C1", "B1")).build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of("ERROR DEFINITELY Party:B1.actsFor = Party:C1 [Party:C1]"), summaries(f));
  }
}
