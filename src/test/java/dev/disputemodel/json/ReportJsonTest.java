package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.PartyId;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.RuleDescriptor;
import dev.disputemodel.check.Severity;
import dev.disputemodel.time.Certainty;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consistency report written as JSON by {@link JsonFormat#write(Report)}. */
class ReportJsonTest {
  private static final RuleDescriptor A = new RuleDescriptor("a-rule", Severity.INFO, "A");
  private static final RuleDescriptor B = new RuleDescriptor("b-rule", Severity.ERROR, "B");

  private static final Finding INFO =
      A.finding(PartyId.of("P2")).message("said \"x\"\nthen y").build();
  private static final Finding ERR = B.finding(ConflictId.of("C1")).path("period.end")
      .value("2020").related(PartyId.of("P1"), ClaimId.of("K1")).message("wrong").build();
  private static final Finding WARN = B.finding(ConflictId.of("C1")).severity(Severity.WARNING)
      .certainty(Certainty.POSSIBLY).path("period.end").value("2019").message("maybe").build();

  private static final JsonFormat COMPACT = JsonFormat.standard().withPretty(false);

  @Test
  void compactJsonHasCountsRulesAndEveryFieldOfEveryFinding() {
    assertEquals(
        "{\"counts\":{\"ERROR\":1,\"WARNING\":0,\"INFO\":1},\"rules\":{\"a-rule\":1,\"b-rule\":1},"
            + "\"findings\":["
            + "{\"rule\":\"b-rule\",\"severity\":\"ERROR\",\"certainty\":\"DEFINITELY\","
            + "\"focus\":\"Conflict:C1\",\"path\":\"period.end\",\"value\":\"2020\","
            + "\"related\":[\"Party:P1\",\"Claim:K1\"],\"message\":\"wrong\"},"
            + "{\"rule\":\"a-rule\",\"severity\":\"INFO\",\"certainty\":\"DEFINITELY\","
            + "\"focus\":\"Party:P2\",\"path\":null,\"value\":null,\"related\":[],"
            + "\"message\":\"said \\\"x\\\"\\nthen y\"}]}",
        COMPACT.write(Report.of(List.of(INFO, ERR))));
    assertEquals("{\"counts\":{\"ERROR\":0,\"WARNING\":0,\"INFO\":0},\"rules\":{},\"findings\":[]}",
        COMPACT.write(Report.of(List.of())));
  }

  @Test
  void prettyJsonIsTheSameDocumentIndented() throws Exception {
    Report report = Report.of(List.of(INFO, WARN, ERR));
    String pretty = JsonFormat.standard().write(report);
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(COMPACT.write(report)), mapper.readTree(pretty));
    assertTrue(pretty.lines().count() > 10, pretty);
    StringWriter out = new StringWriter();
    COMPACT.write(report, out);
    assertEquals(COMPACT.write(report), out.toString());
  }

  @Test
  void everyCharacterOfAMessageSurvivesAJsonParser() throws Exception {
    // Texts refuse other control characters (Checks.text); the value, unchecked, carries U+0000.
    String message = "tab\there \n \r quote\" backslash\\ Çavuşoğlu Пашинян 😀 \u2028 end";
    Finding f = A.finding(PartyId.of("P\"1")).path("a\\b").value("\u0000").message(message).build();
    JsonNode finding = new ObjectMapper().readTree(COMPACT.write(Report.of(List.of(f))))
        .get("findings").get(0);
    assertEquals(message, finding.get("message").textValue());
    assertEquals("Party:P\"1", finding.get("focus").textValue());
    assertEquals("a\\b", finding.get("path").textValue());
    assertEquals("\u0000", finding.get("value").textValue());
    assertEquals(Certainty.DEFINITELY.name(), finding.get("certainty").textValue());
  }
}
