package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.ModelConfig;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The query module and the checker agree on which questions are contested, on generated models:
 * {@code ModelQueries.contested()} lists exactly the questions the checker's
 * {@code contested-question} reports, each finding as certain as {@link Question#contested()}.
 */
class ContestedAgreementTest {
  static Gen<DisputeModel> models() {
    return Generators.models(ModelConfig.builder()
        .dates(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)).contestedShare(0.6).build());
  }

  @PropertyTest
  void queryAndCheckerAgreeOnContestedQuestions(@ForAll("models") DisputeModel model) {
    List<Question> queried = ModelQueries.over(model).contested();
    List<Finding> reported = Checker.standard().check(model).findings().stream()
        .filter(f -> f.rule().equals("contested-question")).collect(Collectors.toList());
    assertEquals(
        queried.stream().map(Question::key).map(Object::toString).sorted().toList(),
        reported.stream().map(f -> f.value().orElseThrow()).sorted().toList());
    for (Finding f : reported) {
      Question q = queried.stream().filter(x -> x.key().toString().equals(f.value().orElseThrow()))
          .findFirst().orElseThrow();
      assertEquals(q.contested(), f.certainty(), f.toString());
    }
  }
}
