package dev.disputemodel.query;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;
import java.util.Objects;
import java.util.Set;

/**
 * A territory where who is sovereign differs from who controls it or from the kin state of who
 * lives there: Nagorno-Karabakh is de jure Azerbaijan's and inhabited by Armenians, whose kin
 * state is Armenia.
 *
 * @param territory the territory; not null
 * @param sovereigns the parties recognized as sovereign at the time asked about, in model order
 * @param controllers the parties that controlled it then, in model order
 * @param kinStates the kin states of the groups living there then, in model order
 */
public record Divergence(
    TerritoryId territory,
    Set<PartyId> sovereigns,
    Set<PartyId> controllers,
    Set<PartyId> kinStates) {
  /** Rejects nulls; copies the sets, keeping their order. */
  public Divergence {
    Objects.requireNonNull(territory, "territory");
    sovereigns = ImmutableSet.copyOf(Objects.requireNonNull(sovereigns, "sovereigns"));
    controllers = ImmutableSet.copyOf(Objects.requireNonNull(controllers, "controllers"));
    kinStates = ImmutableSet.copyOf(Objects.requireNonNull(kinStates, "kinStates"));
  }

  /** Returns true if some controller is not among the sovereigns. */
  public boolean controlDiffers() {
    return !sovereigns.containsAll(controllers);
  }

  /** Returns true if some kin state of the population is not among the sovereigns. */
  public boolean populationDiffers() {
    return !sovereigns.containsAll(kinStates);
  }
}
