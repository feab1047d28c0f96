package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Claim;
import dev.disputemodel.FactTime;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FaultKind#CLAIM_CONTRADICTS_FACT}: a claim, made when an internationally recognized
 * sovereignty status is certainly in force, that another party is sovereign; or, half the time
 * where the model records one, a new source's claim in its own voice that an event happened, a
 * ruling was issued or a conflict started two days before the recorded time begins; or, half the
 * remaining time where a status names its recognizers, a new source's claim that one of them
 * recognizes another party.
 */
final class ClaimContradictsFactFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.CLAIM_CONTRADICTS_FACT;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<FactTime> recorded = recordedTimes(e);
    if (!recorded.isEmpty() && c.nextBoolean(0.5)) {
      FactTime fact = c.pick(recorded);
      FactTime other = new FactTime(fact.subject(), fact.aspect(), ModelEdit.before(fact.time()));
      Claim claim = e.addClaim(Optional.empty(), e.newSource(), Polarity.ASSERTS, other,
          ModelEdit.FALLBACK_TIME);
      return e.fault(kind(), claim.id(), List.of(fact.subject()), Certainty.DEFINITELY,
          claim.id() + " says " + fact.subject() + " " + fact.aspect() + " " + other.time()
              + ", where the model records " + fact.time());
    }
    List<Territory> named = filter(e.territories, t -> t.sovereignty().stream()
        .anyMatch(s -> !s.recognizers().isEmpty() && startsOrUnstated(s)));
    if (!named.isEmpty() && c.nextBoolean(0.5)) {
      return recognitionOfAnother(e, c.pick(named));
    }
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

  /**
   * A new source's claim, made when a status of {@code territory} that names its recognizers
   * holds, that one of them recognizes another party.
   */
  private InjectedFault recognitionOfAnother(ModelEdit e, Territory territory) {
    SovereigntyStatus status = e.c.pick(filter(territory.sovereignty(),
        s -> !s.recognizers().isEmpty() && startsOrUnstated(s)));
    PartyId recognizer = e.c.pick(List.copyOf(new java.util.TreeSet<>(status.recognizers())));
    List<Party> others = filter(e.parties, p -> !status.sovereign().equals(Optional.of(p.id())));
    PartyId other = others.isEmpty() ? e.newParty(PartyKind.STATE) : e.c.pick(others).id();
    FuzzyTime madeAt = status.period().flatMap(FuzzyPeriod::start).orElse(ModelEdit.FALLBACK_TIME);
    Claim claim = e.addClaim(Optional.empty(), e.newSource(), Polarity.ASSERTS,
        new Recognizes(recognizer, territory.id(), other), madeAt);
    return e.fault(kind(), claim.id(), List.of(territory.id()), Certainty.DEFINITELY,
        claim.id() + " (" + madeAt + ") says " + recognizer + " recognizes " + other + " over "
            + territory.id() + ", where the model records it recognizing "
            + status.sovereign().map(Object::toString).orElse("no sovereign"));
  }

  /** Whether a status is certainly in force at its start, or has no period at all. */
  private static boolean startsOrUnstated(SovereigntyStatus s) {
    return s.period().isEmpty() || s.period().get().start().isPresent();
  }

  /** The times the model records of its events, rulings and conflicts (where a start is stated). */
  private static List<FactTime> recordedTimes(ModelEdit e) {
    List<FactTime> out = new ArrayList<>();
    e.events.forEach(x -> out.add(new FactTime(x.id(), TimeAspect.OCCURRED, x.time())));
    e.rulings.forEach(x -> out.add(new FactTime(x.id(), TimeAspect.ISSUED, x.issued())));
    e.conflicts.forEach(x -> x.period().flatMap(FuzzyPeriod::start)
        .ifPresent(t -> out.add(new FactTime(x.id(), TimeAspect.STARTED, t))));
    return out;
  }

  /** Whether a recognized status is certainly in force at its start, or has no period at all. */
  private static boolean startsOrAlways(SovereigntyStatus s) {
    return s.internationallyRecognized()
        && (s.period().isEmpty() || s.period().get().start().isPresent());
  }
}
