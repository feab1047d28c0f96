package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code subject} is a {@code kind}": what an event or a ruling is, according to the claimant.
 * Turkey's foreign ministry calling the landing of 20 July 1974 the "Cyprus Peace Operation" is
 * {@code Characterization(E8, PEACE_OPERATION)}; a source calling it the "Turkish invasion" is
 * {@code Characterization(E8, INVASION)}; Begin's refusal of the word "annexation" for the Golan
 * Heights Law is a claim that <em>denies</em> {@code Characterization(law, ANNEXATION)}.
 *
 * <p>The question is the subject and the kind's {@link CharacterAspect}: "what kind of use of
 * force was E8". Two characterizations of one question contradict when their kinds are not
 * {@linkplain CharacterKind#isCompatibleWith compatible}; an assertion and a denial of the same
 * kind contradict as every proposition does. The event itself (that troops landed) stays a fact of
 * the model; only what it is called is contested.
 *
 * @param subject the event or ruling characterized; its kind must fit the aspect
 *     ({@link CharacterAspect#appliesTo}); not null
 * @param kind what the claimant says it is; not null
 */
public record Characterization(EntityId subject, CharacterKind kind) implements Proposition {
  /**
   * Rejects nulls and a kind that does not apply to the subject.
   *
   * @throws InvalidValueException if {@code kind}'s aspect does not apply to {@code subject}'s kind
   */
  public Characterization {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    if (!kind.aspect().appliesTo(subject)) {
      throw new InvalidValueException("Characterization", "kind", kind,
          "does not apply to a " + subject.kind() + " (" + subject + ")");
    }
  }

  /** Returns the question "what is the subject, in this aspect": subject, qualified by the aspect. */
  @Override
  public PropositionKey key() {
    return new PropositionKey(PropositionType.CHARACTERIZATION, List.of(subject), kind.aspect().name());
  }

  /** Returns true if {@code other} characterizes the same subject with an incompatible kind. */
  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Characterization c
        && c.subject.equals(subject)
        && !c.kind.isCompatibleWith(kind);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("subject", subject));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(subject);
  }
}
