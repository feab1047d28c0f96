package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The generator's knobs: defaults, copies, and errors that name the knob and the value. */
class ModelConfigTest {
  private static void rejects(String knob, String value, UnaryOperator<ModelConfig.Builder> set) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> set.apply(ModelConfig.builder()).build(), knob);
    assertEquals("ModelConfig", e.type(), e.getMessage());
    assertEquals(knob, e.field(), e.getMessage());
    assertEquals(value, e.value(), e.getMessage());
  }

  @Test
  void everyKnobOutsideItsValuesIsRejectedByName() {
    rejects("parties", "1..4", b -> b.parties(1, 4));
    rejects("parties", "5..2", b -> b.parties(5, 2));
    rejects("territories", "0..3", b -> b.territories(0, 3));
    rejects("conflicts", "-1..3", b -> b.conflicts(-1, 3));
    rejects("claims", "-2..0", b -> b.claims(-2, 0));
    rejects("claims", "9..8", b -> b.claims(9, 8));
    rejects("maxEpisodes", "-1", b -> b.maxEpisodes(-1));
    rejects("maxSources", "0", b -> b.maxSources(0));
    rejects("maxEventsPerConflict", "-1", b -> b.maxEventsPerConflict(-1));
    rejects("maxCeasefiresPerConflict", "-3", b -> b.maxCeasefiresPerConflict(-3));
    rejects("maxMediatorsPerConflict", "-1", b -> b.maxMediatorsPerConflict(-1));
    rejects("maxRelations", "-1", b -> b.maxRelations(-1));
    rejects("contestedShare", "1.5", b -> b.contestedShare(1.5));
    rejects("contestedShare", "NaN", b -> b.contestedShare(Double.NaN));
    rejects("territoryDepth", "0", b -> b.territoryDepth(0));
    rejects("untilDay", "2000-01-01",
        b -> b.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1)));
    rejects("precisionWeights[DAY]", "-1", b -> b.precisionWeight(Precision.DAY, -1));
    rejects("maxFigure", "-1", b -> b.maxFigure(-1));
    rejects("maxFigure", String.valueOf(ModelConfig.FIGURE_LIMIT + 1),
        b -> b.maxFigure(ModelConfig.FIGURE_LIMIT + 1));
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> {
      ModelConfig.Builder b = ModelConfig.builder();
      for (Precision p : Precision.values()) {
        b.precisionWeight(p, 0);
      }
      b.build();
    });
    assertEquals("precisionWeights", none.field());
  }

  @Test
  void copiesChangeOneKnobAndKeepTheOthers() {
    ModelConfig defaults = ModelConfig.defaults();
    ModelConfig more = defaults.withClaims(IntRange.of(5, 40));
    assertEquals(IntRange.of(5, 40), more.claims());
    assertEquals(defaults.withClaims(defaults.claims()), defaults);
    assertEquals(defaults.parties(), more.parties());
    assertFalse(more.equals(defaults));
    ModelConfig dated = defaults.withDates(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1));
    assertEquals(LocalDate.of(2019, 1, 1), dated.firstDay());
    assertEquals(LocalDate.of(2024, 1, 1), dated.untilDay());
    assertEquals(dated, ModelConfig.builder().from(dated).build());
    assertThrows(InvalidValueException.class, () -> defaults.withTerritories(IntRange.of(0, 1)));
  }

  @Test
  void aPrecisionWithoutItsOwnWeightWeighsOne() {
    ModelConfig coarse = ModelConfig.builder().precisionWeight(Precision.DECADE, 4)
        .precisionWeight(Precision.MINUTE, 0).build();
    assertEquals(4, coarse.precisionWeight(Precision.DECADE));
    assertEquals(0, coarse.precisionWeight(Precision.MINUTE));
    assertEquals(1, coarse.precisionWeight(Precision.MONTH));
  }

  @Test
  void intRangesHoldTheirEndsAndRejectInvertedOnes() {
    IntRange r = IntRange.of(2, 10);
    assertTrue(r.contains(2) && r.contains(10) && !r.contains(1) && !r.contains(11));
    assertEquals("2..10", r.toString());
    assertEquals(IntRange.exactly(3), IntRange.of(3, 3));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IntRange.of(3, 1));
    assertEquals("IntRange.max = 1: must not be below min 3", e.getMessage());
  }
}
