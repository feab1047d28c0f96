package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.time.Certainty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link FaultKind#SIGNATORY_NOT_PARTY}: a ceasefire gains a signatory on no side of its conflict
 * who does not mediate it either (a party of the model, or a new one).
 */
final class SignatoryNotPartyFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.SIGNATORY_NOT_PARTY;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Ceasefire> candidates = filter(e.ceasefires, k -> e.sidesOwner(k.conflict()).isPresent());
    Ceasefire ceasefire = candidates.isEmpty()
        ? add(e.ceasefires, Ceasefire.builder().id(CeasefireId.of(e.freshId("S")))
            .name("Injected ceasefire").conflict(e.conflictWithSides().id()).source(e.source())
            .build())
        : c.pick(candidates);
    Set<PartyId> involved = new HashSet<>();
    for (Side s : e.sidesOwner(ceasefire.conflict()).orElseThrow().sides()) {
      involved.addAll(s.primaries());
      s.supporters().forEach(x -> involved.add(x.party()));
    }
    for (Mediator m : e.mediators) {
      if (m.conflict().equals(ceasefire.conflict())) {
        involved.addAll(e.chain(m.party()));
      }
    }
    List<Party> outsiders = filter(e.parties,
        p -> e.chain(p.id()).stream().noneMatch(involved::contains)
            && !ceasefire.signatories().contains(p.id()));
    PartyId signatory = !outsiders.isEmpty() && c.nextBoolean(0.7)
        ? c.pick(outsiders).id()
        : e.newParty(PartyKind.OTHER);
    replace(e.ceasefires, ceasefire,
        Ceasefire.builder().from(ceasefire).addSignatory(signatory).build());
    return e.fault(kind(), ceasefire.id(), List.of(signatory, ceasefire.conflict()),
        Certainty.DEFINITELY, signatory + " now signs " + ceasefire.id() + " but is on no side of "
            + ceasefire.conflict() + " and does not mediate it");
  }
}
