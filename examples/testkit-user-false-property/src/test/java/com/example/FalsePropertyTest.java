package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.junit.PropertyTest;

/** A property that does not hold: generated models do have parties. */
class FalsePropertyTest {
  @PropertyTest
  void noModelHasAParty(DisputeModel model) {
    assertTrue(model.parties().isEmpty(), "parties: " + model.parties().size());
  }
}
