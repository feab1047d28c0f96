package dev.disputemodel.testing;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#ROLE_OUTSIDE_EXISTENCE}: the claimant of a claim (drawn) is now proclaimed
 * just after the claim was made, and no longer dissolved; in a model with no claim by a party, a
 * new court is proclaimed just after giving a new ruling. The finding's focus is the claim (or
 * the ruling), related to the party.
 */
final class RoleOutsideExistenceFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.ROLE_OUTSIDE_EXISTENCE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    // a predecessor proclaimed later could come after its successor: another rule's finding
    java.util.Set<PartyId> predecessors = new java.util.HashSet<>();
    e.parties.forEach(x -> x.succeeds().forEach(s -> predecessors.add(s.predecessor())));
    List<Claim> byParty = ModelEdit.filter(e.claims,
        k -> k.claimant().isPresent() && !predecessors.contains(k.claimant().get()));
    EntityId focus;
    PartyId party;
    FuzzyTime at;
    if (byParty.isEmpty()) {
      party = e.newParty(PartyKind.COURT_OR_TRIBUNAL);
      at = ModelEdit.FALLBACK_TIME;
      Ruling ruling = ModelEdit.add(e.rulings, Ruling.builder()
          .id(RulingId.of(e.freshId("J"))).name("Injected ruling").body(party).issued(at)
          .binding(false).addDecisions(new OtherDecision("The parties shall negotiate"))
          .source(e.source()).build());
      focus = ruling.id();
    } else {
      Claim claim = e.c.pick(byParty);
      party = claim.claimant().orElseThrow();
      at = claim.madeAt();
      focus = claim.id();
    }
    Party p = e.parties.stream().filter(x -> x.id().equals(party)).findFirst().orElseThrow();
    FuzzyTime proclaimed = ModelEdit.after(at);
    ModelEdit.replace(e.parties, p,
        Party.builder().from(p).proclaimed(proclaimed).dissolved(Optional.empty()).build());
    return e.fault(kind(), focus, List.of(party), Certainty.DEFINITELY,
        party + " is now proclaimed at " + proclaimed + ", after its role in " + focus + " at " + at);
  }
}
