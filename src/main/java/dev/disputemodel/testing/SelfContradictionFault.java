package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
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
 * {@link FaultKind#SELF_CONTRADICTION}: a claimant's latest claim on a question, a standing
 * position held open ended, is contradicted by the same claimant (now and then through a new
 * official acting for it) a minute after it, without replacing it.
 */
final class SelfContradictionFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.SELF_CONTRADICTION;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    // the latest claim on the question must stand (not withdrawn or replaced) and be held open
    // ended, so that the denial a minute after it surely overlaps it
    List<Claim> standing = e.standingPositions();
    List<Claim> asserted = filter(standing, k -> k.polarity() == Polarity.ASSERTS
        && k.about().isEmpty() && k.holdingPeriod().end().isEmpty() && isLatest(e, k)
        && !aboutNestedTerritory(e, k));
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
    Optional<PartyId> claimant = last.claimant();
    if (claimant.isPresent() && c.nextBoolean(0.5)) { // the claimant speaks through an official
      PartyId official = PartyId.of(e.freshId("P"));
      e.parties.add(Party.builder().id(official).kind(PartyKind.PERSON).name("Injected official")
          .actsFor(e.principal(claimant.get())).build());
      claimant = Optional.of(official);
    }
    Claim denial =
        e.addClaim(claimant, last.source(), opposite, p, ModelEdit.after(last.madeAt()));
    return e.fault(kind(), denial.id(), List.of(last.id()), Certainty.DEFINITELY,
        denial.claimant().map(x -> x + " for ").orElse("") + speaker + " "
            + opposite.name().toLowerCase(Locale.ROOT) + " in " + denial.id() + " ("
            + denial.madeAt() + ") what its latest claim on " + key + ", " + last.id() + ", "
            + last.polarity().name().toLowerCase(Locale.ROOT) + ", without revising it");
  }

  /**
   * Returns true if {@code k} is about a territory that lies within another or contains one: the
   * checker compares such a claim with the speaker's claims on the containing and contained
   * territories too, so "its latest claim" would not be one claim on one question.
   */
  private static boolean aboutNestedTerritory(ModelEdit e, Claim k) {
    return k.propositions().stream().flatMap(p -> p.key().subjects().stream())
        .filter(TerritoryId.class::isInstance)
        .anyMatch(t -> e.territories.stream().anyMatch(
            x -> (x.id().equals(t) && x.parent().isPresent()) || x.parent().equals(Optional.of(t))));
  }

  /** Returns true if no claim of the same speaker on a question of {@code k} is made after it. */
  private static boolean isLatest(ModelEdit e, Claim k) {
    EntityId speaker = e.speaker(k);
    return e.claims.stream().noneMatch(o -> o != k && e.speaker(o).equals(speaker)
        && o.propositions().stream().anyMatch(p -> k.propositions().stream()
            .anyMatch(q -> q.key().equals(p.key())))
        && FuzzyTime.ORDER.compare(o.madeAt(), k.madeAt()) >= 0);
  }
}
