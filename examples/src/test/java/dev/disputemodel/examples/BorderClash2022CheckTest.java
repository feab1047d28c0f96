package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's acceptance on the reference story: the standard checker reports exactly the
 * disagreements the article reports (the last section of border-clash-2022-facts.md) and no
 * ERROR.
 */
class BorderClash2022CheckTest {
  private final Report report = Checker.standard().check(BorderClash2022.model());

  @Test
  @DisplayName("no ERROR: the story's model does not contradict itself")
  void noErrors() {
    assertFalse(report.hasErrors(), report.toText());
  }

  @Test
  @DisplayName("contested: who struck first (K5 vs K6, Turkey backing K6 through R3 and K11)")
  void contestedFirstStrike() {
    Finding f = single("contested-question", ConflictId.of("C4"));
    assertEquals(Severity.INFO, f.severity());
    assertTrue(
        f.related().containsAll(List.of(ClaimId.of("K5"), ClaimId.of("K6"), ClaimId.of("K11"))),
        f.toString());
  }

  @Test
  @DisplayName("contested: whether S2 holds (K3 vs K4 and K7), with the violation evidence")
  void contestedCeasefire() {
    Finding state = single("contested-question", dev.disputemodel.CeasefireId.of("S2"));
    assertEquals(Severity.INFO, state.severity());
    assertTrue(
        state.related().containsAll(List.of(ClaimId.of("K3"), ClaimId.of("K4"), ClaimId.of("K7"))),
        state.toString());
    Finding violated = single("ceasefire-violated", dev.disputemodel.CeasefireId.of("S2"));
    assertTrue(violated.related().contains(ClaimId.of("K7")), violated.toString());
  }

  @Test
  @DisplayName("partiality: Russia brokers S1 and S2 while allied to Armenia (R1)")
  void russiaAllied() {
    Report allied = report.ofRule("mediator-allied");
    assertFalse(allied.isEmpty(), report.toText());
    allied.findings().forEach(f -> assertEquals(Severity.WARNING, f.severity()));
    Set<EntityId> involved =
        allied.findings().stream()
            .flatMap(f -> java.util.stream.Stream.concat(f.focus().stream(), f.related().stream()))
            .collect(Collectors.toSet());
    assertTrue(involved.contains(PartyId.of("P5")) || involved.contains(PartyId.of("P1")),
        allied.toText());
  }

  @Test
  @DisplayName("contradiction inside one source: K8 (no statement) vs K2 (the ministry's 50)")
  void articleContradictsItself() {
    Finding f = single("no-statement-contradicted", ClaimId.of("K8"));
    assertTrue(f.related().contains(ClaimId.of("K2")), f.toString());
  }

  @Test
  @DisplayName("nothing beyond the article's disagreements and their evidence")
  void nothingElse() {
    assertEquals(
        Set.of("contested-question", "ceasefire-violated", "mediator-allied",
            "no-statement-contradicted"),
        report.countsByRule().keySet(), report.toText());
  }

  private Finding single(String rule, EntityId focus) {
    List<Finding> found =
        report.ofRule(rule).findings().stream()
            .filter(f -> f.focus().map(focus::equals).orElse(false)
                || f.related().contains(focus))
            .collect(Collectors.toList());
    assertEquals(1, found.size(), rule + " on " + focus + ":\n" + report.toText());
    return found.get(0);
  }
}
