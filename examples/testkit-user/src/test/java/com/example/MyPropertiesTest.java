package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.junit.PropertyTest;

class MyPropertiesTest {
  @PropertyTest
  void rebuildingAModelGivesTheSameModel(DisputeModel model) {
    assertEquals(model, DisputeModel.builder().from(model).build());
  }
}
