package dev.disputemodel.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.Parallelism;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a set of {@link Rule rules} over a {@link DisputeModel} and returns a {@link Report}.
 *
 * <p>A checker is immutable and configured by its builder, so that users add their own rules,
 * disable rules and override severities without touching the library:
 *
 * <pre>{@code
 * Checker checker = Checker.standard().toBuilder()
 *     .disable("conflict-type")
 *     .severity("mediator-allied", Severity.INFO)
 *     .addRule(new MyRule())
 *     .build();
 * Report report = checker.check(model);
 * }</pre>
 *
 * <p>Severity: a finding gets its rule's severity (the override, if any, else the rule's
 * default), except that a finding whose violation is only {@link Certainty#POSSIBLY possible}
 * is never an {@link Severity#ERROR}: it becomes a {@link Severity#WARNING}. ERROR means the
 * model certainly contradicts itself.
 *
 * <p>A rule that throws does not stop the check: its exception becomes a finding of rule
 * {@value #RULE_CRASHED} (an ERROR, naming the rule and the exception), the findings it returned
 * before are lost, and the other rules run. A finding that names another rule than the one that
 * returned it is reported the same way. Errors ({@link Error}) are not caught.
 *
 * <p>Rules run at the same time on the common fork-join pool (the calling thread taking part), and
 * the largest loops of the shared index and of {@code contested-question} are split the same way;
 * the report is the same as a run one rule after another, since findings are gathered in rule
 * order and then sorted. {@link Builder#parallelism} chooses another pool, or the calling thread
 * only.
 *
 * <p>Immutable and thread-safe; {@link #check} may run concurrently on many models. It costs the
 * sum of its rules' costs, each documented on the rule, plus sorting the findings, spread over
 * the cores the common pool uses.
 */
public final class Checker {
  /** The id of the findings that report a rule that threw. */
  public static final String RULE_CRASHED = "rule-crashed";

  /** The descriptor of the findings that report a rule that threw. */
  public static final RuleDescriptor CRASH =
      new RuleDescriptor(RULE_CRASHED, Severity.ERROR,
          "A rule threw an exception; its findings are missing from the report");

  private static final Checker STANDARD = builder().addRules(StandardRules.all()).build();

  private final ImmutableList<Rule> rules;
  private final ImmutableSet<String> disabled;
  private final ImmutableMap<String, Severity> severities;
  private final Parallelism parallelism;

  private Checker(Builder b) {
    this.rules = ImmutableList.copyOf(b.rules.values());
    this.disabled = ImmutableSet.copyOf(b.disabled);
    this.severities = ImmutableMap.copyOf(b.severities);
    this.parallelism = b.parallelism;
  }

  /** Returns the checker with every standard rule of {@code docs/rules.md}, at default severities. */
  public static Checker standard() {
    return STANDARD;
  }

  /** Returns a builder with no rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this checker's rules, disabled rules and severities. */
  public Builder toBuilder() {
    Builder b = new Builder();
    rules.forEach(r -> b.rules.put(r.descriptor().id(), r));
    b.disabled.addAll(disabled);
    b.severities.putAll(severities);
    b.parallelism = parallelism;
    return b;
  }

  /** Returns the descriptors of the rules that run, in the order they were added. */
  public ImmutableList<RuleDescriptor> rules() {
    return rules.stream()
        .map(Rule::descriptor)
        .filter(d -> !disabled.contains(d.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the ids of the rules that are registered but disabled, in the order disabled. */
  public ImmutableSet<String> disabled() {
    return disabled;
  }

  /**
   * Returns the severity certain findings of {@code ruleId} get: the override, or the rule's default.
   *
   * @throws InvalidValueException if no rule has this id
   */
  public Severity severity(String ruleId) {
    Severity override = severities.get(ruleId);
    if (override != null) {
      return override;
    }
    if (ruleId.equals(RULE_CRASHED)) {
      return CRASH.severity();
    }
    return rules.stream()
        .map(Rule::descriptor)
        .filter(d -> d.id().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> unknown("severity", ruleId))
        .severity();
  }

  /** Returns the findings of every enabled rule on {@code model}, as a sorted report. */
  public Report check(DisputeModel model) {
    ModelIndex index = ModelIndex.of(model, parallelism);
    List<Rule> enabled = rules.stream().filter(r -> !disabled.contains(r.descriptor().id())).toList();
    List<List<Finding>> perRule = parallelism.mapEach(enabled, rule -> run(rule, index));
    List<Finding> all = new ArrayList<>();
    perRule.forEach(all::addAll);
    return Report.of(all);
  }

  /** Returns the findings of {@code rule}, at their final severities, or its crash finding. */
  private List<Finding> run(Rule rule, ModelIndex index) {
    String id = rule.descriptor().id();
    List<Finding> found;
    try {
      found = List.copyOf(rule.check(index));
      for (Finding f : found) {
        if (!f.rule().equals(id)) {
          throw new IllegalStateException(
              "returned a finding of rule '" + f.rule() + "', not its own");
        }
      }
    } catch (RuntimeException e) {
      return List.of(finalSeverity(crash(id, e)));
    }
    List<Finding> out = new ArrayList<>(found.size());
    found.forEach(f -> out.add(finalSeverity(f)));
    return out;
  }

  /** Returns where the rules and the index's large loops run; see {@link Builder#parallelism}. */
  public Parallelism parallelism() {
    return parallelism;
  }

  private Finding finalSeverity(Finding f) {
    Severity s = severity(f.rule());
    if (f.certainty() == Certainty.POSSIBLY && s == Severity.ERROR) {
      s = Severity.WARNING;
    }
    return f.withSeverity(s);
  }

  private static Finding crash(String ruleId, RuntimeException e) {
    return Finding.builder(CRASH)
        .path("rule")
        .value(ruleId)
        .message("rule '" + ruleId + "' threw " + e + "; its findings are missing. Report the"
            + " model and this message to the rule's author, or disable the rule")
        .build();
  }

  private static InvalidValueException unknown(String field, String ruleId) {
    return new InvalidValueException("Checker", field, ruleId, "no rule with this id");
  }

  /** Lists the rules that run, for logs: {@code Checker[time-order, ...; disabled: ...]}. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    rules().forEach(d -> ids.add(d.id()));
    return "Checker" + ids + (disabled.isEmpty() ? "" : " disabled " + disabled)
        + (severities.isEmpty() ? "" : " severities " + severities);
  }

  /**
   * Configures a {@link Checker}. Rules are kept in the order added; ids are unique. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Parallelism parallelism = Parallelism.commonPool();

    private Builder() {}

    /**
     * Sets where checks run: rules at the same time and the largest loops split, on the common
     * fork-join pool ({@link Parallelism#commonPool()}, the default) or a pool of the
     * application's ({@link Parallelism#of}); or one rule after another on the calling thread
     * ({@link Parallelism#callingThread()}), for rules that are not safe to run concurrently or
     * applications that keep work off shared pools. The report is the same either way.
     */
    public Builder parallelism(Parallelism parallelism) {
      this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
      return this;
    }

    /**
     * Adds {@code rule}.
     *
     * @throws InvalidValueException if a rule with the same id is already added, or the id is
     *     {@value Checker#RULE_CRASHED}
     */
    public Builder addRule(Rule rule) {
      String id = Objects.requireNonNull(rule.descriptor(), "descriptor").id();
      if (id.equals(RULE_CRASHED) || rules.containsKey(id)) {
        throw new InvalidValueException("Checker", "rules", id, "a rule with this id is already added");
      }
      rules.put(id, rule);
      return this;
    }

    /**
     * Adds every rule of {@code toAdd}, in order.
     *
     * @throws InvalidValueException as {@link #addRule}
     */
    public Builder addRules(Iterable<? extends Rule> toAdd) {
      toAdd.forEach(this::addRule);
      return this;
    }

    /**
     * Removes the rule {@code ruleId} altogether, with its disabled mark and severity override.
     *
     * @throws InvalidValueException if no rule has this id
     */
    public Builder removeRule(String ruleId) {
      if (rules.remove(ruleId) == null) {
        throw unknown("removeRule", ruleId);
      }
      disabled.remove(ruleId);
      severities.remove(ruleId);
      return this;
    }

    /**
     * Disables the rule {@code ruleId}: it stays registered but does not run.
     *
     * @throws InvalidValueException if no rule has this id; {@value Checker#RULE_CRASHED} cannot
     *     be disabled
     */
    public Builder disable(String ruleId) {
      requireRule("disable", ruleId);
      disabled.add(ruleId);
      return this;
    }

    /**
     * Enables the disabled rule {@code ruleId} again.
     *
     * @throws InvalidValueException if no rule has this id
     */
    public Builder enable(String ruleId) {
      requireRule("enable", ruleId);
      disabled.remove(ruleId);
      return this;
    }

    /**
     * Sets the severity of {@code ruleId}'s certain findings (possible ones are never above
     * WARNING). {@value Checker#RULE_CRASHED} may be given a severity too.
     *
     * @throws InvalidValueException if no rule has this id
     */
    public Builder severity(String ruleId, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      if (!ruleId.equals(RULE_CRASHED)) {
        requireRule("severity", ruleId);
      }
      severities.put(ruleId, severity);
      return this;
    }

    /** Returns the checker. */
    public Checker build() {
      return new Checker(this);
    }

    private void requireRule(String field, String ruleId) {
      if (!rules.containsKey(Objects.requireNonNull(ruleId, "ruleId"))) {
        throw unknown(field, ruleId);
      }
    }
  }

}
