package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;

/** Issue #6: writing then reading gives an equal model, for generated models of every shape. */
class JsonRoundTripProperties {
  private static final JsonFormat FORMAT = JsonFormat.standard();

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
    assertEquals(model, FORMAT.read(FORMAT.write(model)));
  }

  @PropertyTest(tries = 30)
  void roundTripsLargeModels(@ForAll("large") DisputeModel model) {
    assertEquals(model, FORMAT.read(FORMAT.withPretty(true).write(model)));
  }

  @PropertyTest(tries = 30)
  void roundTripsCoarseTimes(@ForAll("coarse") DisputeModel model) {
    assertEquals(model, FORMAT.read(FORMAT.write(model)));
  }
}
