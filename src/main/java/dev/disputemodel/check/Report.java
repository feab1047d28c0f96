package dev.disputemodel.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multimaps;
import dev.disputemodel.EntityId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The findings of one check, sorted by {@link Finding#ORDER} (errors first, then by rule id,
 * focus, path...), so that the same model always gives the same report, in the same order, as
 * text and as JSON (written by {@code dev.disputemodel.json.JsonFormat}). Counts, groups and
 * filters are views computed from the sorted list.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {
  private final ImmutableList<Finding> findings;

  private Report(ImmutableList<Finding> sorted) {
    this.findings = sorted;
  }

  /** Returns a report of {@code findings}, sorted. Duplicates are kept. */
  public static Report of(Collection<Finding> findings) {
    return new Report(ImmutableList.sortedCopyOf(Finding.ORDER, findings));
  }

  /** Returns the findings, sorted by {@link Finding#ORDER}. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** Returns the number of findings. */
  public int size() {
    return findings.size();
  }

  /** Returns true if there are no findings. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Returns true if some finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return !findings.isEmpty() && findings.get(0).severity() == Severity.ERROR;
  }

  /** Returns the number of findings of each severity, every severity present (zero if none), in severity order. */
  public ImmutableMap<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** Returns the number of findings of each rule that reported any, by rule id in alphabetical order. */
  public ImmutableSortedMap<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /** Returns the findings grouped by rule id, rules in alphabetical order, findings in report order. */
  public ImmutableListMultimap<String, Finding> byRule() {
    return ImmutableListMultimap.copyOf(
        Multimaps.index(ImmutableList.sortedCopyOf(
            java.util.Comparator.comparing(Finding::rule).thenComparing(Finding.ORDER), findings),
            Finding::rule));
  }

  /**
   * Returns the findings grouped by focus entity, entities in id order, findings in report order.
   * Findings without a focus are left out.
   */
  public ImmutableListMultimap<EntityId, Finding> byFocus() {
    ImmutableListMultimap.Builder<EntityId, Finding> b = ImmutableListMultimap.builder();
    findings.forEach(f -> f.focus().ifPresent(id -> b.put(id, f)));
    b.orderKeysBy(java.util.Comparator.naturalOrder());
    return b.build();
  }

  /** Returns the report of the findings that satisfy {@code filter}, in the same order. */
  public Report filter(Predicate<? super Finding> filter) {
    Objects.requireNonNull(filter, "filter");
    return new Report(findings.stream().filter(filter).collect(ImmutableList.toImmutableList()));
  }

  /** Returns the report of the findings of {@code minimum} severity or more serious. */
  public Report atLeast(Severity minimum) {
    Objects.requireNonNull(minimum, "minimum");
    return filter(f -> f.severity().isAtLeast(minimum));
  }

  /** Returns the report of the findings of rule {@code ruleId}. */
  public Report ofRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return filter(f -> f.rule().equals(ruleId));
  }

  /** Returns the report of the findings whose focus or related entities include {@code id}. */
  public Report involving(EntityId id) {
    Objects.requireNonNull(id, "id");
    return filter(f -> f.focus().equals(java.util.Optional.of(id)) || f.related().contains(id));
  }

  /**
   * Returns the report as text: a summary line ({@code 3 findings: 1 error, 1 warning, 1 info}),
   * then one line per finding as {@link Finding#toString()}, each line ending in {@code \n}.
   */
  public String toText() {
    Map<Severity, Integer> counts = countsBySeverity();
    StringBuilder s = new StringBuilder();
    s.append(findings.size()).append(findings.size() == 1 ? " finding: " : " findings: ");
    s.append(counts.get(Severity.ERROR)).append(plural(counts.get(Severity.ERROR), " error"));
    s.append(", ").append(counts.get(Severity.WARNING))
        .append(plural(counts.get(Severity.WARNING), " warning"));
    s.append(", ").append(counts.get(Severity.INFO)).append(" info\n");
    findings.forEach(f -> s.append(f).append('\n'));
    return s.toString();
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
