package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PropositionKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Proves the runner: tries, failure reports, shrinking to small counterexamples, exact replay. */
class PropertyRunnerTest {

  @Test
  void runsTheGivenNumberOfTriesAndPassesWhenTheCheckHolds() {
    AtomicInteger calls = new AtomicInteger();
    Property.forAll(Gen.integers(0, 10)).tries(37).seed(1).check(i -> calls.incrementAndGet());
    assertEquals(37, calls.get());
  }

  @Test
  void defaultTriesComeFromTheSystemProperty() {
    assertEquals(Integer.getInteger(Property.TRIES_PROPERTY, 100), Property.defaultTries());
    assertEquals(Property.defaultTries(), Property.forAll(Gen.booleans()).tries());
  }

  @Test
  void shrinksAnIntegerToTheBoundary() {
    PropertyFailure f = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.integers(0, 1_000_000)).seed(5).checkThat(i -> i < 1000));
    assertEquals(1000, f.counterexample());
    assertTrue(f.getMessage().contains("seed " + f.seed() + "L"), f.getMessage());
  }

  @Test
  void shrinksAListToTheSmallestFailingOne() {
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers(0, 100), 0, 50);
    PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property.forAll(lists).seed(9)
        .checkThat(l -> l.stream().mapToInt(Integer::intValue).sum() < 100));
    @SuppressWarnings("unchecked")
    List<Integer> smallest = (List<Integer>) f.counterexample();
    assertEquals(100, smallest.stream().mapToInt(Integer::intValue).sum(), f.getMessage());
    assertTrue(smallest.size() <= 2, f.getMessage());
  }

  @Test
  void flatMapAndFilterKeepShrinkingValid() {
    Gen<int[]> pairs = Gen.integers(1, 1000)
        .flatMap(n -> Gen.integers(0, n).map(k -> new int[] {n, k}))
        .filter(p -> p[0] % 2 == 0);
    PropertyFailure f = assertThrows(PropertyFailure.class,
        () -> Property.forAll(pairs).seed(3).check(p -> {
          assertTrue(p[1] <= p[0], "generated pair must be valid");
          assertTrue(p[0] % 2 == 0, "filter must hold");
          assertTrue(p[0] < 100, "fails for large n");
        }));
    int[] smallest = (int[]) f.counterexample();
    assertTrue(smallest[0] >= 100 && smallest[0] <= 102, "n = " + smallest[0]);
    assertEquals(0, smallest[1]);
  }

  @Test
  void aFailingModelPropertyShrinksToTheSmallestModel() {
    // Fails for any model with a conflict and two claims: the smallest such model has 2 parties.
    Gen<DisputeModel> models = Generators.models(ModelConfig.builder()
        .parties(2, 12).claims(0, 30).conflicts(0, 4).build());
    PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property.forAll(models).seed(4)
        .checkThat(m -> m.conflicts().isEmpty() || m.claims().size() < 2));
    DisputeModel smallest = (DisputeModel) f.counterexample();
    assertTrue(((DisputeModel) f.original()).size() > smallest.size(), f.getMessage());
    assertTrue(smallest.parties().size() <= 3, "parties: " + smallest.parties().size());
    assertEquals(2, smallest.claims().size());
    assertEquals(1, smallest.conflicts().size());
    assertTrue(smallest.events().isEmpty() && smallest.relations().isEmpty(), smallest.toString());
  }

  @Test
  void aContestedQuestionShrinksToAFewClaims() {
    // Fails for any model that holds a contested question: two claims that contradict each other.
    // The smallest is two claims, or three when the question is about backing a third claim; its
    // parties shrink only if shrinking can drop a party and one off the party count at once.
    Gen<DisputeModel> models = Generators.models(ModelConfig.builder()
        .parties(2, 12).claims(0, 30).conflicts(0, 3).contestedShare(0.8).build());
    PropertyFailure f = assertThrows(PropertyFailure.class,
        () -> Property.forAll(models).seed(11).check(m -> {
          for (Claim a : m.claims()) {
            for (Claim b : m.claims()) {
              assertTrue(!a.contradicts(b), a.id() + " contradicts " + b.id());
            }
          }
        }));
    DisputeModel original = (DisputeModel) f.original();
    DisputeModel smallest = (DisputeModel) f.counterexample();
    assertTrue(smallest.parties().size() <= 3, "parties: " + smallest.parties().size());
    assertTrue(smallest.claims().size() <= 3, "claims: " + smallest.claims().size());
    assertTrue(smallest.size() < original.size(), "not shrunk: " + smallest.size());
    Map<PropositionKey, Integer> keys = new HashMap<>();
    smallest.claims().forEach(k -> k.propositions().forEach(p -> keys.merge(p.key(), 1, Integer::sum)));
    assertTrue(keys.values().stream().anyMatch(n -> n >= 2),
        "the counterexample still holds the contested question: " + keys);
  }

  @Test
  void theReportedSeedReplaysTheSameFailureFirst() {
    Gen<DisputeModel> models = Generators.models();
    PropertyFailure first = assertThrows(PropertyFailure.class,
        () -> Property.forAll(models).seed(123).checkThat(m -> m.claims().size() < 15));
    AtomicInteger tries = new AtomicInteger();
    PropertyFailure replayed = assertThrows(PropertyFailure.class,
        () -> Property.forAll(models).seed(first.seed()).check(m -> {
          tries.incrementAndGet();
          assertTrue(m.claims().size() < 15);
        }));
    assertEquals(1, replayed.tryNumber());
    assertEquals(first.original(), replayed.original());
    assertEquals(first.counterexample(), replayed.counterexample());
  }

  @Test
  void shrinkingCanBeTurnedOff() {
    PropertyFailure f = assertThrows(PropertyFailure.class, () -> Property.forAll(
        Gen.integers(0, 1_000_000)).seed(5).maxShrinks(0).checkThat(i -> i < 1000));
    assertEquals(f.original(), f.counterexample());
    assertEquals(0, f.shrinkSteps());
  }

  @Test
  void anImpossibleFilterFailsWithAGenerationException() {
    assertThrows(GenerationException.class,
        () -> Property.forAll(Gen.integers(0, 10).filter(i -> i > 10)).check(i -> {}));
  }

  @Test
  void combinatorsDrawFromTheirOptions() {
    Gen<String> g = Gen.frequency(Gen.weighted(1, Gen.constant("a")),
        Gen.weighted(0, Gen.constant("never")), Gen.weighted(3, Gen.oneOf("b", "c")));
    Map<String, Integer> counts = new HashMap<>();
    for (long s = 0; s < 400; s++) {
      counts.merge(g.sample(s, 10).value(), 1, Integer::sum);
    }
    assertEquals(Set3.of("a", "b", "c"), counts.keySet());
    assertTrue(counts.get("a") < counts.get("b") + counts.get("c"));
    Gen<Integer> chosen = Gen.choose(Gen.constant(1), Gen.integers(5, 6));
    for (long s = 0; s < 50; s++) {
      int v = chosen.sample(s, 10).value();
      assertTrue(v == 1 || v == 5 || v == 6, "value " + v);
    }
    for (long s = 0; s < 50; s++) {
      assertTrue(Gen.listOf(Gen.booleans()).sample(s, 7).value().size() <= 7);
    }
  }

  /** A tiny helper to build a set literal without java.util.Set.of's ordering caveats. */
  private static final class Set3 {
    static java.util.Set<String> of(String... values) {
      return new java.util.HashSet<>(List.of(values));
    }
  }
}
