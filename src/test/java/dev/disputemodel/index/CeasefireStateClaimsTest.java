package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import java.time.LocalDate;

/**
 * {@link ModelIndex#ceasefireStateClaims}, the narrow index a ceasefire's standing reads, gives
 * exactly the claims of the ceasefire's question ({@link ModelIndex#claimsOn}), in the same order,
 * on generated models.
 */
class CeasefireStateClaimsTest {
  static Gen<DisputeModel> models() {
    return Generators.models(ModelConfig.builder()
        .dates(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)).contestedShare(0.6).build());
  }

  @PropertyTest
  void theNarrowIndexGivesTheClaimsOfTheCeasefiresQuestion(@ForAll("models") DisputeModel model) {
    ModelIndex index = ModelIndex.of(model);
    for (Ceasefire cf : model.ceasefires()) {
      assertEquals(index.claimsOn(PropositionKey.of(PropositionType.CEASEFIRE_STATE, cf.id())),
          index.ceasefireStateClaims(cf.id()), cf.id().toString());
    }
  }
}
