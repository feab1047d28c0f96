package dev.disputemodel.examples.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.Property;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests as a user of dispute-model writes them with its test kit: one annotated method
 * per property, generated arguments, shrunk counterexamples with a replayable seed on failure.
 */
class ModelPropertiesTest {

  /** Many claimants, most questions contested: the models a contested-facts report must handle. */
  static Gen<DisputeModel> contested() {
    return Generators.models(ModelConfig.builder().parties(3, 12).claims(5, 40)
        .contestedShare(0.8).build());
  }

  @PropertyTest
  void aModelRebuiltFromItselfIsEqual(DisputeModel model) {
    assertEquals(model, DisputeModel.builder().from(model).build());
  }

  @PropertyTest
  void everyClaimIsFoundByItsId(@ForAll("contested") DisputeModel model) {
    for (Claim claim : model.claims()) {
      assertEquals(claim, model.claim(claim.id()).orElseThrow());
    }
  }

  @PropertyTest
  void contradictionIsSymmetric(@ForAll("contested") DisputeModel model) {
    Map<PropositionKey, java.util.List<Claim>> byQuestion = model.claims().stream()
        .flatMap(c -> c.propositions().stream().map(p -> Map.entry(p.key(), c)))
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    for (java.util.List<Claim> claims : byQuestion.values()) {
      for (Claim a : claims) {
        for (Claim b : claims) {
          assertEquals(a.contradicts(b), b.contradicts(a), a.id() + " / " + b.id());
        }
      }
    }
  }

  @PropertyTest(tries = 200)
  void aSumOfFiguresAllowsTheSumOfWhatEachAllows(Estimate a, Estimate b) {
    assertTrue(a.plus(b).allows(a.minimum() + b.minimum()), a + " + " + b);
  }

  /** The same kit without JUnit's annotations: any framework can call the runner. */
  @Test
  void theRunnerWorksWithoutTheAnnotation() {
    Function<DisputeModel, Integer> entities = DisputeModel::size;
    Property.forAll(Generators.models()).tries(50).check(model -> {
      int counted = 0;
      for (Object ignored : model.entities()) {
        counted++;
      }
      assertEquals(entities.apply(model), counted);
    });
  }
}
