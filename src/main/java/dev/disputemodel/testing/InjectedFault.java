package dev.disputemodel.testing;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Objects;

/**
 * A model with exactly one injected fault, and what the checker is expected to report about it:
 * the result of {@link FaultInjector#inject}.
 *
 * <p>The rule {@link FaultKind#ruleId() kind.ruleId()} is expected to report a finding whose focus
 * is {@link #focus()}, whose related entities include every one of {@link #related()}, and whose
 * certainty is at least {@link #certainty()} (a {@link Certainty#POSSIBLY possible} fault may be
 * reported as certain only if the rule knows more than the injector; a definite one must be
 * reported as definite).
 *
 * <p>Immutable and thread-safe. {@link #toString()} describes the fault, not the whole models.
 *
 * @param kind the kind of fault
 * @param original the valid model the fault was injected into
 * @param model the model with the fault; it builds, so it passes the construction invariants
 * @param focus the entity the finding is expected to be about
 * @param related entities the finding is expected to list among its related ones (maybe more)
 * @param certainty {@link Certainty#DEFINITELY} or {@link Certainty#POSSIBLY}, never NOT
 * @param description what was injected, in words
 */
public record InjectedFault(
    FaultKind kind,
    DisputeModel original,
    DisputeModel model,
    EntityId focus,
    List<EntityId> related,
    Certainty certainty,
    String description) {
  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code certainty} is NOT or {@code description} is blank
   */
  public InjectedFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(focus, "focus");
    related = ImmutableList.copyOf(related);
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(description, "description");
    if (certainty == Certainty.NOT) {
      throw new IllegalArgumentException("certainty: a fault is definite or possible, not NOT");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
  }

  /** Returns the id of the rule expected to report the fault: {@code kind().ruleId()}. */
  public String ruleId() {
    return kind.ruleId();
  }

  /** Returns the kind, rule, focus, related entities, certainty and description (no models). */
  @Override
  public String toString() {
    return kind + " (" + kind.ruleId() + ", " + certainty + ") focus " + focus + " related "
        + related + ": " + description;
  }
}
