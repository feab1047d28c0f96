package dev.disputemodel;

import java.util.Objects;

/**
 * One thing wrong with a model being built: which entity, which attribute, which value, and
 * why. Reported inside an {@link InvalidModelException}, all problems at once.
 *
 * @param entity the entity at fault; not null
 * @param field the attribute path holding the offending value ("claimant",
 *     "sides[0].primaries"); not null
 * @param value the offending value as text; not null
 * @param message what is wrong; not null
 */
public record Problem(EntityId entity, String field, String value, String message) {
  /** Rejects nulls. */
  public Problem {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code Entity:id.field = value: message}. */
  @Override
  public String toString() {
    return entity + "." + field + " = " + value + ": " + message;
  }
}
