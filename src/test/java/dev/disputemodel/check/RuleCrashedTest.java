package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.index.ModelIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rule-crashed}: a rule that threw, or broke the rule contract, is reported as a finding
 * and the other rules still run.
 */
class RuleCrashedTest {
  /** Returns a rule with {@code descriptor} whose check gives {@code result}. */
  private static Rule rule(RuleDescriptor descriptor, java.util.function.Supplier<List<Finding>> result) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public List<Finding> check(ModelIndex model) {
        return result.get();
      }
    };
  }

  static Rule crashing(String id) {
    return rule(new RuleDescriptor(id, Severity.WARNING, "Crashes"), () -> {
      throw new IllegalStateException("boom");
    });
  }

  @Test
  void aCrashingRuleBecomesAFindingAndTheOthersStillRun() {
    Checker c = Checker.standard().toBuilder().addRule(crashing("fragile")).build();
    Report r = c.check(CONTESTED);
    assertEquals(
        List.of("ERROR rule-crashed (model).rule = fragile: rule 'fragile' threw"
                + " java.lang.IllegalStateException: boom; its findings are missing. Report the model"
                + " and this message to the rule's author, or disable the rule",
            "INFO contested-question"),
        r.findings().stream().map(f -> f.rule().equals("contested-question")
            ? f.severity() + " " + f.rule() : f.toString()).toList());
    assertEquals(List.of("ERROR DEFINITELY (model).rule = fragile []"),
        summaries(r.ofRule(Checker.RULE_CRASHED).findings()));
    Checker quiet = c.toBuilder().severity(Checker.RULE_CRASHED, Severity.WARNING).build();
    assertEquals(Severity.WARNING, quiet.check(CONTESTED).findings().get(0).severity());
  }

  @Test
  void aRuleReportingAnotherRulesIdIsTreatedAsCrashed() {
    RuleDescriptor mine = new RuleDescriptor("impostor", Severity.INFO, "Lies about its id");
    RuleDescriptor other = new RuleDescriptor("time-order", Severity.ERROR, "Not mine");
    Rule impostor = rule(mine, () -> List.of(other.finding(c("C")).message("not mine").build()));
    Report r = Checker.builder().addRule(impostor).build().check(CONTESTED);
    assertEquals(List.of(Checker.RULE_CRASHED), r.findings().stream().map(Finding::rule).toList());
    assertEquals(List.of("ERROR DEFINITELY (model).rule = impostor []"), summaries(r.findings()));
  }

  @Test
  void aRuleThatKeepsTheContractIsNotReported() {
    RuleDescriptor mine = new RuleDescriptor("honest", Severity.INFO, "Reports under its own id");
    Rule honest = rule(mine, () -> List.of(mine.finding(c("C")).message("mine").build()));
    Report r = Checker.builder().addRule(honest).build().check(CONTESTED);
    assertEquals(List.of("INFO DEFINITELY Conflict:C []"), summaries(r.findings()));
    assertEquals(List.of(), Checker.builder().addRule(rule(mine, List::of)).build()
        .check(CONTESTED).findings());
  }
}
