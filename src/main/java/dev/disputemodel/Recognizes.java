package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code recognizer} recognizes {@code sovereign} as sovereign over {@code territory}": a
 * statement about recognition, as a claim gives it, so that recognitions and their withdrawals can
 * be contested. Serbia's statement of January 2023 that Suriname withdrew its recognition of
 * Kosovo is a claim by Serbia that <em>denies</em> {@code Recognizes(Suriname, Kosovo (territory),
 * Kosovo)}; Kosovo disputing a withdrawal asserts the same proposition, and the question is
 * contested. A recognizer's own recognition is a claim it makes; its withdrawal is a later claim
 * that {@linkplain Claim.Builder#withdraws withdraws} or {@linkplain Claim.Builder#replaces
 * replaces} it (with a denial).
 *
 * <p>The question is the territory and the recognizer: a party recognizes one sovereign over a
 * territory at a time, so two claims naming different sovereigns contradict. The recorded facts
 * are the {@link SovereigntyStatus} records that name the recognizer
 * ({@link SovereigntyStatus#isRecognizedBy}, what
 * {@link Territory#sovereigntyAccordingTo} answers): a claim naming another sovereign, or denying
 * the recorded one, while such a status holds is a {@code claim-contradicts-fact} finding.
 *
 * @param recognizer the party said to recognize; not null
 * @param territory the territory; not null
 * @param sovereign the party it is said to recognize as sovereign; not null
 */
public record Recognizes(PartyId recognizer, TerritoryId territory, PartyId sovereign)
    implements Proposition {
  /** Rejects nulls. */
  public Recognizes {
    Objects.requireNonNull(recognizer, "recognizer");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(sovereign, "sovereign");
  }

  /** Returns the question "whom does the recognizer recognize over the territory". */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.RECOGNITION, territory, recognizer);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Recognizes r
        && r.recognizer.equals(recognizer)
        && r.territory.equals(territory)
        && !r.sovereign.equals(sovereign);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("recognizer", recognizer), new Reference("territory", territory),
        new Reference("sovereign", sovereign));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(recognizer) && test.test(territory) && test.test(sovereign);
  }
}
