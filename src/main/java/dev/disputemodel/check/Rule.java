package dev.disputemodel.check;

import dev.disputemodel.index.ModelIndex;
import java.util.List;

/**
 * One consistency rule: looks at a model (through its {@link ModelIndex}) and returns what it
 * finds wrong or contested. Like Error Prone's {@code BugChecker}, a rule is a class with a
 * {@link #descriptor() descriptor}, and users add their own with
 * {@link Checker.Builder#addRule(Rule)}.
 *
 * <p>A rule must be pure and side-effect free: the same model gives the same findings, in any
 * order, from any thread. The {@link Checker} runs the rules of one check at the same time on
 * different threads unless the checker is built to run on the calling thread
 * ({@link Checker.Builder#parallelism}). It builds findings with {@code descriptor().finding(focus)}; the
 * {@link Checker} sets their final severity. A rule should not throw; when it does, the checker
 * turns the exception into a finding of rule {@code rule-crashed} and goes on with the other
 * rules. Rules must not compare every pair of entities: group and index first (see
 * {@link ModelIndex}), and state the complexity in the rule's documentation.
 */
public interface Rule {
  /** Returns what this rule is; the same value on every call. */
  RuleDescriptor descriptor();

  /**
   * Returns the findings of this rule on the model behind {@code model}, in any order; empty when
   * the model is consistent with the rule. Every finding must carry this rule's id.
   */
  List<Finding> check(ModelIndex model);
}
