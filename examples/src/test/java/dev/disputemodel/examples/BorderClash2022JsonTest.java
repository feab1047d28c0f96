package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checked-in JSON file of the reference story is the story built in code. */
class BorderClash2022JsonTest {
  @Test
  void theJsonFileLoadsAsTheReferenceModel() {
    DisputeModel loaded = BorderClash2022Json.load();
    assertEquals(BorderClash2022.model(), loaded);
    assertEquals(BorderClash2022.model().size(), loaded.size());
  }

  @Test
  void theJsonFileIsWhatTheWriterWritesToday() throws IOException {
    String checkedIn;
    try (InputStream in = BorderClash2022Json.class.getResourceAsStream(BorderClash2022Json.RESOURCE)) {
      checkedIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(JsonFormat.standard().write(BorderClash2022.model()), checkedIn,
        "regenerate border-clash-2022.json with BorderClash2022Json.main");
  }
}
