package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code sovereign}'s sovereignty over {@code territory} is recognized by {@code count} parties",
 * as a claimant counts them while its claim is in force: Kosovo's foreign ministry's "115 UN member
 * states" of February 2023 and Serbia's "only 84 unequivocally recognize" of January 2023 are two
 * such claims; held at the same time, they contest the count.
 *
 * <p>The question is the territory and the sovereign; counts change, so each claim's count is
 * that of its holding period, and a claimant that updates its count replaces its earlier claim. Two
 * counts contradict when no number fits both ({@link Estimate#isCompatibleWith}). The recorded
 * facts are the {@link SovereigntyStatus#recognizerCount() counts} of the territory's statuses with
 * that sovereign: a claim whose count no number of a status's count fits, made while the status
 * holds, is a {@code claim-contradicts-fact} finding.
 *
 * @param territory the territory; not null
 * @param sovereign the party whose sovereignty is recognized; not null
 * @param count how many recognize it; not null
 */
public record RecognitionCount(TerritoryId territory, PartyId sovereign, Estimate count)
    implements Proposition {
  /** Rejects nulls. */
  public RecognitionCount {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(sovereign, "sovereign");
    Objects.requireNonNull(count, "count");
  }

  /** Returns the question "by how many is the sovereign recognized over the territory". */
  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.RECOGNITION_COUNT, territory, sovereign);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof RecognitionCount r
        && r.territory.equals(territory)
        && r.sovereign.equals(sovereign)
        && !r.count.isCompatibleWith(count);
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("territory", territory), new Reference("sovereign", sovereign));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(territory) && test.test(sovereign);
  }
}
