package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.junit.PropertyTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@link Entity#allTargetsMatch} and {@link Proposition#allTargetsMatch} test exactly the targets
 * of {@code references()}, in their order, and stop at the first that fails: the model builder's
 * integrity check relies on it to name references only for an unresolved id ({@code Claim} and
 * every proposition override it).
 */
class EntityTargetsProperties {

  @PropertyTest
  void testsTheTargetsOfReferencesInOrder(DisputeModel model) {
    for (Entity e : model.entities()) {
      testsTheTargetsInOrder(e.references(), e::allTargetsMatch, e);
    }
  }

  @PropertyTest
  void stopsAtTheFirstTargetThatFails(DisputeModel model) {
    for (Entity e : model.entities()) {
      stopsAtTheFirstThatFails(e.references(), e::allTargetsMatch, e);
    }
  }

  @PropertyTest
  void propositionsTestTheTargetsOfTheirReferencesInOrder(DisputeModel model) {
    for (Claim c : model.claims()) {
      for (Proposition p : c.propositions()) {
        testsTheTargetsInOrder(p.references(), p::allTargetsMatch, p);
      }
    }
  }

  @PropertyTest
  void propositionsStopAtTheFirstTargetThatFails(DisputeModel model) {
    for (Claim c : model.claims()) {
      for (Proposition p : c.propositions()) {
        stopsAtTheFirstThatFails(p.references(), p::allTargetsMatch, p);
        NullPointerException e = assertThrows(NullPointerException.class, () -> p.allTargetsMatch(null));
        assertEquals("test", e.getMessage(), p::toString);
      }
    }
  }

  private static void testsTheTargetsInOrder(
      List<Reference> refs, Predicate<Predicate<? super EntityId>> allTargetsMatch, Object of) {
    List<EntityId> expected = new ArrayList<>();
    refs.forEach(r -> expected.add(r.target()));
    List<EntityId> tested = new ArrayList<>();
    assertTrue(allTargetsMatch.test(tested::add), of::toString);
    assertEquals(expected, tested, of::toString);
  }

  private static void stopsAtTheFirstThatFails(
      List<Reference> refs, Predicate<Predicate<? super EntityId>> allTargetsMatch, Object of) {
    for (int fail = 0; fail < refs.size(); fail++) {
      List<EntityId> tested = new ArrayList<>();
      int at = fail;
      assertFalse(allTargetsMatch.test(id -> tested.add(id) && tested.size() <= at), of::toString);
      assertEquals(fail + 1, tested.size(), of::toString);
      assertEquals(refs.get(fail).target(), tested.get(fail), of::toString);
    }
  }
}
