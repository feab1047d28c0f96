package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference story as shipped in format 1.0 ({@code examples/.../border-clash-2022.json},
 * copied to the test resources): it reads, and writing what was read gives the file back but for
 * the format version, which is the current one (1.0 documents read unchanged under 1.1).
 */
class StoryFileTest {
  private static final String FILE = "border-clash-2022.json";

  private static String story() throws IOException {
    try (InputStream in = StoryFileTest.class.getResourceAsStream(FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theStoryReadsWithEveryEntityOfTheFile() throws IOException {
    String text = story();
    DisputeModel model = JsonFormat.standard().read(text);
    JsonNode tree = new ObjectMapper().readTree(text);
    Map<String, List<?>> lists = Map.of("parties", model.parties(), "relations", model.relations(),
        "territories", model.territories(), "conflicts", model.conflicts(), "events",
        model.events(), "ceasefires", model.ceasefires(), "mediators", model.mediators(),
        "claims", model.claims(), "sources", model.sources());
    lists.forEach((name, list) -> assertEquals(tree.path(name).size(), list.size(), name));
    assertTrue(model.claims().size() >= 12, "K1 to K12 at least: " + model.claims().size());
    assertEquals("Armenia", model.party(PartyId.of("P1")).orElseThrow().name());
  }

  @Test
  void writingTheStoryGivesTheFileBackAndCompactOutputRoundTrips() throws IOException {
    // the file is format 1.0; written again it is 1.1 and, having nothing 1.1 added, else the same
    String text = story();
    assertTrue(text.contains("\"formatVersion\" : \"1.0\""), "the story file is format 1.0");
    DisputeModel model = JsonFormat.standard().read(text);
    assertTrue(text.contains("\"formatVersion\" : \"1.0\""), "the stored story is a 1.0 document");
    assertEquals(text.replace("\"formatVersion\" : \"1.0\"",
            "\"formatVersion\" : \"" + JsonFormat.FORMAT_VERSION + "\""),
        JsonFormat.standard().write(model), "the same document, in the version this library writes");
    JsonFormat compact = JsonFormat.standard().withPretty(false);
    assertEquals(model, compact.read(compact.write(model)));
  }
}
