package dev.disputemodel.testing;

import dev.disputemodel.MediatorRole;
import java.util.EnumSet;

/**
 * {@link FaultKind#GUARANTOR_OR_PEACEKEEPER_FIGHTS}: a guarantor or peacekeeper with no alliances
 * becomes a primary party of the conflict it plays its role in (or a new state both fights and
 * guarantees).
 */
final class GuarantorOrPeacekeeperFightsFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.GUARANTOR_OR_PEACEKEEPER_FIGHTS;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    return MediatorBelligerentFault.inject(e,
        EnumSet.of(MediatorRole.GUARANTOR, MediatorRole.PEACEKEEPER), MediatorRole.GUARANTOR, kind());
  }
}
