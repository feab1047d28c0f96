package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.junit.PropertyTest;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Entity#allTargetsMatch} tests exactly the targets of {@link Entity#references()}, in
 * their order, and stops at the first that fails: the model builder's integrity check relies on
 * it to name references only for an unresolved id ({@code Claim} overrides it).
 */
class EntityTargetsProperties {

  @PropertyTest
  void testsTheTargetsOfReferencesInOrder(DisputeModel model) {
    for (Entity e : model.entities()) {
      List<EntityId> expected = new ArrayList<>();
      e.references().forEach(r -> expected.add(r.target()));
      List<EntityId> tested = new ArrayList<>();
      assertTrue(e.allTargetsMatch(tested::add), e::toString);
      assertEquals(expected, tested, e::toString);
    }
  }

  @PropertyTest
  void stopsAtTheFirstTargetThatFails(DisputeModel model) {
    for (Entity e : model.entities()) {
      List<Reference> refs = e.references();
      for (int fail = 0; fail < refs.size(); fail++) {
        List<EntityId> tested = new ArrayList<>();
        int at = fail;
        assertFalse(e.allTargetsMatch(id -> tested.add(id) && tested.size() <= at), e::toString);
        assertEquals(fail + 1, tested.size(), e::toString);
        assertEquals(refs.get(fail).target(), tested.get(fail), e::toString);
      }
    }
  }
}
