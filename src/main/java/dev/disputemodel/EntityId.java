package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import java.util.Objects;

/**
 * The identifier of an entity in a {@link DisputeModel}: a short, stable text chosen by whoever
 * builds the model ("P1", "ucdp-actor-388", "armenia"). Ids of different kinds never equal each
 * other even when their text does: a {@link PartyId} "X" is not a {@link ClaimId} "X".
 *
 * <p>An id's text is not blank, has no surrounding white space, and holds no control character
 * (U+0000 to U+001F, U+007F to U+009F) and no lone surrogate: every factory ({@code PartyId.of},
 * {@code ClaimId.of}, ...) throws {@link InvalidValueException} for such text.
 *
 * <p>Immutable and thread-safe. Ids are ordered by kind, then text.
 */
public abstract sealed class EntityId implements Comparable<EntityId>
    permits PartyId,
        RelationId,
        TerritoryId,
        ConflictId,
        EventId,
        AccordId,
        RulingId,
        MediatorId,
        ClaimId,
        SourceId,
        TerritorialChangeId {
  private final String value;
  /** The hash, computed once: ids are hashed on every index lookup. Stable across runs. */
  private final int hash;

  EntityId(String value) {
    Objects.requireNonNull(value, "value");
    if (!isVisibleAscii(value)) { // the checks in full, named by kind (readers make ids by the million)
      String kind = getClass().getSimpleName();
      Checks.text(kind, "value", value);
      Checks.characters(kind, "value", value, true);
    }
    this.value = value;
    this.hash = getClass().getName().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns true if {@code value} is not empty and holds only U+0021 to U+007E: such text passes
   * every check of an id's text (not blank, no surrounding white space, no control character, no
   * lone surrogate), as ids such as {@code P1} and {@code ucdp-actor-388} do.
   */
  private static boolean isVisibleAscii(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /** Returns the id's text. */
  public final String value() {
    return value;
  }

  /** Returns the entity kind, such as "Party", for messages. */
  public final String kind() {
    return KINDS.get(getClass());
  }

  /** Kind names per id class, computed once: ids are compared by kind in every sorted index. */
  private static final ClassValue<String> KINDS = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      String name = type.getSimpleName();
      return name.substring(0, name.length() - 2);
    }
  };

  @Override
  public final boolean equals(Object o) {
    return o == this || o != null && o.getClass() == getClass() && ((EntityId) o).hash == hash
        && ((EntityId) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  @Override
  public final int compareTo(EntityId other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  /** Returns {@code Kind:value}, for example {@code Party:P1}. */
  @Override
  public final String toString() {
    return kind() + ":" + value;
  }
}
