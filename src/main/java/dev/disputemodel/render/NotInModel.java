package dev.disputemodel.render;

import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;

/** The error every picture throws when it is asked about an entity the model does not hold. */
final class NotInModel {
  private NotInModel() {}

  /** Returns the error naming the argument {@code field} and the unknown {@code id}. */
  static InvalidValueException error(String field, EntityId id) {
    return new InvalidValueException("Picture", field, id, "no " + id.kind() + " with this id in the model");
  }
}
