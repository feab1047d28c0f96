package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.json.JsonFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of the four dispute models survives a JSON round trip, compact and indented. */
class DisputeExamplesJsonTest {
  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("Cyprus", Cyprus1974.model()),
        Arguments.of("Kosovo", Kosovo.model()),
        Arguments.of("Golan Heights", GolanHeights.model()),
        Arguments.of("Essequibo", Essequibo.model()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void roundTrips(String name, DisputeModel model) {
    JsonFormat json = JsonFormat.standard();
    String written = json.write(model);
    DisputeModel read = json.read(written);
    assertEquals(model, read, name);
    assertEquals(written, json.write(read), name + ": writing what was read gives the same text");
    assertEquals(model, json.withPretty(false).read(json.withPretty(false).write(model)), name + ", compact");
  }
}
