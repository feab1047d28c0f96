package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;

/**
 * Issue #6: writing then reading gives an equal model, for generated models of every shape, in
 * both layouts: compact and indented.
 */
class JsonRoundTripProperties {
  private static final JsonFormat PRETTY = JsonFormat.standard();
  private static final JsonFormat COMPACT = JsonFormat.standard().withPretty(false);

  private static void assertRoundTrips(DisputeModel model) {
    String compact = COMPACT.write(model);
    String pretty = PRETTY.write(model);
    assertEquals(1, compact.lines().count(), "compact output is one line");
    assertTrue(pretty.lines().count() > 1, "indented output has lines");
    assertEquals(model, COMPACT.read(compact), "compact");
    assertEquals(model, PRETTY.read(pretty), "indented");
  }

  /** Large, deep, highly contested models. */
  static Gen<DisputeModel> large() {
    return Generators.models(ModelConfig.builder().parties(5, 30).claims(20, 120)
        .territoryDepth(4).contestedShare(0.8).build());
  }

  /** Coarse times only (years and decades), centuries apart. */
  static Gen<DisputeModel> coarse() {
    return Generators.models(ModelConfig.builder()
        .dates(LocalDate.of(1700, 1, 1), LocalDate.of(2030, 12, 31))
        .precisionWeight(Precision.MINUTE, 0).precisionWeight(Precision.HOUR, 0)
        .precisionWeight(Precision.PART_OF_DAY, 0).precisionWeight(Precision.DAY, 0)
        .build());
  }

  @PropertyTest
  void roundTrips(DisputeModel model) {
    assertRoundTrips(model);
  }

  @PropertyTest(tries = 30)
  void roundTripsLargeModels(@ForAll("large") DisputeModel model) {
    assertRoundTrips(model);
  }

  @PropertyTest(tries = 30)
  void roundTripsCoarseTimes(@ForAll("coarse") DisputeModel model) {
    assertRoundTrips(model);
  }
}
