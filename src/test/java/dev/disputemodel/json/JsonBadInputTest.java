package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModelException;
import dev.disputemodel.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input is refused with one {@link JsonFormatException} that lists each problem
 * with its JSON path and offending value; a read either returns a whole model or throws.
 */
class JsonBadInputTest {
  private static final JsonFormat JSON = JsonFormat.standard();

  /** A valid document: the full model, compact, to be broken by text replacement. */
  private static final String VALID = JSON.withPretty(false).write(JsonModels.full());

  private static List<JsonProblem> problems(String json) {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(json));
    assertEquals(e.problems().size(), e.getMessage().lines().count() - 1, e.getMessage());
    return e.problems();
  }

  private static String broken(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private static void assertProblem(List<JsonProblem> problems, String path, String value,
      String messagePart) {
    String all = problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n"));
    assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.value().equals(value)
        && p.message().contains(messagePart)), path + " = " + value + ": " + messagePart
        + " not in\n" + all);
  }

  @Test
  void theValidDocumentReads() {
    assertEquals(JsonModels.full(), JSON.read(VALID));
  }

  @Test
  void unknownFieldIsReportedWithItsPath() {
    List<JsonProblem> p = problems(broken("\"name\":\"Beta\"", "\"name\":\"Beta\",\"nmae\":1"));
    assertEquals(1, p.size(), p.toString());
    assertProblem(p, "$.parties[1].nmae", "1", "unknown field");
  }

  @Test
  void unknownTopLevelFieldAndClassNamesAreNotInstantiated() {
    List<JsonProblem> p = problems(
        "{\"formatVersion\":\"1.0\",\"@class\":\"java.lang.ProcessBuilder\"}");
    assertProblem(p, "$['@class']", "\"java.lang.ProcessBuilder\"", "unknown field");
  }

  /** Format 1.3's agreement lifecycle: a proposer that is a claim, documents that do not match. */
  @Test
  void anAgreementsLifecycleAndDocumentsAreCheckedWithTheirPaths() {
    List<JsonProblem> p = problems(broken("\"proposer\":{\"kind\":\"mediator\",\"id\":\"M2\"}",
        "\"proposer\":{\"kind\":\"claim\",\"id\":\"K1\"}"));
    assertProblem(p, "$.agreements[1].proposer", "Claim:K1", "must be a Party or a Mediator");
    p = problems(broken("\"signatories\":[\"A\",\"B\"],\"proposed\"", "\"signatories\":[\"C\"],\"proposed\""));
    assertProblem(p, "$.agreements[1].signatories", "[Party:C]", "must be the signatories of its documents");
  }

  /** A time of a conflict that a conflict does not have (format 1.2's factTime). */
  @Test
  void factTimeWithAnAspectItsSubjectLacksIsReported() {
    List<JsonProblem> p = problems(broken("\"aspect\":\"STARTED\"", "\"aspect\":\"ISSUED\""));
    assertEquals(1, p.size(), p.toString());
    assertProblem(p, "$.claims[1].propositions[4].aspect", "ISSUED", "does not apply to a Conflict");
  }

  @Test
  void missingRequiredFieldIsReported() {
    List<JsonProblem> p = problems(broken("\"name\":\"Beta\",", ""));
    assertProblem(p, "$.parties[1].name", "(absent)", "required field missing");
  }

  @Test
  void missingFormatVersionIsReported() {
    assertProblem(problems("{}"), "$.formatVersion", "(absent)", "required field missing");
  }

  @Test
  void wrongTypesAreReported() {
    List<JsonProblem> p = problems(broken("\"ucdp-actor\":\"64\"", "\"ucdp-actor\":64")
        .replace("\"aliases\":[\"Al\",\"Alf\"]", "\"aliases\":\"Al\"")
        .replace("\"low\":49", "\"low\":49.5"));
    assertProblem(p, "$.parties[0].externalIds['ucdp-actor']", "64", "expected a string");
    assertProblem(p, "$.parties[0].aliases", "\"Al\"", "expected an array");
    assertProblem(p, "$.claims[0].propositions[2].count.low", "49.5", "expected a whole number");
    assertEquals(3, p.size(), p.toString());
  }

  @Test
  void nullIsAWrongValue() {
    List<JsonProblem> p = problems(broken("\"hedge\":\"apparently\"", "\"hedge\":null"));
    assertProblem(p, "$.relations[0].hedge", "null", "null is not allowed");
  }

  @Test
  void unknownNamesAreReported() {
    List<JsonProblem> p = problems(broken("\"kind\":\"STATE\"", "\"kind\":\"EMPIRE\"")
        .replace("\"type\":\"initiated\"", "\"type\":\"java.lang.Runtime\""));
    assertProblem(p, "$.parties[0].kind", "\"EMPIRE\"", "unknown PartyKind");
    assertProblem(p, "$.claims[0].propositions[4].type", "\"java.lang.Runtime\"", "unknown type");
  }

  @Test
  void danglingReferenceNamesThePathOfTheReference() {
    List<JsonProblem> p = problems(broken(
        "\"type\":\"initiated\",\"conflict\":\"C2\"", "\"type\":\"initiated\",\"conflict\":\"C9\""));
    assertEquals(1, p.size(), p.toString());
    assertProblem(p, "$.claims[0].propositions[4].conflict", "\"C9\"", "no conflict with this id");
  }

  @Test
  void duplicateIdsAreReported() {
    List<JsonProblem> p = problems(broken("\"id\":\"B\"", "\"id\":\"A\""));
    assertProblem(p, "$.parties[1].id", "\"A\"", "duplicate party id; first declared at $.parties[0]");
  }

  @Test
  void invariantViolationsNameTheFieldAndValue() {
    List<JsonProblem> p = problems(broken("\"low\":1900", "\"low\":2100")
        .replace("\"id\":\"C2\",\"name\":\"War\"", "\"id\":\"C2\",\"name\":\" War\"")
        .replace("\"2022-09-13T08:05\"", "\"2022-13-13T08:05\""));
    assertProblem(p, "$.events[0].troops.low", "2100", "must not exceed high (2000)");
    assertProblem(p, "$.conflicts[1].name", "\" War\"", "must not begin or end with white space");
    assertProblem(p, "$.ceasefires[0].agreed", "\"2022-13-13T08:05\"", "not a real date");
    assertEquals(4, p.size(), p.toString()); // effective has the same bad date
  }

  @Test
  void periodNeedsAnEnd() {
    List<JsonProblem> p = problems(broken("\"period\":{\"start\":\"1994\"}", "\"period\":{}"));
    assertProblem(p, "$.relations[0].period", "{}", "needs a start, an end, or both");
  }

  @Test
  void allProblemsAreReportedAtOnceInDocumentOrder() {
    List<JsonProblem> p = problems(broken("\"name\":\"Beta\"", "\"name\":\"Beta\",\"x\":true")
        .replace("\"kind\":\"REGION\"", "\"kind\":\"PLANET\"")
        .replace("\"title\":\"Report\"", "\"title\":7")
        .replace("\"ends\":[{\"kind\":\"REPLACES\",\"claim\":\"K1\"}]",
            "\"ends\":[{\"kind\":\"REPLACES\",\"claim\":\"K7\"}]"));
    assertEquals(List.of("$.parties[1].x", "$.territories[0].kind", "$.sources[0].title",
        "$.claims[1].ends[0].claim"), p.stream().map(JsonProblem::path).collect(Collectors.toList()));
  }

  @Test
  void newerMajorVersionIsRefusedWithAClearMessage() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.read(broken("\"formatVersion\":\"" + JsonFormat.FORMAT_VERSION + "\"",
                "\"formatVersion\":\"2.0\"")
            .replace("\"kind\":\"STATE\"", "\"kind\":\"EMPIRE\"")));
    assertEquals(1, e.problems().size(), "a newer major is refused before anything else");
    assertTrue(e.getMessage().contains(
        "format version 2.0 is newer than this reader supports (1.x)"), e.getMessage());
  }

  @Test
  void newerMinorVersionIsReadAndItsNewFieldsReported() {
    assertEquals(JsonModels.full(),
        JSON.read(broken("\"" + JsonFormat.FORMAT_VERSION + "\"", "\"1.7\"")));
    assertProblem(problems("{\"formatVersion\":\"one\"}"), "$.formatVersion", "\"one\"",
        "MAJOR.MINOR");
  }

  @Test
  void malformedJsonAndTrailingTokensAreRefused() {
    assertTrue(problems("{\"formatVersion\":\"1.0\",").get(0).message()
        .contains("not well-formed JSON"));
    assertTrue(problems("{\"formatVersion\":\"1.0\"} {}").get(0).message()
        .contains("not well-formed JSON"));
    assertTrue(problems("[]").get(0).message().contains("must be a JSON object"));
    assertTrue(problems("").get(0).message().contains("no JSON document"));
    assertTrue(problems("{\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\"}").get(0).message()
        .contains("uplicate"));
  }

  @Test
  void inputLargerThanTheLimitIsRefused(@TempDir Path dir) throws Exception {
    JsonFormat small = JSON.withMaxInputLength(1_000);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> small.read(VALID));
    assertTrue(e.getMessage().contains("longer than the limit of 1000"), e.getMessage());
    assertThrows(JsonFormatException.class, () -> small.read(
        new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))));
    Path file = dir.resolve("big.json");
    Files.writeString(file, VALID);
    JsonFormatException f = assertThrows(JsonFormatException.class, () -> small.read(file));
    assertTrue(f.getMessage().contains(VALID.getBytes(StandardCharsets.UTF_8).length + " bytes"), f.getMessage());
    assertEquals(JsonModels.full(), JSON.withMaxInputLength(VALID.length()).read(VALID));
  }

  @Test
  void inputDeeperThanTheLimitIsRefused() {
    String deep = "{\"formatVersion\":\"1.0\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(deep));
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    assertThrows(JsonFormatException.class, () -> JSON.withMaxNestingDepth(5).read(VALID));
    assertEquals(JsonModels.full(), JSON.withMaxNestingDepth(8).read(VALID));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(InvalidValueException.class, () -> JSON.withMaxInputLength(0));
    assertThrows(InvalidValueException.class, () -> JSON.withMaxNestingDepth(0));
  }

  @Test
  void theExceptionIsInTheLibrarysFamily() {
    DisputeModelException e = assertThrows(DisputeModelException.class, () -> JSON.read("{}"));
    assertTrue(e instanceof JsonFormatException);
    assertThrows(IllegalArgumentException.class, () -> new JsonFormatException(List.of()));
  }

  @Test
  void aPropositionWhoseTypeIsNotFirstIsReadWithPathsUnderIt() {
    String from = "{\"type\":\"initiated\",\"conflict\":\"C2\",\"initiator\":\"B\"}";
    List<JsonProblem> p = problems(broken(from,
        "{\"conflict\":\"C2\",\"initiator\":\"B\",\"type\":\"initiated\",\"x\":[1,{\"a\":2}]}"));
    assertProblem(p, "$.claims[0].propositions[4].x", "[1,{\"a\":2}]", "unknown field");
    assertEquals(1, p.size(), p.toString());
    p = problems(broken(from, "{\"conflict\":\"C2\",\"initiator\":\"Q\",\"type\":\"initiated\"}"));
    assertProblem(p, "$.claims[0].propositions[4].initiator", "\"Q\"", "no party with this id");
    assertEquals(1, p.size(), p.toString());
    assertProblem(problems(broken("{\"type\":\"initiated\",\"conflict\":\"C2\"", "{\"conflict\":\"C2\"")),
        "$.claims[0].propositions[4].type", "(absent)", "required field missing");
  }

  @Test
  void duplicateAndNullFieldsAreReportedWhereTheyAre() {
    List<JsonProblem> p = problems(broken("\"low\":1900", "\"low\":1900,\"low\":1800")
        .replace("\"name\":\"Beta\"", "\"name\":null"));
    assertProblem(p, "$.events[0].troops.low", "1800", "duplicate field");
    assertProblem(p, "$.parties[1].name", "null", "null is not allowed; give a value");
    assertEquals(2, p.size(), p.toString());
  }

  @Test
  void integrityProblemsComeInDocumentOrder() {
    // DisputeModel.build() sorts its problems by entity (Claim before Relation); the reader
    // reports them in the order of the document (relations before claims).
    List<JsonProblem> p = problems(broken("\"claimant\":\"person\"", "\"claimant\":\"nobody\"")
        .replace("\"id\":\"R1\",\"from\":\"C\"", "\"id\":\"R1\",\"from\":\"none\""));
    assertEquals(List.of("$.relations[0].from", "$.claims[0].claimant"),
        p.stream().map(JsonProblem::path).collect(Collectors.toList()));
  }

  @Test
  void referencesToAnEntityThatIsBrokenItselfAreNotReportedAgain() {
    // Party B has a problem of its own; the many references to B are not dangling.
    List<JsonProblem> p = problems(broken("\"name\":\"Beta\"", "\"name\":\"Beta\",\"kind2\":1"));
    assertEquals(List.of("$.parties[1].kind2"),
        p.stream().map(JsonProblem::path).collect(Collectors.toList()));
  }

  @Test
  void wrongTypesOfTimesAndUnionsAreReported() {
    List<JsonProblem> p = problems(broken("\"madeAt\":\"2022-09-12 NIGHT\"", "\"madeAt\":20220912")
        .replace("\"agreed\":\"2022-09-13T08:05\"", "\"agreed\":\"[2022-09-13T08:05, 2022-09-13T08:06) MINUTE\"")
        .replace("{\"type\":\"withdrawal\"", "{\"type\":7"));
    assertProblem(p, "$.claims[0].madeAt", "20220912", "not a time");
    assertProblem(p, "$.ceasefires[0].agreed", "\"[2022-09-13T08:05, 2022-09-13T08:06) MINUTE\"",
        "not a time");
    assertProblem(p, "$.ceasefires[0].provisions[0].type", "7", "expected a string");
  }

  @Test
  void aMillionClaimDocumentIsWithinTheDefaultLimit() {
    // The indented document grows linearly with the claims (docs/performance.md): 10,000 claims
    // written here, times 100, with a tenth to spare, must fit.
    long bytes = JSON.write(dev.disputemodel.testing.BulkModels.generate(42, 10_000))
        .getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes * 100 * 11 / 10 < JsonFormat.DEFAULT_MAX_INPUT_LENGTH,
        bytes * 100 + " bytes for 1M claims, limit " + JsonFormat.DEFAULT_MAX_INPUT_LENGTH);
  }

  private static String listed(List<JsonProblem> problems) {
    return problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n"));
  }

  /** A field name that cannot follow a dot in a JSON path is quoted: {@code $['9x']}. */
  @Test
  void unknownFieldsAreReportedWithPathsThatQuoteWhatNeedsIt() {
    List<JsonProblem> p = problems("{\"formatVersion\":\"1.3\",\"A\":1,\"Z\":1,\"a\":1,"
        + "\"z\":1,\"_\":1,\"x0\":1,\"x9\":1,\"x.y[2]\":1,\"9x\":1,\"@\":1,\"[\":1,\"`\":1,"
        + "\"{\":1,\"x/\":1,\"x:\":1,\"\":1,\"it's\":1.50}");
    assertEquals(List.of("$.A", "$.Z", "$.a", "$.z", "$._", "$.x0", "$.x9", "$.x.y[2]", "$['9x']",
        "$['@']", "$['[']", "$['`']", "$['{']", "$['x/']", "$['x:']", "$['']", "$['it\\'s']"),
        p.stream().map(JsonProblem::path).collect(Collectors.toList()));
    assertEquals("1.50", p.get(p.size() - 1).value(), "a number as written");
  }

  @Test
  void yearsOfAConflictsIntensityAreCheckedKeyByKey() {
    List<JsonProblem> p = problems(broken("\"intensityByYear\":{\"1991\":\"MINOR\",\"1992\":\"WAR\"}",
        "\"intensityByYear\":{\"1991\":\"MINOR\",\"01991\":\"WAR\",\"-\":\"WAR\",\"\":\"WAR\","
            + "\"1234567890\":\"WAR\",\"19a1\":\"WAR\",\"/\":\"WAR\",\":\":\"WAR\",\"-1\":\"MINOR\","
            + "\"123456789\":\"WAR\",\"-123456789\":\"WAR\",\"1992\":\"PEACE\"}"));
    String at = "$.conflicts[1].intensityByYear";
    assertEquals(String.join("\n",
        at + "['01991'] = \"01991\": duplicate year",
        at + "['-'] = \"-\": a key must be a year",
        at + "[''] = \"\": a key must be a year",
        at + "['1234567890'] = \"1234567890\": a key must be a year",
        at + "['19a1'] = \"19a1\": a key must be a year",
        at + "['/'] = \"/\": a key must be a year",
        at + "[':'] = \":\": a key must be a year",
        at + "['1992'] = \"PEACE\": unknown Intensity; expected one of [MINOR, WAR]"),
        listed(p));
  }

  @Test
  void anOlderMajorVersionIsReportedAndTheRestStillRead() {
    for (String version : List.of("0.9", "000000000.1")) {
      List<JsonProblem> p = problems(broken("\"formatVersion\":\"" + JsonFormat.FORMAT_VERSION + "\"",
          "\"formatVersion\":\"" + version + "\"").replace("\"kind\":\"STATE\"", "\"kind\":\"EMPIRE\""));
      assertEquals("$.formatVersion = \"" + version + "\": unknown format version; this reader reads"
          + " 1.x\n$.parties[0].kind = \"EMPIRE\": unknown PartyKind; expected one of "
          + java.util.Arrays.toString(dev.disputemodel.PartyKind.values()), listed(p));
    }
  }

  @Test
  void boundsOfATimeMustBeLocalDateTimes() {
    List<JsonProblem> p = problems(broken("\"earliest\":\"2020-09-01T00:00\"",
        "\"earliest\":\"2020-09-01 00:00\""));
    assertEquals("$.conflicts[1].period.start.earliest = \"2020-09-01 00:00\": expected a local"
        + " date-time such as \"2022-09-13T06:00\"", listed(p));
  }

  @Test
  void anIdSchemeGivenTwiceIsReported() {
    List<JsonProblem> p = problems(broken("\"iso-3166\":\"AZE\"",
        "\"iso-3166\":\"AZE\",\"iso-3166\":\"ARM\""));
    assertEquals("$.parties[0].externalIds['iso-3166'] = \"iso-3166\": duplicate id scheme",
        listed(p));
  }

  /**
   * Up to the limit, references are still checked and the problems they give counted; a
   * dangling reference is then listed while there is room.
   */
  @Test
  void problemsUpToTheLimitStillHaveReferencesChecked() {
    String local = broken("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.3\",\"x\":1");
    String twoDangling = local.replace("\"actsFor\":\"A\"", "\"actsFor\":\"Q1\"")
        .replace("\"actsFor\":\"C\"", "\"actsFor\":\"Q2\"");
    JsonFormatException one = assertThrows(JsonFormatException.class,
        () -> JSON.withMaxProblems(1).read(twoDangling));
    assertEquals(List.of("$.x"), one.problems().stream().map(JsonProblem::path).toList());
    assertEquals(2, one.omittedProblems(), "the two dangling references, counted");
    JsonFormatException two = assertThrows(JsonFormatException.class,
        () -> JSON.withMaxProblems(2).read(twoDangling));
    assertEquals(List.of("$.x", "$.parties[4].actsFor"),
        two.problems().stream().map(JsonProblem::path).toList());
    assertEquals(1, two.omittedProblems());
    JsonFormatException all = assertThrows(JsonFormatException.class,
        () -> JSON.withMaxProblems(3).read(twoDangling));
    assertEquals(List.of("$.x", "$.parties[4].actsFor", "$.parties[5].actsFor"),
        all.problems().stream().map(JsonProblem::path).toList());
    assertEquals(0, all.omittedProblems());
  }

  @Test
  void aSyntaxErrorSaysTheLineAndColumn() {
    List<JsonProblem> p = problems("{\"formatVersion\":\"1.3\",\n  \"parties\": [}");
    assertEquals(1, p.size(), listed(p));
    assertTrue(p.get(0).message().startsWith("not well-formed JSON at line 2, column 15: "),
        listed(p));
  }

  @Test
  void aReaderThatBeginsWithANulCharacterIsRefused() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.read(new java.io.StringReader("\u0000" + VALID)));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("Illegal character ((CTRL-CHAR, code 0))"),
        e.getMessage());
    JsonFormatException bytes = assertThrows(JsonFormatException.class, () -> JSON.read(
        new ByteArrayInputStream(("\u0000" + VALID).getBytes(StandardCharsets.UTF_8))));
    assertEquals(1, bytes.problems().size(), bytes.getMessage());
  }
}
