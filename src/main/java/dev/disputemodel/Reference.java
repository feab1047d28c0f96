package dev.disputemodel;

import java.util.Objects;

/**
 * One reference from an entity or value to another entity, named by the attribute that holds it:
 * {@code Claim:K1} refers to {@code Party:P4} through {@code claimant}. The model builder uses
 * references to prove that every id resolves.
 *
 * @param field the attribute path holding the reference, such as {@code claimant} or
 *     {@code propositions[0].conflict}; not null
 * @param target the id referred to; not null
 */
public record Reference(String field, EntityId target) {
  /** Validates that neither part is null. */
  public Reference {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(target, "target");
  }

  /** Returns this reference with {@code prefix} put before its field, as in {@code sides[0].}. */
  public Reference under(String prefix) {
    return new Reference(prefix + field, target);
  }
}
