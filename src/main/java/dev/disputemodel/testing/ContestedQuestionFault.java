package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CONTESTED_QUESTION}: a new source, in its own voice, denies what an asserting
 * claim says (or, with no asserting claim, two parties each claim a new territory).
 */
final class ContestedQuestionFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CONTESTED_QUESTION;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Claim> asserted =
        filter(e.standingPositions(), k -> k.polarity() == Polarity.ASSERTS && k.about().isEmpty());
    if (asserted.isEmpty()) {
      TerritoryId t = e.newTerritory().id();
      Claim a = e.addClaim(Optional.of(e.party(0)), e.source(), Polarity.ASSERTS,
          new Sovereignty(t, e.party(0)), ModelEdit.FALLBACK_TIME);
      Claim b = e.addClaim(Optional.of(e.party(1)), e.source(), Polarity.ASSERTS,
          new Sovereignty(t, e.party(1)), ModelEdit.FALLBACK_TIME);
      return e.fault(kind(), t, List.of(a.id(), b.id()), Certainty.DEFINITELY,
          e.party(0) + " (" + a.id() + ") and " + e.party(1) + " (" + b.id()
              + ") each claim the new territory " + t);
    }
    Claim claim = c.pick(asserted);
    Proposition p = c.pick(claim.propositions());
    Claim denial =
        e.addClaim(Optional.empty(), e.newSource(), Polarity.DENIES, p, claim.madeAt());
    EntityId focus = p.key().subjects().isEmpty() ? claim.id() : p.key().subjects().get(0);
    return e.fault(kind(), focus, List.of(claim.id(), denial.id()), Certainty.DEFINITELY,
        denial.source() + ", in its own voice, denies in " + denial.id() + " what " + claim.id()
            + " asserts on " + p.key());
  }
}
