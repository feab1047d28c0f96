package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Conflict;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FaultKind#MEDIATOR_ALLIED}: an {@code ALLY_OF} relation with no period from a mediating
 * party to a primary party or troop supporter of the conflict it mediates; the finding's focus is
 * the mediator's principal.
 */
final class MediatorAlliedFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.MEDIATOR_ALLIED;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Mediator> candidates = filter(e.mediators, m -> e.sidesOwner(m.conflict()).isPresent());
    Mediator mediator = !candidates.isEmpty() && c.nextBoolean(0.8)
        ? c.pick(candidates) : newMediator(e);
    List<PartyId> fighters = fighters(e, mediator);
    if (fighters.isEmpty()) { // only its own family fights there: a model with faults already
      mediator = newMediator(e);
      fighters = fighters(e, mediator);
    }
    PartyId ally = c.pick(fighters);
    PartyRelation alliance = add(e.relations, PartyRelation.builder()
        .id(RelationId.of(e.freshId("R"))).from(mediator.party()).to(ally)
        .kind(RelationKind.ALLY_OF).source(e.source()).build());
    return e.fault(kind(), e.principal(mediator.party()),
        List.of(ally, alliance.id(), mediator.id(), mediator.conflict()), Certainty.DEFINITELY,
        mediator.party() + ", " + mediator.role() + " in " + mediator.conflict()
            + " (" + mediator.id() + "), is now allied to " + ally + ", who fights in it ("
            + alliance.id() + ", no period)");
  }

  /** Adds a new organization mediating a conflict with sides. */
  private static Mediator newMediator(ModelEdit e) {
    Conflict conflict = e.conflictWithSides();
    return add(e.mediators, Mediator.builder().id(MediatorId.of(e.freshId("M")))
        .party(e.newParty(PartyKind.INTERNATIONAL_ORGANIZATION)).role(MediatorRole.MEDIATOR)
        .conflict(conflict.id()).source(e.source()).build());
  }

  /** Returns the primary parties and troop supporters of the mediator's conflict, but itself. */
  private static List<PartyId> fighters(ModelEdit e, Mediator mediator) {
    List<PartyId> fighters = new ArrayList<>();
    for (Side s : e.sidesOwner(mediator.conflict()).orElseThrow().sides()) {
      fighters.addAll(s.primaries());
      s.supporters().stream().filter(x -> x.type() == SupportType.TROOPS)
          .forEach(x -> fighters.add(x.party()));
    }
    fighters.removeAll(e.chain(mediator.party()));
    return fighters;
  }
}
