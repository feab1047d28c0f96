package dev.disputemodel;

/**
 * Identifies an {@link Accord}: a {@link CeasefireId} or an {@link AgreementId}. The links of a
 * chain ({@link ChainLink}) point to either kind. Immutable; see {@link EntityId}.
 */
public abstract sealed class AccordId extends EntityId permits CeasefireId, AgreementId {
  AccordId(String value) {
    super(value);
  }
}
