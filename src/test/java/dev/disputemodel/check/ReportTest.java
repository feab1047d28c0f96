package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.time.Certainty;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final RuleDescriptor A = new RuleDescriptor("a-rule", Severity.INFO, "A");
  private static final RuleDescriptor B = new RuleDescriptor("b-rule", Severity.ERROR, "B");

  private static final Finding INFO = A.finding(p("P2")).message("said \"x\"\nthen y").build();
  private static final Finding ERR = B.finding(c("C1")).path("period.end").value("2020")
      .related(p("P1"), k("K1")).message("wrong").build();
  private static final Finding WARN = B.finding(c("C1")).severity(Severity.WARNING)
      .certainty(Certainty.POSSIBLY).path("period.end").value("2019").message("maybe").build();
  private static final Finding INFO2 = A.finding(c("C1")).message("other").build();

  private static final Report REPORT = Report.of(List.of(INFO, WARN, INFO2, ERR));

  @Test
  void findingsAreSortedBySeverityRuleFocusAndPath() {
    assertEquals(List.of(ERR, WARN, INFO2, INFO), REPORT.findings());
    assertEquals(REPORT, Report.of(List.of(ERR, INFO2, INFO, WARN)));
  }

  @Test
  void countsAndGroups() {
    assertEquals(ImmutableMap.of(Severity.ERROR, 1, Severity.WARNING, 1, Severity.INFO, 2),
        REPORT.countsBySeverity());
    assertEquals(ImmutableMap.of("a-rule", 2, "b-rule", 2), REPORT.countsByRule());
    assertEquals(List.of("a-rule", "b-rule"), List.copyOf(REPORT.byRule().keySet()));
    assertEquals(List.of(INFO2, INFO), REPORT.byRule().get("a-rule"));
    assertEquals(List.of(ERR, WARN, INFO2), REPORT.byFocus().get(c("C1")));
    assertEquals(List.of(c("C1"), p("P2")), List.copyOf(REPORT.byFocus().keySet()));
  }

  @Test
  void filters() {
    assertEquals(List.of(ERR, WARN), REPORT.atLeast(Severity.WARNING).findings());
    assertEquals(List.of(INFO2, INFO), REPORT.ofRule("a-rule").findings());
    assertEquals(List.of(ERR), REPORT.involving(k("K1")).findings());
    assertEquals(List.of(WARN), REPORT.filter(f -> f.certainty() == Certainty.POSSIBLY).findings());
    assertTrue(REPORT.hasErrors());
    assertFalse(REPORT.atLeast(Severity.WARNING).ofRule("a-rule").hasErrors());
    assertTrue(Report.of(List.of()).isEmpty());
  }

  @Test
  void text() {
    assertEquals(
        "4 findings: 1 error, 1 warning, 2 info\n"
            + "ERROR b-rule Conflict:C1.period.end = 2020: wrong [related: Party:P1, Claim:K1]\n"
            + "WARNING b-rule Conflict:C1.period.end = 2019 (possible): maybe\n"
            + "INFO a-rule Conflict:C1: other\n"
            + "INFO a-rule Party:P2: said \"x\"\nthen y\n",
        REPORT.toText());
    assertEquals("1 finding: 0 errors, 1 warning, 0 info\n"
        + "WARNING b-rule Conflict:C1.period.end = 2019 (possible): maybe\n",
        Report.of(List.of(WARN)).toText());
  }

  @Test
  void emptinessAndEqualityFollowTheFindings() {
    assertFalse(REPORT.isEmpty());
    assertFalse(Report.of(List.of(INFO)).isEmpty());
    assertTrue(Report.of(List.of()).isEmpty());
    assertEquals(0, Report.of(List.of()).size());
    assertEquals(4, REPORT.size());
    assertNotEquals(REPORT, Report.of(List.of(ERR, WARN, INFO2)));
    assertNotEquals(Report.of(List.of(INFO)), Report.of(List.of(INFO2)));
    assertNotEquals(REPORT, REPORT.findings(), "a report equals only a report");
    assertEquals(Report.of(List.of(INFO, ERR)).hashCode(), Report.of(List.of(ERR, INFO)).hashCode());
    assertNotEquals(Report.of(List.of(INFO)).hashCode(), Report.of(List.of(ERR)).hashCode(),
        "unequal reports spread over hash buckets");
    assertNotEquals(INFO.hashCode(), ERR.hashCode(), "unequal findings spread over hash buckets");
    assertEquals(REPORT.toText(), REPORT.toString());
    assertFalse(Report.of(List.of(INFO)).hasErrors());
  }
}
