package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Claim;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FaultKind#CLAIM_CONTRADICTS_FACT}: a claim, made when an internationally recognized
 * sovereignty status is certainly in force, that another party is sovereign.
 */
final class ClaimContradictsFactFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CLAIM_CONTRADICTS_FACT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Set<TerritoryId> claimed = e.sovereigntyClaimed();
    List<Territory> candidates = filter(e.territories, t -> !claimed.contains(t.id())
        && t.sovereignty().stream().anyMatch(ClaimContradictsFactFault::startsOrAlways));
    Territory territory;
    SovereigntyStatus status;
    if (candidates.isEmpty()) {
      Territory t = e.newTerritory();
      status = e.recognizedStatus(e.party(0));
      territory = t.withSovereignty(List.of(status));
      replace(e.territories, t, territory);
    } else {
      territory = c.pick(candidates);
      status = c.pick(filter(territory.sovereignty(), ClaimContradictsFactFault::startsOrAlways));
    }
    List<Party> others = filter(e.parties, p -> !status.sovereign().equals(Optional.of(p.id())));
    PartyId claimant = others.isEmpty() ? e.newParty(PartyKind.STATE) : c.pick(others).id();
    FuzzyTime madeAt =
        status.period().flatMap(FuzzyPeriod::start).orElse(ModelEdit.FALLBACK_TIME);
    Claim claim = e.addClaim(Optional.of(claimant), e.source(), Polarity.ASSERTS,
        new Sovereignty(territory.id(), claimant), madeAt);
    return e.fault(kind(), claim.id(), List.of(territory.id()), Certainty.DEFINITELY,
        claim.id() + " (" + madeAt + ") says " + claimant + " is sovereign over "
            + territory.id() + ", where the model records "
            + status.sovereign().map(Object::toString).orElse("no sovereign")
            + " as internationally recognized sovereign");
  }

  /** Whether a recognized status is certainly in force at its start, or has no period at all. */
  private static boolean startsOrAlways(SovereigntyStatus s) {
    return s.internationallyRecognized()
        && (s.period().isEmpty() || s.period().get().start().isPresent());
  }
}
