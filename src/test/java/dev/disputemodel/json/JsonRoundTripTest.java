package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Write then read gives an equal model, for hand-built models covering every type. (When the
 * test kit of issue #3 lands, this becomes a property over its generated models.)
 */
class JsonRoundTripTest {
  static Stream<Arguments> models() {
    return JsonModels.all().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void stringRoundTripGivesAnEqualModel(String name, DisputeModel model) {
    for (JsonFormat format : new JsonFormat[] {
        JsonFormat.standard(), JsonFormat.standard().withPretty(false)}) {
      String json = format.write(model);
      assertEquals(model, format.read(json), name + " via " + format);
      assertEquals(json, format.write(format.read(json)), "writing is deterministic");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void streamReaderAndFileRoundTripsGiveAnEqualModel(String name, DisputeModel model,
      @TempDir Path dir) throws IOException {
    JsonFormat json = JsonFormat.standard();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(model, bytes);
    assertEquals(model, json.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(model, json.read(new StringReader(bytes.toString(StandardCharsets.UTF_8))));
    Path file = dir.resolve(name + ".json");
    json.write(model, file);
    assertEquals(model, json.read(file));
  }

  @Test
  void theFullModelUsesEveryFormOfTime() {
    String json = JsonFormat.standard().withPretty(false).write(JsonModels.full());
    for (String compact : new String[] {"\"2022-09-13T08:05\"", "\"2022-09-12 NIGHT\"",
        "\"2022-09-13\"", "\"2020-11\"", "\"1994\"", "\"1980s\"", "\"about 1974-07-20\"",
        "\"1974-08 MID\""}) {
      assertTrue(json.contains(compact), compact + " in " + json);
    }
    assertTrue(json.contains(
        "{\"earliest\":\"2022-09-13T22:00\",\"latest\":\"2022-09-13T23:00\",\"precision\":\"HOUR\"}"),
        "an hour has no compact form");
    assertTrue(json.contains("\"earliest\":\"2022-09-13T00:00:30\""), "seconds are kept");
    assertTrue(json.startsWith("{\"formatVersion\":\"1.3\","), json.substring(0, 40));
  }

  @Test
  void fullModelHasEveryPropositionAndProvisionType() {
    String json = JsonFormat.standard().withPretty(false).write(JsonModels.full());
    for (String type : new String[] {"sovereignty", "control", "casualties", "initiated",
        "attack", "ceasefireStatus", "stance", "backsAccount", "noStatement", "withdrawal",
        "deployment", "other", "control", "boundary", "claim", "procedural", "agreementResponse",
        "agreementStatus"}) {
      assertTrue(json.contains("\"type\":\"" + type + "\""), type);
    }
    for (String field : new String[] {"\"agreements\":", "\"rulings\":", "\"links\":",
        "\"earlier\":{\"kind\":\"agreement\",\"id\":\"AG1\"}", "\"under\":", "\"proclaimed\":",
        "\"dissolved\":", "\"agreement\":\"AG1\"", "\"time\":\"1974-08 MID\"", "\"binding\":false"}) {
      assertTrue(json.contains(field), field);
    }
    assertFalse(json.contains("\"predecessor\":\"CF"), "format 1.1 writes links, not the 1.0 predecessor");
    assertTrue(json.contains("\"succeeds\":[{\"predecessor\":\"A\",\"kind\":\"INDEPENDENCE\",\"date\":"), json);
    Map<String, DisputeModel> all = JsonModels.all();
    assertEquals(3, all.size());
  }

  /**
   * A format 1.0 document still reads: its ceasefire {@code predecessor} becomes a succession
   * link, and the reference story's 1.0 document reads to the story's model.
   */
  @Test
  void aFormat10DocumentStillReadsItsPredecessorAsASuccession() throws IOException {
    String v10 = "{\"formatVersion\":\"1.0\",\"conflicts\":[{\"id\":\"C\",\"name\":\"War\"}],"
        + "\"ceasefires\":[{\"id\":\"S1\",\"name\":\"First\",\"conflict\":\"C\",\"source\":\"D\"},"
        + "{\"id\":\"S2\",\"name\":\"Second\",\"conflict\":\"C\",\"predecessor\":\"S1\",\"source\":\"D\"}],"
        + "\"sources\":[{\"id\":\"D\",\"kind\":\"OTHER\",\"title\":\"Data\"}]}";
    DisputeModel read = JsonFormat.standard().read(v10);
    assertEquals(List.of(dev.disputemodel.ChainLink.succeeds(dev.disputemodel.CeasefireId.of("S1"))),
        read.ceasefire(dev.disputemodel.CeasefireId.of("S2")).orElseThrow().links());
    String written = JsonFormat.standard().withPretty(false).write(read);
    assertTrue(written.contains("\"links\":[{\"kind\":\"SUCCEEDS\",\"earlier\":{\"kind\":\"ceasefire\","
        + "\"id\":\"S1\"}}]"), written);
    assertEquals(read, JsonFormat.standard().read(written));
    try (java.io.InputStream in = JsonRoundTripTest.class.getResourceAsStream("border-clash-2022.json")) {
      String story = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(story.contains("\"formatVersion\" : \"1.0\""), "the stored story is a 1.0 document");
      DisputeModel model = JsonFormat.standard().read(story);
      assertEquals(List.of("S1", "S2"), model.ceasefires().stream().map(c -> c.id().value()).toList());
      assertEquals(model, JsonFormat.standard().read(JsonFormat.standard().write(model)), "and writes as 1.1");
    }
  }

  /**
   * A ruling whose binding force no source states is written without {@code binding} and reads
   * back unstated; a stated one keeps its field, as every 1.2 document has it.
   */
  @Test
  void aRulingWithUnstatedBindingForceLeavesTheFieldOut() {
    String doc = "{\"formatVersion\":\"1.2\",\"parties\":[{\"id\":\"UN\",\"name\":\"Council\","
        + "\"kind\":\"INTERNATIONAL_ORGANIZATION\"}],\"rulings\":[%s],"
        + "\"sources\":[{\"id\":\"D\",\"kind\":\"OTHER\",\"title\":\"Text\"}]}";
    String ruling = "{\"id\":\"J1\",\"name\":\"Resolution 186\",\"body\":\"UN\",\"issued\":\"1964-03-04\","
        + "%s\"decisions\":[{\"type\":\"other\",\"description\":\"a force\"}],\"source\":\"D\"}";
    DisputeModel unstated = JsonFormat.standard().read(String.format(doc, String.format(ruling, "")));
    dev.disputemodel.Ruling r = unstated.rulings().get(0);
    assertEquals(dev.disputemodel.BindingForce.UNSTATED, r.bindingForce());
    String written = JsonFormat.standard().withPretty(false).write(unstated);
    assertFalse(written.contains("\"binding\""), written);
    assertEquals(unstated, JsonFormat.standard().read(written));
    DisputeModel stated = JsonFormat.standard().read(
        String.format(doc, String.format(ruling, "\"binding\":false,")));
    assertEquals(dev.disputemodel.BindingForce.NOT_BINDING, stated.rulings().get(0).bindingForce());
    assertTrue(JsonFormat.standard().withPretty(false).write(stated).contains("\"binding\":false"));
  }

  /**
   * Every reference to an entity read from one document is the same id object as the entity's
   * own id: a large model then holds each id once, and index lookups find ids identical.
   */
  @Test
  void readingSharesOneIdObjectPerEntity() {
    DisputeModel read = JsonFormat.standard().read(JsonFormat.standard().write(JsonModels.full()));
    java.util.Map<dev.disputemodel.EntityId, dev.disputemodel.EntityId> own = new java.util.HashMap<>();
    read.entities().forEach(e -> own.put(e.id(), e.id()));
    int references = 0;
    for (dev.disputemodel.Entity e : read.entities()) {
      for (dev.disputemodel.Reference r : e.references()) {
        if (own.containsKey(r.target())) {
          assertTrue(own.get(r.target()) == r.target(), () -> r + " of " + e.id() + " is a copy of the id");
          references++;
        }
      }
    }
    assertTrue(references > 20, "references checked: " + references);
  }

  /** A writer other than this one may put a proposition's or provision's type anywhere. */
  @Test
  void aTypeAfterTheOtherFieldsReadsTheSame() {
    JsonFormat compact = JsonFormat.standard().withPretty(false);
    String json = compact.write(JsonModels.full());
    String typesLast = json.replaceAll("\\{\"type\":(\"[a-zA-Z]+\"),([^{}]*)\\}", "{$2,\"type\":$1}");
    assertTrue(!typesLast.equals(json) && typesLast.contains(",\"type\":\"initiated\"}"), typesLast);
    assertEquals(JsonModels.full(), compact.read(typesLast));
  }
}
