package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Claim;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CONTESTED_THROUGH_CONTAINMENT}: a new part of a territory a standing position
 * asserts a sovereign over, which a new state claims for itself over the same holding period (or,
 * with no such position, a new territory and a new part of it, the whole claimed by one party and
 * the part by another). Only containment makes the two claims answer the same question.
 */
final class ContestedThroughContainmentFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CONTESTED_THROUGH_CONTAINMENT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    List<Claim> wholes = filter(e.standingPositions(), k -> k.polarity() == Polarity.ASSERTS
        && k.about().isEmpty() && k.propositions().stream().anyMatch(p -> p instanceof Sovereignty));
    if (wholes.isEmpty()) {
      TerritoryId whole = e.newTerritory().id();
      TerritoryId part = e.newPart(whole).id();
      Claim a = e.addClaim(Optional.of(e.party(0)), e.source(), Polarity.ASSERTS,
          new Sovereignty(whole, e.party(0)), ModelEdit.FALLBACK_TIME);
      Claim b = e.addClaim(Optional.of(e.party(1)), e.source(), Polarity.ASSERTS,
          new Sovereignty(part, e.party(1)), ModelEdit.FALLBACK_TIME);
      return e.fault(kind(), part, List.of(a.id(), b.id()), Certainty.DEFINITELY,
          e.party(1) + " (" + b.id() + ") claims " + part + ", a new part of " + whole
              + ", which " + e.party(0) + " claims (" + a.id() + ")");
    }
    Claim claim = e.c.pick(wholes);
    Sovereignty whole = (Sovereignty) e.c.pick(
        filter(claim.propositions(), (Proposition p) -> p instanceof Sovereignty));
    Territory part = e.newPart(whole.territory());
    PartyId state = e.newParty(PartyKind.STATE);
    Claim rival = e.addClaim(Optional.of(state), claim.source(), Polarity.ASSERTS,
        new Sovereignty(part.id(), state), claim.madeAt());
    Claim held = Claim.builder().from(rival).heldDuring(claim.holdingPeriod()).build();
    ModelEdit.replace(e.claims, rival, held);
    return e.fault(kind(), part.id(), List.of(claim.id(), held.id()),
        claim.holdingPeriod().overlaps(held.holdingPeriod()),
        state + " claims in " + held.id() + " " + part.id() + ", a new part of "
            + whole.territory() + ", while " + claim.id() + " asserts " + whole.sovereign()
            + " sovereign over the whole, over the same holding period");
  }
}
