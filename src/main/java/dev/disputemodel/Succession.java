package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party's statement that it succeeds an earlier party, held by the successor
 * ({@link Party#succeeds()}): Serbia and Montenegro holds
 * {@code Succession.of(FRY, RENAMING)}, Serbia {@code Succession.of(SERBIA_AND_MONTENEGRO,
 * CONTINUATION)}; Guyana {@code Succession.of(BRITISH_GUIANA, INDEPENDENCE).withDate(1966-05-26)}.
 * The date is optional because sources do not always give it (no source reached for the Kosovo
 * example dates the two Yugoslav successions). Successions chain
 * parties in order; {@link DisputeModel#lineage} walks a chain from any member. The consistency
 * checker reports cycles ({@code succession-cycle}) and a succession dated before its predecessor
 * came into being ({@code successor-before-predecessor}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param predecessor the party succeeded; not null
 * @param kind how the successor succeeds it; not null
 * @param date when the succession took effect, if a source states it; not null
 */
public record Succession(PartyId predecessor, SuccessionKind kind, Optional<FuzzyTime> date) {
  /** Rejects nulls. */
  public Succession {
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
  }

  /** Returns an undated succession of {@code predecessor}. */
  public static Succession of(PartyId predecessor, SuccessionKind kind) {
    return new Succession(predecessor, kind, Optional.empty());
  }

  /** Returns a copy that took effect at {@code date}. */
  public Succession withDate(FuzzyTime date) {
    return new Succession(predecessor, kind, Optional.of(Objects.requireNonNull(date, "date")));
  }

  /** Returns the reference to the predecessor, under the attribute {@code predecessor}. */
  public List<Reference> references() {
    return List.of(new Reference("predecessor", predecessor));
  }
}
