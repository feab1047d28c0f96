package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "{@code agreement} reached {@code stage}" (or, with {@link AgreementStage#NEVER_IN_FORCE}, never
 * entered into force): the Port of Spain Protocol's "Date Effective: Never enforced" in one source
 * is {@code AgreementStatus(port-of-spain, NEVER_IN_FORCE)}, against its UN registration "in force
 * from 18 June 1970 to 18 June 1982" ({@code ENDED}). The question is whether and how far the
 * agreement went; stages contradict as {@link AgreementStage#excludes} says (never in force
 * against in force or ended).
 *
 * <p>The model's own answer, where it records one, is {@link #recordedIn} (the agreement's
 * {@link Agreement#stage()}); a claim contradicting it is a {@code claim-contradicts-fact}
 * finding.
 *
 * @param agreement the agreement; not null
 * @param stage the stage the claimant says it reached; not null
 */
public record AgreementStatus(AgreementId agreement, AgreementStage stage) implements Proposition {
  /** Rejects nulls. */
  public AgreementStatus {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(stage, "stage");
  }

  /** Returns the question "how far did the agreement go": the agreement. */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.AGREEMENT_STAGE, agreement);
  }

  /** Returns true if {@code other} gives a stage of the same agreement that this one excludes. */
  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof AgreementStatus s
        && s.agreement.equals(agreement)
        && s.stage.excludes(stage);
  }

  /**
   * Returns the stage the model records for the agreement ({@link Agreement#stage()}), as a
   * proposition with the same key; empty when the model has no such agreement or records no stage.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public Optional<AgreementStatus> recordedIn(DisputeModel model) {
    return Objects.requireNonNull(model, "model").agreement(agreement)
        .flatMap(Agreement::stage).map(s -> new AgreementStatus(agreement, s));
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("agreement", agreement));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(agreement);
  }
}
