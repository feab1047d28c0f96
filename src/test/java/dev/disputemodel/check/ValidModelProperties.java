package dev.disputemodel.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.junit.PropertyTest;

/** Checker soundness on valid data: generated models are consistent, so nothing above INFO. */
class ValidModelProperties {
  @PropertyTest
  void validGeneratedModelsHaveNoErrorOrWarning(DisputeModel model) {
    Report report = Checker.standard().check(model).atLeast(Severity.WARNING);
    assertTrue(report.isEmpty(), report::toText);
  }
}
