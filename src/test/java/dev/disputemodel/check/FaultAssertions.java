package dev.disputemodel.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.InjectedFault;
import dev.disputemodel.time.Certainty;
import java.util.Optional;

/** What the standard checker must report about an injected fault; shared by tests and properties. */
final class FaultAssertions {
  private FaultAssertions() {}

  /**
   * Asserts that the fault's rule reports it (focus, related entities, certainty and severity at
   * least as expected), that the finding is new, and that no other rule reports anything at
   * WARNING or above: the model has exactly that fault.
   */
  static Finding assertReported(InjectedFault fault) {
    Checker checker = Checker.standard();
    Report report = checker.check(fault.model());
    Optional<Finding> match = report.ofRule(fault.ruleId()).findings().stream()
        .filter(f -> f.focus().equals(Optional.of(fault.focus()))
            && f.related().containsAll(fault.related()))
        .findFirst();
    assertTrue(match.isPresent(),
        () -> "no " + fault.ruleId() + " finding on " + fault.focus() + " relating "
            + fault.related() + " for " + fault + "\nreport:\n" + report.toText());
    Finding finding = match.get();
    Severity expected = checker.severity(fault.ruleId());
    if (fault.certainty() == Certainty.POSSIBLY && expected == Severity.ERROR) {
      expected = Severity.WARNING;
    }
    Severity atLeast = expected;
    assertTrue(finding.severity().isAtLeast(atLeast),
        () -> finding + " is less severe than " + atLeast + " for " + fault);
    if (fault.certainty() == Certainty.DEFINITELY) {
      assertEquals(Certainty.DEFINITELY, finding.certainty(), () -> finding + " for " + fault);
    }
    assertFalse(checker.check(fault.original()).findings().contains(finding),
        () -> finding + " was already reported before " + fault);
    Report others = report.atLeast(Severity.WARNING).filter(f -> !f.rule().equals(fault.ruleId()));
    assertTrue(others.isEmpty(),
        () -> "besides " + fault + " the checker reports:\n" + others.toText());
    return finding;
  }
}
