package dev.disputemodel.check;

import com.google.common.collect.ComparisonChain;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.MissingAttributeException;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.Certainty;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a {@link Rule} reports, shaped like a SHACL validation result: the rule, the
 * severity, the entity in focus, the attribute path and the offending value, the related entities
 * (the other side of a contradiction, the evidence of a violation), a message a person can act
 * on, and whether the violation is certain or only possible under uncertain dates.
 *
 * <p>Immutable and thread-safe. Build with {@code descriptor.finding(focus)} or
 * {@link #builder(RuleDescriptor)}. Findings are ordered by {@link #ORDER}: severity (errors
 * first), rule id, focus, path, value, related entities, message.
 */
public final class Finding {
  private static final Ordering<Iterable<EntityId>> IDS = Ordering.<EntityId>natural().lexicographical();

  /** The order of a {@link Report}: a total order, so reports are deterministic. */
  public static final Comparator<Finding> ORDER =
      (a, b) ->
          ComparisonChain.start()
              .compare(a.severity, b.severity)
              .compare(a.rule, b.rule)
              .compare(a.focus.orElse(null), b.focus.orElse(null), Ordering.natural().nullsFirst())
              .compare(a.path.orElse(""), b.path.orElse(""))
              .compare(a.value.orElse(""), b.value.orElse(""))
              .compare(a.related, b.related, IDS)
              .compare(a.certainty, b.certainty)
              .compare(a.message, b.message)
              .result();

  private final String rule;
  private final Severity severity;
  private final Certainty certainty;
  private final Optional<EntityId> focus;
  private final Optional<String> path;
  private final Optional<String> value;
  private final ImmutableList<EntityId> related;
  private final String message;

  private Finding(Builder b) {
    this.rule = b.rule;
    this.severity = b.severity;
    this.certainty = b.certainty;
    this.focus = b.focus;
    this.path = b.path;
    this.value = b.value;
    this.related = b.related.build();
    this.message = b.message;
  }

  /** Returns a builder for a finding of {@code rule}, with its default severity. */
  public static Builder builder(RuleDescriptor rule) {
    return new Builder(rule.id(), rule.severity());
  }

  /** Returns the id of the rule that reports this finding. */
  public String rule() {
    return rule;
  }

  /** Returns how serious the finding is. */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns {@code DEFINITELY} if the violation holds under every reading of the data, or
   * {@code POSSIBLY} if it holds only under some readings of uncertain dates. Never {@code NOT}.
   */
  public Certainty certainty() {
    return certainty;
  }

  /**
   * Returns the entity the finding is about, or empty for a finding about the check itself (a
   * crashed rule).
   */
  public Optional<EntityId> focus() {
    return focus;
  }

  /**
   * Returns the attribute path within the focus that holds the offending value
   * ({@code effective}, {@code sides[1].primaries}), or empty when the finding concerns the
   * entity as a whole.
   */
  public Optional<String> path() {
    return path;
  }

  /** Returns the offending value as text, if there is one. */
  public Optional<String> value() {
    return value;
  }

  /** Returns the other entities involved, in the order the rule gives them. */
  public ImmutableList<EntityId> related() {
    return related;
  }

  /** Returns what is wrong or contested and what to do about it, in a sentence or two. */
  public String message() {
    return message;
  }

  /** Returns a copy with {@code newSeverity}. */
  public Finding withSeverity(Severity newSeverity) {
    Objects.requireNonNull(newSeverity, "newSeverity");
    return newSeverity == severity ? this : toBuilder().severity(newSeverity).build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(rule, severity).certainty(certainty).message(message);
    b.focus = focus;
    b.path = path;
    b.value = value;
    b.related.addAll(related);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && rule.equals(f.rule)
        && severity == f.severity
        && certainty == f.certainty
        && focus.equals(f.focus)
        && path.equals(f.path)
        && value.equals(f.value)
        && related.equals(f.related)
        && message.equals(f.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, certainty, focus, path, value, related, message);
  }

  /**
   * Returns one line: {@code ERROR time-order Ceasefire:S2.effective = 2022-09 (possible):
   * message [related: Claim:K1, Claim:K2]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(severity).append(' ').append(rule).append(' ');
    s.append(focus.map(Object::toString).orElse("(model)"));
    path.ifPresent(p -> s.append('.').append(p));
    value.ifPresent(v -> s.append(" = ").append(v));
    if (certainty == Certainty.POSSIBLY) {
      s.append(" (possible)");
    }
    s.append(": ").append(message);
    if (!related.isEmpty()) {
      s.append(" [related: ");
      for (int i = 0; i < related.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(related.get(i));
      }
      s.append(']');
    }
    return s.toString();
  }

  /** Builds a {@link Finding}. Not thread-safe. */
  public static final class Builder {
    private final String rule;
    private Severity severity;
    private Certainty certainty = Certainty.DEFINITELY;
    private Optional<EntityId> focus = Optional.empty();
    private Optional<String> path = Optional.empty();
    private Optional<String> value = Optional.empty();
    private final ImmutableList.Builder<EntityId> related = ImmutableList.builder();
    private String message;

    private Builder(String rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
    }

    /** Sets the severity (the checker sets the final one). */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets whether the violation is certain or only possible.
     *
     * @throws InvalidValueException for {@code NOT}: a finding reports something that may hold
     */
    public Builder certainty(Certainty certainty) {
      Checks.check(
          Objects.requireNonNull(certainty, "certainty") != Certainty.NOT,
          "Finding", "certainty", certainty, "a finding is definite or possible");
      this.certainty = certainty;
      return this;
    }

    /** Sets the entity the finding is about. */
    public Builder focus(EntityId focus) {
      this.focus = Optional.of(focus);
      return this;
    }

    /** Sets the attribute path within the focus. */
    public Builder path(String path) {
      this.path = Optional.of(Checks.trimmed("Finding", "path", path));
      return this;
    }

    /** Sets the offending value; its {@code toString()} is kept. */
    public Builder value(Object value) {
      this.value = Optional.of(value.toString());
      return this;
    }

    /** Adds related entities, in order. */
    public Builder related(EntityId... ids) {
      related.add(ids);
      return this;
    }

    /** Adds related entities, in order. */
    public Builder related(Iterable<? extends EntityId> ids) {
      related.addAll(ids);
      return this;
    }

    /** Sets the message. */
    public Builder message(String message) {
      this.message = Checks.trimmed("Finding", "message", message);
      return this;
    }

    /**
     * Returns the finding.
     *
     * @throws MissingAttributeException if no message was set (naming {@code message})
     */
    public Finding build() {
      if (message == null) {
        throw new MissingAttributeException("message");
      }
      return new Finding(this);
    }
  }
}
