package dev.disputemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code sovereign} is the rightful sovereign of {@code territory}": a territorial claim. There
 * is one sovereign at a time, so two claims naming different sovereigns contradict. The claim's
 * {@link SovereigntyExtent} says whether it is sovereignty itself ({@code FULL}, the default) or
 * only the sovereign rights of an exclusive economic zone; two claims naming the same party with
 * different extents contradict too (sovereignty is not mere sovereign rights), and the question
 * stays the territory's.
 *
 * @param territory the territory claimed; not null
 * @param sovereign the party said to be sovereign, or to hold sovereign rights; not null
 * @param extent sovereignty or sovereign rights only; not null
 */
public record Sovereignty(TerritoryId territory, PartyId sovereign, SovereigntyExtent extent)
    implements Proposition {
  /** Rejects nulls. */
  public Sovereignty {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(sovereign, "sovereign");
    Objects.requireNonNull(extent, "extent");
  }

  /** Returns a claim of sovereignty itself ({@link SovereigntyExtent#FULL}). */
  public Sovereignty(TerritoryId territory, PartyId sovereign) {
    this(territory, sovereign, SovereigntyExtent.FULL);
  }

  /**
   * Returns a claim that {@code holder} has only sovereign rights over {@code zone}, as in an
   * exclusive economic zone ({@link SovereigntyExtent#SOVEREIGN_RIGHTS}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static Sovereignty rightsOnly(TerritoryId zone, PartyId holder) {
    return new Sovereignty(zone, holder, SovereigntyExtent.SOVEREIGN_RIGHTS);
  }

  @Override
  public PropositionKey key() {
    return PropositionKey.of(PropositionType.SOVEREIGNTY, territory);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Sovereignty s
        && s.territory.equals(territory)
        && (!s.sovereign.equals(sovereign) || s.extent != extent);
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
