package dev.disputemodel.testing.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Estimate;
import dev.disputemodel.Party;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.time.FuzzyTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Proves the JUnit integration: tries, default generators by type, named generators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PropertyExtensionTest {
  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicInteger plainRuns = new AtomicInteger();
  private final Set<FuzzyTime> times = ConcurrentHashMap.newKeySet();
  private final Gen<Integer> small = Gen.integers(0, 9);

  static Gen<String> words() {
    return Gen.oneOf("alpha", "beta");
  }

  @PropertyTest(tries = 25, seed = "42")
  void runsOncePerTryWithGeneratedArguments(Party party, Estimate figure, FuzzyTime time) {
    runs.incrementAndGet();
    assertNotNull(party);
    assertNotNull(figure);
    times.add(time);
  }

  @PropertyTest(tries = 10)
  void usesNamedGenerators(@ForAll("small") int digit, @ForAll("words") String word) {
    assertTrue(digit >= 0 && digit <= 9);
    assertTrue(word.equals("alpha") || word.equals("beta"));
  }

  @Test
  void plainTestsAreUntouched() {
    plainRuns.incrementAndGet();
  }

  @AfterAll
  void eachPropertyRanItsTriesWithFreshArgumentsAndPlainTestsRanOnce() {
    assertEquals(25, runs.get());
    assertTrue(times.size() > 10, "fresh arguments per try: " + times.size() + " distinct times");
    assertEquals(1, plainRuns.get(), "a plain test runs once, not per try");
  }
}
