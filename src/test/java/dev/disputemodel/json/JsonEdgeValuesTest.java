package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values at their edges: a boolean written out as {@code false} although it may be left out, and
 * input exactly as long as the limit (read) or one longer (refused), from every kind of input.
 */
class JsonEdgeValuesTest {
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final String VALID = JSON.withPretty(false).write(JsonModels.full());

  @Test
  void anExplicitFalseReadsAsFalse() {
    String from = "\"sovereign\":\"B\"";
    assertTrue(VALID.contains(from), VALID);
    String json = VALID.replace(from, "\"internationallyRecognized\":false," + from);
    assertEquals(JsonModels.full(), JSON.read(json));
    String recognized = VALID.replace(from, "\"internationallyRecognized\":true," + from);
    assertTrue(JSON.read(recognized).territories().stream()
        .flatMap(t -> t.sovereignty().stream())
        .allMatch(s -> s.internationallyRecognized()), "an explicit true is read as true");
  }

  @Test
  void inputExactlyAsLongAsTheLimitIsReadAndOneMoreIsRefused(@TempDir Path dir) throws Exception {
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("model.json");
    Files.write(file, bytes);
    JsonFormat exact = JSON.withMaxInputLength(bytes.length);
    JsonFormat under = JSON.withMaxInputLength(bytes.length - 1);
    assertEquals(JsonModels.full(), exact.read(file));
    assertEquals(JsonModels.full(), exact.read(new ByteArrayInputStream(bytes)));
    assertThrows(JsonFormatException.class, () -> under.read(file));
    assertThrows(JsonFormatException.class, () -> under.read(new ByteArrayInputStream(bytes)));
    JsonFormat chars = JSON.withMaxInputLength(VALID.length());
    assertEquals(JsonModels.full(), chars.read(VALID));
    assertThrows(JsonFormatException.class,
        () -> JSON.withMaxInputLength(VALID.length() - 1).read(VALID));
  }
}
