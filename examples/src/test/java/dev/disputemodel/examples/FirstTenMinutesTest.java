package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.Question;
import dev.disputemodel.json.JsonFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's first-ten-minutes path gives what the README says it gives. */
class FirstTenMinutesTest {
  private final DisputeModel model = FirstTenMinutes.model();

  @Test
  void theQuestionHasTwoContradictingVersions() {
    Question question = FirstTenMinutes.whoStruckFirst(model);
    assertTrue(question.isContested());
    assertEquals(2, question.versions().size());
    assertTrue(question.versions().get(0).contradicts(question.versions().get(1)));
    Set<EntityId> speakers = question.versions().stream()
        .flatMap(v -> v.speakers().stream()).collect(Collectors.toSet());
    assertEquals(Set.of(PartyId.of("armenia"), PartyId.of("azerbaijan")), speakers);
  }

  @Test
  void theCheckerReportsTheContestedQuestionAndNoError() {
    Report report = FirstTenMinutes.check(model);
    assertFalse(report.hasErrors(), report.toText());
    assertEquals(1, report.ofRule("contested-question").size(), report.toText());
  }

  @Test
  void theJsonReadsBackAsTheSameModel() {
    assertEquals(model, JsonFormat.standard().read(FirstTenMinutes.toJson(model)));
  }
}
