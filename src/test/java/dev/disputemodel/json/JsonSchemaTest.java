package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar ({@value #RESOURCE}) accepts what {@link JsonFormat} writes:
 * the reference story's document and generated models, compact and indented. Validated with a
 * real JSON Schema (2020-12) validator, networknt's.
 */
class JsonSchemaTest {
  static final String RESOURCE = "META-INF/dispute-model/dispute-model.schema.json";
  /** The reference story as shipped with the examples (read from the project directory). */
  static final Path STORY = Path.of("examples", "src", "main", "resources", "border-clash-2022.json");

  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = JsonFormat.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not on the class path");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theShippedSchemaHasAnAbsoluteId() throws IOException {
    String text;
    try (InputStream in = JsonFormat.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher id = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
    assertTrue(id.find(), "no $id");
    assertTrue(URI.create(id.group(1)).isAbsolute(), id.group(1));
    assertEquals(Files.readString(Path.of("docs", "dispute-model.schema.json")), text,
        "the jar ships docs/dispute-model.schema.json as is");
  }

  @Test
  void theReferenceStoryIsValid() throws IOException {
    String story = Files.readString(STORY);
    assertEquals(List.of(), errors(story));
    assertEquals(List.of(), errors(JsonFormat.standard().write(JsonFormat.standard().read(story))));
  }

  @Test
  void generatedModelsAreValidCompactAndIndented() {
    Property.forAll(Generators.models()).tries(50).check(model -> {
      assertEquals(List.of(), errors(JsonFormat.standard().write(model)));
      assertEquals(List.of(), errors(JsonFormat.standard().withPretty(false).write(model)));
    });
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() {
    String valid = JsonFormat.standard().write(DisputeModel.builder().build());
    assertEquals(List.of(), errors(valid));
    assertFalse(errors(valid.replaceFirst("\\{", "{\"unknownField\": 1,")).isEmpty());
    assertFalse(errors("{\"parties\": []}").isEmpty(), "formatVersion is required");
    assertFalse(errors(valid.replace("\"" + JsonFormat.FORMAT_VERSION + "\"", "\"one\"")).isEmpty(),
        "formatVersion pattern");
  }

  @Test
  void theValidatorLooksInsideEntities() throws IOException {
    String story = Files.readString(STORY);
    String badKind = story.replaceFirst("\"kind\" : \"STATE\"", "\"kind\" : \"NOT_A_KIND\"");
    List<Error> found = errors(badKind);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).getInstanceLocation().toString().contains("parties"), found.toString());
  }
}
