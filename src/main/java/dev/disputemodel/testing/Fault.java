package dev.disputemodel.testing;

/**
 * One kind of fault the {@link FaultInjector} can put into a valid model: one class per
 * {@link FaultKind}, each a strategy that changes as little of the model as it can and says what
 * the checker must report ({@link InjectedFault}: the focus, related entities and certainty of
 * the finding its rule must give). Implementations are stateless.
 */
interface Fault {
  /** Returns the kind of fault this class injects. */
  FaultKind kind();

  /**
   * Injects one fault into the model {@code edit} holds, drawing which entity to change (and how)
   * from {@code edit.c}, and returns the faulty model with the expected finding.
   */
  InjectedFault inject(ModelEdit edit);
}
