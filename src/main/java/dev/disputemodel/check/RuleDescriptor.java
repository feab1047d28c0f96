package dev.disputemodel.check;

import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.internal.Checks;
import java.util.Objects;

/**
 * What a {@link Rule} is: its stable id ({@code ceasefire-violated}), its default severity, a
 * one-line summary, and where it is documented. Like Error Prone's {@code @BugPattern}: the id
 * never changes once published, because users disable rules and override severities by id.
 *
 * @param id the stable id: lower-case words of letters and digits joined by single hyphens
 * @param severity the severity of the rule's certain findings unless a checker overrides it
 * @param summary one line saying what the rule reports; not blank
 */
public record RuleDescriptor(String id, Severity severity, String summary) {
  /** The file that documents the standard rules, relative to the project root. */
  public static final String DOCUMENTATION_FILE = "docs/rules.md";

  /**
   * Validates the parts.
   *
   * @throws InvalidValueException if the id is not lower-case hyphenated words or the summary is
   *     blank
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new InvalidValueException(
          "RuleDescriptor", "id", id, "must be lower-case words joined by hyphens");
    }
    Checks.text("RuleDescriptor", "summary", summary);
  }

  /** Returns the rule's entry in the documentation: {@code docs/rules.md#<id>}. */
  public String documentation() {
    return DOCUMENTATION_FILE + "#" + id;
  }

  /**
   * Returns a builder for a finding of this rule about {@code focus}, with this rule's id and
   * default severity, certainty {@code DEFINITELY}, and nothing else set.
   */
  public Finding.Builder finding(EntityId focus) {
    return Finding.builder(this).focus(focus);
  }
}
