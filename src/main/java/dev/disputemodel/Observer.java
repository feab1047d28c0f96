package dev.disputemodel;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose recognition a question of sovereignty is asked about: one party ("according to the
 * United States"), or the international community at large (the
 * {@linkplain SovereigntyStatus#internationallyRecognized() internationally recognized} statuses).
 * See {@link Territory#sovereigntyAccordingTo}. Immutable and thread-safe; equal when they name the
 * same observer.
 */
public final class Observer {
  private static final Observer INTERNATIONAL_COMMUNITY = new Observer(null);

  private final PartyId party; // null: the international community

  private Observer(PartyId party) {
    this.party = party;
  }

  /** Returns the observer {@code party}. */
  public static Observer party(PartyId party) {
    return new Observer(Objects.requireNonNull(party, "party"));
  }

  /** Returns the international community at large. */
  public static Observer internationalCommunity() {
    return INTERNATIONAL_COMMUNITY;
  }

  /** Returns the party observing, or empty for the international community. */
  public Optional<PartyId> party() {
    return Optional.ofNullable(party);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Observer other && Objects.equals(party, other.party);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(party);
  }

  /** Returns the party's id, or {@code international community}. */
  @Override
  public String toString() {
    return party == null ? "international community" : party.toString();
  }
}
