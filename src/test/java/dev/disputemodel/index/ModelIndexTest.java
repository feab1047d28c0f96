package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Side;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plain indexes of {@link ModelIndex}: claims by question, the questions several claims
 * answer, and who fights on a side. Parties and claims are test data ({@link QuestionTest#model}).
 */
class ModelIndexTest {
  static final PropositionKey WHO_STARTED = QuestionTest.WHO_STARTED;
  static final Stance NO_MILITARY_SOLUTION =
      Stance.of(PartyId.of("B"), StanceKind.NO_MILITARY_SOLUTION, QuestionTest.C);

  @Test
  void claimsByKeyListsEachClaimUnderEveryQuestionItAnswers() {
    Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, QuestionTest.started("B"));
    Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, QuestionTest.started("A"),
        NO_MILITARY_SOLUTION);
    ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
    assertEquals(List.of(k0, k1), index.claimsByKey().get(WHO_STARTED));
    assertEquals(List.of(k1), index.claimsByKey().get(NO_MILITARY_SOLUTION.key()));
    assertEquals(3, index.claimsByKey().size());
  }

  @Test
  void questionsWithSeveralClaimsLeavesOutAQuestionOneClaimAnswers() {
    Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, QuestionTest.started("B"));
    Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, QuestionTest.started("A"),
        NO_MILITARY_SOLUTION);
    ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
    assertEquals(Map.of(WHO_STARTED, List.of(k0, k1)), index.questionsWithSeveralClaims());
  }

  @Test
  void belligerentsArePrimariesAndTroopSupportersOnly() {
    Side side = Side.builder().label("A").addPrimary(PartyId.of("A"))
        .addSupporters(Supporter.of(PartyId.of("X"), SupportType.ARMS),
            Supporter.of(PartyId.of("Y"), SupportType.TROOPS),
            Supporter.of(PartyId.of("Z"), SupportType.POLITICAL))
        .build();
    assertEquals(Set.of(PartyId.of("A"), PartyId.of("Y")), ModelIndex.belligerents(side));
  }
}
