package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code no-statement-contradicted}: a claim of silence against the party's own statement. */
class NoStatementContradictedRuleTest {
  private static final String RULE = "no-statement-contradicted";
  private static final PropositionKey CASUALTIES_B =
      PropositionKey.of(PropositionType.CASUALTIES, c("C"), p("B"));

  private static Claim figure(String claimant, FuzzyTime at, CasualtyKind kind) {
    return claim("K2", claimant, at, Casualties.of(c("C"), p("B"), kind, Estimate.exact(50)));
  }

  private static Claim silence() {
    return claim("K8", null, day(2022, 9, 13), new NoStatement(p("B"), CASUALTIES_B));
  }

  @Test
  void noStatementContradictedByAStatementOfOneActingForTheParty() {
    DisputeModel m = claimants()
        .addClaims(figure("MOD", day(2022, 9, 13), CasualtyKind.UNSPECIFIED), silence()).build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("WARNING no-statement-contradicted Claim:K8.propositions[0] = CASUALTIES[Conflict:C,"
            + " Party:B]: Claim:K8 says Party:B made no statement on CASUALTIES[Conflict:C, Party:B],"
            + " but the model holds its statement [Claim:K2], made no later. If the source"
            + " contradicts itself, keep both and note it; otherwise correct the claim of silence or"
            + " the statement's claimant [related: Claim:K2, Party:B]"),
        lines(f));
    assertEquals(List.of("WARNING DEFINITELY Claim:K8.propositions[0] = CASUALTIES[Conflict:C,"
        + " Party:B] [Claim:K2, Party:B]"), summaries(f));
  }

  @Test
  void noStatementIsFineWhenTheStatementCameLaterOrFromAnotherParty() {
    DisputeModel later = claimants()
        .addClaims(figure("MOD", day(2022, 9, 14), CasualtyKind.KILLED), silence()).build();
    assertEquals(List.of(), run(RULE, later));
    DisputeModel other = claimants()
        .addClaims(figure("A", day(2022, 9, 13), CasualtyKind.KILLED), silence()).build();
    assertEquals(List.of(), run(RULE, other));
  }

  @Test
  void aStatementThatMayPrecedeTheClaimOfSilenceIsAPossibleFinding() {
    DisputeModel fuzzy = claimants()
        .addClaims(figure("MOD", month(2022, 9), CasualtyKind.KILLED), silence()).build();
    List<Finding> f = run(RULE, fuzzy);
    assertEquals(Certainty.POSSIBLY, f.get(0).certainty());
    assertEquals(List.of("WARNING POSSIBLY Claim:K8.propositions[0] = CASUALTIES[Conflict:C,"
        + " Party:B] [Claim:K2, Party:B]"), summaries(f));
  }

  @Test
  void aDeniedClaimOfSilenceIsNotChecked() {
    Claim denied = silence().withPolarity(Polarity.DENIES);
    DisputeModel m = claimants()
        .addClaims(figure("MOD", day(2022, 9, 13), CasualtyKind.KILLED), denied).build();
    assertEquals(List.of(), run(RULE, m));
  }
}
