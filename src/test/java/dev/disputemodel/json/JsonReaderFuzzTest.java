package dev.disputemodel.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.DisputeModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link JsonFormat#read}: any input gives a model or a {@link DisputeModelException}
 * (in practice a {@link JsonFormatException}), never anything else, and never more memory than
 * Jazzer's limit. Under {@code mvn verify} it replays its corpus
 * ({@code src/test/resources/dev/disputemodel/json/JsonReaderFuzzTestInputs}); to fuzz, see
 * docs/testing.md.
 */
class JsonReaderFuzzTest {
  /** Small limits, so a fuzzed input cannot make the reader hold much. */
  private static final JsonFormat JSON =
      JsonFormat.standard().withMaxInputLength(1 << 20).withMaxNestingDepth(32);

  @FuzzTest(maxDuration = "10s")
  void bytesGiveAModelOrAJsonFormatException(byte[] input) throws IOException {
    readBytes(input);
    readText(new String(input, StandardCharsets.UTF_8));
  }

  private static void readBytes(byte[] input) throws IOException {
    try {
      DisputeModel model = JSON.read(new ByteArrayInputStream(input));
      roundTrips(model);
    } catch (DisputeModelException expected) {
      // the library's refusal: the only other outcome allowed
    }
  }

  private static void readText(String input) {
    try {
      DisputeModel model = JSON.read(input);
      roundTrips(model);
    } catch (DisputeModelException expected) {
      // the library's refusal
    }
  }

  /** A model read is one the writer can write and the reader read back equal. */
  private static void roundTrips(DisputeModel model) {
    DisputeModel again = JSON.read(JSON.write(model));
    if (!again.equals(model)) {
      throw new AssertionError("read(write(model)) differs from model " + model);
    }
  }
}
