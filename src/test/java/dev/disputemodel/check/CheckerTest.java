package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.PartyKind;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.Parallelism;
import dev.disputemodel.time.Certainty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckerTest {
  /** A user's rule: every party of kind OTHER should be classified. */
  static final class UnclassifiedParty implements Rule {
    static final RuleDescriptor D = new RuleDescriptor("unclassified-party", Severity.INFO, "A party of kind OTHER");

    @Override
    public RuleDescriptor descriptor() {
      return D;
    }

    @Override
    public List<Finding> check(ModelIndex model) {
      return model.model().parties().stream().filter(p -> p.kind() == PartyKind.OTHER)
          .map(p -> D.finding(p.id()).path("kind").value(p.kind()).message("classify it").build())
          .collect(Collectors.toList());
    }
  }

  @Test
  void standardCheckerRunsEveryStandardRule() {
    assertEquals(26, Checker.standard().rules().size());
    assertEquals(Severity.INFO, Checker.standard().check(CONTESTED).findings().get(0).severity());
    assertTrue(Checker.standard().check(model().build()).isEmpty());
  }

  @Test
  void disablingARuleRemovesItsFindingsAndEnablingRestoresThem() {
    Checker off = Checker.standard().toBuilder().disable("contested-question").build();
    assertTrue(off.check(CONTESTED).isEmpty());
    assertEquals(Set.of("contested-question"), off.disabled());
    assertFalse(off.rules().stream().anyMatch(r -> r.id().equals("contested-question")));
    assertEquals(1, off.toBuilder().enable("contested-question").build().check(CONTESTED).size());
    assertEquals(1, Checker.standard().check(CONTESTED).size(), "the standard checker is unchanged");
  }

  @Test
  void overridingASeverity() {
    Checker c = Checker.standard().toBuilder().severity("contested-question", Severity.WARNING).build();
    assertEquals(Severity.WARNING, c.check(CONTESTED).findings().get(0).severity());
    assertEquals(Severity.WARNING, c.severity("contested-question"));
    assertEquals(Severity.INFO, Checker.standard().severity("contested-question"));
  }

  @Test
  void possibleFindingsAreNeverErrorsEvenWhenOverridden() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S", "C").agreed(month(2022, 9)).effective(day(2022, 9, 1)).build()).build();
    Checker c = Checker.standard().toBuilder().severity("time-order", Severity.ERROR).build();
    Finding f = c.check(m).findings().get(0);
    assertEquals(Certainty.POSSIBLY, f.certainty());
    assertEquals(Severity.WARNING, f.severity());
    Checker info = Checker.standard().toBuilder().severity("time-order", Severity.INFO).build();
    assertEquals(Severity.INFO, info.check(m).findings().get(0).severity());
  }

  /**
   * A checker's builder starts from all of the checker: its disabled rules and severity overrides
   * are kept, not only its rules.
   */
  @Test
  void toBuilderKeepsDisabledRulesAndSeverities() {
    Checker c = Checker.standard().toBuilder().disable("time-order")
        .severity("contested-question", Severity.WARNING).build();
    Checker copy = c.toBuilder().build();
    assertEquals(Set.of("time-order"), copy.disabled());
    assertEquals(Severity.WARNING, copy.severity("contested-question"));
    assertEquals(Severity.WARNING, copy.check(CONTESTED).findings().get(0).severity());
  }

  /** The log line names the rules that run, then the disabled ones and the overrides, if any. */
  @Test
  void toStringListsRulesDisabledAndSeverities() {
    Checker.Builder b = Checker.builder().addRule(new UnclassifiedParty());
    assertEquals("Checker[unclassified-party]", b.build().toString());
    assertEquals("Checker[unclassified-party] severities {unclassified-party=ERROR}",
        b.severity("unclassified-party", Severity.ERROR).build().toString());
    assertEquals("Checker[] disabled [unclassified-party] severities {unclassified-party=ERROR}",
        b.disable("unclassified-party").build().toString());
  }

  @Test
  void addingAUserRule() {
    DisputeModel m = model().addParty(party("X", PartyKind.OTHER)).build();
    Checker c = Checker.standard().toBuilder().addRule(new UnclassifiedParty()).build();
    assertEquals(List.of("INFO unclassified-party Party:X.kind = OTHER: classify it"), lines(c.check(m).findings()));
    assertThrows(InvalidValueException.class, () -> c.toBuilder().addRule(new UnclassifiedParty()));
    assertEquals(Checker.standard().rules().size(),
        c.toBuilder().removeRule("unclassified-party").build().rules().size());
    assertEquals(c.rules(), Checker.standard().toBuilder().addRules(List.of(new UnclassifiedParty()))
        .build().rules(), "addRules adds each rule as addRule does");
  }

  @Test
  void unknownRuleIdsAreRejectedNamingTheId() {
    Checker.Builder b = Checker.standard().toBuilder();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.disable("no-such-rule"));
    assertEquals("Checker.disable = \"no-such-rule\": no rule with this id", e.getMessage());
    assertThrows(InvalidValueException.class, () -> b.severity("no-such-rule", Severity.INFO));
    assertEquals("Checker.enable = \"no-such-rule\": no rule with this id",
        assertThrows(InvalidValueException.class, () -> b.enable("no-such-rule")).getMessage());
    assertEquals("Checker.removeRule = \"no-such-rule\": no rule with this id",
        assertThrows(InvalidValueException.class, () -> b.removeRule("no-such-rule")).getMessage());
    assertThrows(InvalidValueException.class, () -> b.disable(Checker.RULE_CRASHED));
    assertThrows(InvalidValueException.class, () -> Checker.standard().severity("no-such-rule"));
    assertThrows(InvalidValueException.class, () -> new RuleDescriptor("Not Valid", Severity.INFO, "x"));
    assertThrows(InvalidValueException.class, () -> new RuleDescriptor("ok", Severity.INFO, " "));
  }

  @Test
  void everyStandardRuleIsDocumentedInRulesMd() throws IOException {
    String doc = Files.readString(Path.of(RuleDescriptor.DOCUMENTATION_FILE));
    Set<String> headings = doc.lines().filter(l -> l.startsWith("## "))
        .map(l -> l.substring(3).strip()).collect(Collectors.toSet());
    for (RuleDescriptor d : Checker.standard().rules()) {
      assertTrue(headings.contains(d.id()), "docs/rules.md lacks a heading '## " + d.id() + "'");
      assertTrue(doc.contains(d.severity().name()), d.id());
    }
    assertTrue(headings.contains(Checker.RULE_CRASHED));
  }

  /**
   * Each standard rule, and {@code rule-crashed}, has its own test class next to it, named after
   * the rule's class ({@code TimeOrderRule} is tested in {@code TimeOrderRuleTest}), so a
   * maintainer finds a rule's cases in one place.
   */
  @Test
  void everyRuleHasItsOwnTestClass() {
    List<String> missing = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    StandardRules.all().forEach(r -> names.add(r.getClass().getName() + "Test"));
    names.add(getClass().getPackageName() + ".RuleCrashedTest");
    for (String name : names) {
      try {
        Class.forName(name);
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * Rules, the question index and contested-question's loop run on the common pool for a large
   * model; the report is the one a check on the calling thread gives, finding for finding. 30k
   * claims give about 7,000 questions, past the size at which loops are split.
   */
  @Test
  void parallelCheckGivesTheSequentialReport() {
    DisputeModel model = dev.disputemodel.testing.BulkModels.generate(11, 36_000);
    Checker sequential = Checker.standard().toBuilder().parallelism(Parallelism.callingThread()).build();
    assertTrue(Checker.standard().parallelism().isParallel());
    assertFalse(sequential.parallelism().isParallel());
    assertTrue(ModelIndex.of(model).questions().size() > Parallelism.SPLIT_THRESHOLD,
        "the model is large enough to split the loops");
    Report parallel = Checker.standard().check(model);
    Report alone = sequential.check(model);
    assertTrue(alone.findings().size() > 100, "a report worth comparing: " + alone.findings().size());
    assertEquals(alone.findings(), parallel.findings());
  }
}
