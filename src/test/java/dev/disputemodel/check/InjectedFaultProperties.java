package dev.disputemodel.check;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.FaultInjector;
import dev.disputemodel.testing.FaultKind;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.InjectedFault;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.Property;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checker completeness: every fault the {@link FaultInjector} puts into a valid generated model is
 * reported by its rule, with the right focus and related entities, at least the expected severity
 * and certainty, and nothing else at WARNING or above. One property per fault kind, plus one over
 * all kinds at once. Together with {@link ValidModelProperties} (no false alarms on valid models)
 * this is the proof that each rule finds what it should.
 */
class InjectedFaultProperties {
  /** Small default models and larger, more contested ones with more conflicts and episodes. */
  static final Gen<DisputeModel> MODELS = Gen.choose(
      Generators.models(),
      Generators.models(ModelConfig.builder().parties(2, 25).conflicts(0, 5).claims(0, 60)
          .maxEpisodes(4).contestedShare(0.6).build()));

  static Gen<InjectedFault> anyFault() {
    return FaultInjector.faults(MODELS);
  }

  @PropertyTest
  void everyInjectedFaultIsReportedByItsRuleAlone(@ForAll("anyFault") InjectedFault fault) {
    FaultAssertions.assertReported(fault);
  }

  @TestFactory
  Stream<DynamicTest> eachFaultKindIsReportedByItsRule() {
    return Arrays.stream(FaultKind.values()).map(kind -> DynamicTest.dynamicTest(
        kind + " is reported by " + kind.ruleId(),
        () -> Property.forAll(FaultInjector.faults(MODELS, kind))
            .check(FaultAssertions::assertReported)));
  }
}
