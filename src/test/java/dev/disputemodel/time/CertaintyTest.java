package dev.disputemodel.time;

import static dev.disputemodel.time.Certainty.DEFINITELY;
import static dev.disputemodel.time.Certainty.NOT;
import static dev.disputemodel.time.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's strong three-valued logic, table by table. */
class CertaintyTest {

  @ParameterizedTest(name = "{0} and {1} = {2}")
  @CsvSource({
    "DEFINITELY, DEFINITELY, DEFINITELY",
    "DEFINITELY, POSSIBLY,   POSSIBLY",
    "DEFINITELY, NOT,        NOT",
    "POSSIBLY,   DEFINITELY, POSSIBLY",
    "POSSIBLY,   POSSIBLY,   POSSIBLY",
    "POSSIBLY,   NOT,        NOT",
    "NOT,        DEFINITELY, NOT",
    "NOT,        POSSIBLY,   NOT",
    "NOT,        NOT,        NOT",
  })
  void andFollowsKleeneTable(Certainty a, Certainty b, Certainty expected) {
    assertEquals(expected, a.and(b));
  }

  @ParameterizedTest(name = "{0} or {1} = {2}")
  @CsvSource({
    "DEFINITELY, DEFINITELY, DEFINITELY",
    "DEFINITELY, POSSIBLY,   DEFINITELY",
    "DEFINITELY, NOT,        DEFINITELY",
    "POSSIBLY,   DEFINITELY, DEFINITELY",
    "POSSIBLY,   POSSIBLY,   POSSIBLY",
    "POSSIBLY,   NOT,        POSSIBLY",
    "NOT,        DEFINITELY, DEFINITELY",
    "NOT,        POSSIBLY,   POSSIBLY",
    "NOT,        NOT,        NOT",
  })
  void orFollowsKleeneTable(Certainty a, Certainty b, Certainty expected) {
    assertEquals(expected, a.or(b));
  }

  @ParameterizedTest(name = "not {0} = {1}")
  @CsvSource({"DEFINITELY, NOT", "POSSIBLY, POSSIBLY", "NOT, DEFINITELY"})
  void negateSwapsDefinitelyAndNot(Certainty a, Certainty expected) {
    assertEquals(expected, a.negate());
    assertEquals(a, a.negate().negate());
  }

  @Test
  void deMorganHoldsForEveryPair() {
    for (Certainty a : Certainty.values()) {
      for (Certainty b : Certainty.values()) {
        assertEquals(a.and(b).negate(), a.negate().or(b.negate()), a + " and " + b);
        assertEquals(a.or(b).negate(), a.negate().and(b.negate()), a + " or " + b);
      }
    }
  }

  @Test
  void definiteAndPossible() {
    assertTrue(DEFINITELY.isDefinite());
    assertFalse(POSSIBLY.isDefinite());
    assertFalse(NOT.isDefinite());
    assertTrue(DEFINITELY.isPossible());
    assertTrue(POSSIBLY.isPossible());
    assertFalse(NOT.isPossible());
  }

  @Test
  void ofBoolean() {
    assertEquals(DEFINITELY, Certainty.of(true));
    assertEquals(NOT, Certainty.of(false));
  }

  @Test
  void nullOperandIsRejected() {
    assertThrows(NullPointerException.class, () -> POSSIBLY.and(null));
    assertThrows(NullPointerException.class, () -> POSSIBLY.or(null));
  }
}
