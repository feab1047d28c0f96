package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Conflict;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.time.Certainty;
import java.util.List;

/**
 * {@link FaultKind#MEDIATOR_BELLIGERENT}: a mediating party with no alliances becomes a primary
 * party of the conflict it mediates (or a new state both fights and mediates).
 */
final class MediatorBelligerentFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.MEDIATOR_BELLIGERENT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Mediator> candidates = filter(e.mediators,
        m -> e.sidesOwner(m.conflict()).isPresent() && !e.hasAlliance(e.chain(m.party())));
    Mediator mediator;
    PartyId fighter;
    if (!candidates.isEmpty() && c.nextBoolean(0.7)) {
      mediator = c.pick(candidates);
      fighter = mediator.party();
      Conflict owner = e.sidesOwner(mediator.conflict()).orElseThrow();
      e.addPrimary(owner, c.nextInt(owner.sides().size()), fighter);
    } else {
      Conflict conflict = e.conflictWithSides();
      fighter = e.newParty(PartyKind.STATE);
      e.addPrimary(conflict, c.nextInt(conflict.sides().size()), fighter);
      mediator = add(e.mediators, Mediator.builder().id(MediatorId.of(e.freshId("M")))
          .party(fighter).role(MediatorRole.MEDIATOR).conflict(conflict.id()).source(e.source())
          .build());
    }
    return e.fault(kind(), mediator.id(), List.of(fighter, mediator.conflict()),
        Certainty.DEFINITELY, fighter + " holds role " + mediator.id() + " (" + mediator.role()
            + ") in " + mediator.conflict() + " and now fights in it as a primary party");
  }
}
