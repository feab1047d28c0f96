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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@link FaultKind#MEDIATOR_BELLIGERENT}: a party with no alliances in an impartial role (not a
 * guarantor or peacekeeper) becomes a primary party of the conflict it mediates (or a new state
 * both fights and mediates).
 */
final class MediatorBelligerentFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.MEDIATOR_BELLIGERENT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    return inject(e, IMPARTIAL, MediatorRole.MEDIATOR, kind());
  }

  /** The roles whose fighting {@code mediator-belligerent} reports. */
  static final Set<MediatorRole> IMPARTIAL = EnumSet.complementOf(
      EnumSet.of(MediatorRole.GUARANTOR, MediatorRole.PEACEKEEPER));

  /**
   * Makes a mediator with one of {@code roles}, whose party plays no role outside them, a primary
   * party of its conflict (else a new state in role {@code fresh}); shared with the guarantor
   * fault.
   */
  static InjectedFault inject(
      ModelEdit e, Set<MediatorRole> roles, MediatorRole fresh, FaultKind kind) {
    Choices c = e.c;
    List<Mediator> candidates = filter(e.mediators,
        m -> e.mediators.stream().noneMatch(o -> o.party().equals(m.party())
                && !roles.contains(o.role()))
            && e.sidesOwner(m.conflict()).isPresent()
            && !e.hasAlliance(e.chain(m.party())));
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
          .party(fighter).role(fresh).conflict(conflict.id()).source(e.source())
          .build());
    }
    return e.fault(kind, mediator.id(), List.of(fighter, mediator.conflict()),
        Certainty.DEFINITELY, fighter + " holds role " + mediator.id() + " (" + mediator.role()
            + ") in " + mediator.conflict() + " and now fights in it as a primary party");
  }
}
