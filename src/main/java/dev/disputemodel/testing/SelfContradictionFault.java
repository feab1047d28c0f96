package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link FaultKind#SELF_CONTRADICTION}: a claimant's latest claim on a question is contradicted by
 * the same claimant a minute after it, without {@code revises}.
 */
final class SelfContradictionFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.SELF_CONTRADICTION;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Claim> asserted = filter(e.claims, k -> k.polarity() == Polarity.ASSERTS);
    if (asserted.isEmpty()) {
      TerritoryId t = e.newTerritory().id();
      Sovereignty p = new Sovereignty(t, e.party(0));
      FuzzyTime first = ModelEdit.FALLBACK_TIME;
      Claim a = e.addClaim(Optional.of(e.party(0)), e.source(), Polarity.ASSERTS, p, first);
      Claim b = e.addClaim(Optional.of(e.party(0)), e.source(), Polarity.DENIES, p,
          ModelEdit.after(first));
      return e.fault(kind(), b.id(), List.of(a.id()), Certainty.DEFINITELY,
          e.party(0) + " asserts (" + a.id() + ") and later denies (" + b.id() + ") " + p);
    }
    Claim picked = c.pick(asserted);
    PropositionKey key = c.pick(picked.propositions()).key();
    EntityId speaker = e.speaker(picked);
    Claim last = e.claims.stream()
        .filter(k -> e.speaker(k).equals(speaker)
            && k.propositions().stream().anyMatch(p -> p.key().equals(key)))
        .max(Comparator.comparing(Claim::madeAt, FuzzyTime.ORDER).thenComparing(Claim::id))
        .orElseThrow();
    Proposition p = last.propositions().stream().filter(x -> x.key().equals(key)).findFirst()
        .orElseThrow();
    Polarity opposite = last.polarity() == Polarity.ASSERTS ? Polarity.DENIES : Polarity.ASSERTS;
    Claim denial =
        e.addClaim(last.claimant(), last.source(), opposite, p, ModelEdit.after(last.madeAt()));
    return e.fault(kind(), denial.id(), List.of(last.id()), Certainty.DEFINITELY,
        speaker + " " + opposite.name().toLowerCase(Locale.ROOT) + " in " + denial.id() + " ("
            + denial.madeAt() + ") what its latest claim on " + key + ", " + last.id() + ", "
            + last.polarity().name().toLowerCase(Locale.ROOT) + ", without revising it");
  }
}
