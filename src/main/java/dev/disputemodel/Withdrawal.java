package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "{@code party} withdraws its forces from {@code from}": under the 2020 deal Armenia withdrew
 * its troops from the occupied areas around Nagorno-Karabakh.
 *
 * @param party who withdraws; not null
 * @param from the territory left; not null
 */
public record Withdrawal(PartyId party, TerritoryId from) implements Provision {
  /** Rejects nulls. */
  public Withdrawal {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(from, "from");
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("party", party), new Reference("from", from));
  }
}
