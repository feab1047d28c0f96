package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariant of {@link ModelQueries#agreementInForce}, on the kit's models (which hold proposed
 * and lapsed agreements, agreements of documents, and claims that an agreement was never in
 * force): an agreement that lapsed is never in force; one with no time it took effect (only
 * proposed, or undated) is never definitely in force; and only an agreement whose recorded stage
 * is signed, in force or ended can be.
 */
class AgreementInForcePropertyTest {
  private static final ModelConfig CONFIG = ModelConfig.builder()
      .dates(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)).contestedShare(0.5).build();

  static Gen<DisputeModel> models() {
    return Generators.models(CONFIG);
  }

  private static List<FuzzyTime> dates() {
    List<FuzzyTime> out = new ArrayList<>();
    for (int y = 2018; y <= 2024; y++) {
      out.add(FuzzyTime.inYear(Year.of(y)));
      out.add(FuzzyTime.onDay(LocalDate.of(y, 7, 1)));
    }
    return out;
  }

  @PropertyTest
  void aLapsedOrUnstartedAgreementIsNeverDefinitelyInForce(@ForAll("models") DisputeModel model) {
    ModelQueries q = ModelQueries.over(model);
    for (Agreement a : model.agreements()) {
      for (FuzzyTime date : dates()) {
        Certainty c = q.agreementInForce(a.id(), date);
        if (a.lapsed().isPresent()) {
          assertEquals(Certainty.NOT, c, () -> a + " on " + date);
        }
        if (a.takesEffect().isEmpty()) {
          assertNotEquals(Certainty.DEFINITELY, c, () -> a + " on " + date);
        }
        if (c == Certainty.DEFINITELY) {
          AgreementStage stage = a.stage().orElseThrow();
          assertEquals(true, stage == AgreementStage.SIGNED || stage.wasInForce(), () -> a + " on " + date);
        }
      }
    }
  }
}
