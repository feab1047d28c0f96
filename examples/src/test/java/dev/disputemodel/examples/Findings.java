package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.EntityId;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the one finding of a rule about an entity in a report, for the example tests. */
final class Findings {
  private Findings() {}

  /** The single finding of {@code rule} whose focus or related entities include {@code entity}. */
  static Finding single(Report report, String rule, EntityId entity) {
    List<Finding> found = report.ofRule(rule).findings().stream()
        .filter(f -> f.focus().map(entity::equals).orElse(false) || f.related().contains(entity))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), rule + " on " + entity + ":\n" + report.toText());
    return found.get(0);
  }
}
